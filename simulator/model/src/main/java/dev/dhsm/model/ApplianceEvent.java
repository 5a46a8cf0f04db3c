package dev.dhsm.model;

/**
 * Something that happened inside the appliance that its network services must act on, delivered after
 * the change is durable: NTLS restarted (drop every client, serve the new certificate); reachability
 * changed (a network change, a reboot, a fault: re-check who may stay connected).
 */
public enum ApplianceEvent {
    NTLS_RESTARTED,
    CONNECTIVITY_CHANGED
}
