package dev.dhsm.model;

import java.time.Instant;

/** The appliance's sense of time: the only place the model reads the time from. */
@FunctionalInterface
public interface Clock {
    Instant now();
}
