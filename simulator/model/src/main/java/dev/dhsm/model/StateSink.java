package dev.dhsm.model;

/**
 * Port through which the appliance makes each change durable before the shell prints its result line.
 * An in-memory appliance uses {@link #NONE}.
 */
@FunctionalInterface
public interface StateSink {
    StateSink NONE = state -> { };

    void save(ApplianceState state);
}
