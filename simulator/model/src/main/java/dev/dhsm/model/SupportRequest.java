package dev.dhsm.model;

import java.time.Instant;

/**
 * A request to Microsoft support that only datacenter staff can carry out: reset the device to factory
 * state, or hard-reboot a hung device (done up to 48 hours later).
 */
public record SupportRequest(long id, Kind kind, Instant requestedAt, Instant completesAt) {
    /** What was asked for. */
    public enum Kind {
        FACTORY_RESET,
        HARD_REBOOT
    }

    public boolean completedAt(Instant now) {
        return !now.isBefore(completesAt);
    }
}
