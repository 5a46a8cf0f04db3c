package dev.dhsm.app.control;

import java.time.Duration;
import java.time.Instant;

/** The fleet clock as the control plane reports it: the time every appliance sees, and its offset. */
public record ClockView(Instant now, Duration offset) {
}
