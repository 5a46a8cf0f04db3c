package dev.dhsm.client.lunacm;

/** What a LunaCM command sees while it runs: the client-side state (slots, sessions, logins) and the terminal. */
public record CommandContext(LunacmState state, ShellIO io) {
}
