package dev.dhsm.model;

/** A read-only picture of one partition role, as LunaCM's {@code role show} prints it. */
public record RoleView(PartitionRole role, boolean initialized, boolean locked, boolean pinExpired, int failures,
                       int loginsLeft) {
}
