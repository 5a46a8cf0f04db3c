package dev.dhsm.model;

/** How {@code sysconf appliance reboot} ended: back up with its state, or hung until a support hard reboot. */
public enum RebootOutcome {
    CLEAN,
    HUNG
}
