package dev.dhsm.appliance.lunash;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ShellSession;

/** What a lunash command sees while it runs: the appliance, the caller's session, and the terminal. */
public record CommandContext(Appliance appliance, ShellSession session, ShellIO io) {
}
