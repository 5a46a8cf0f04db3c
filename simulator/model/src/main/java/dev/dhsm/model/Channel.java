package dev.dhsm.model;

/** How a shell user reached the appliance: over the network (SSH) or on the local serial console. */
public enum Channel {
    SSH,
    CONSOLE
}
