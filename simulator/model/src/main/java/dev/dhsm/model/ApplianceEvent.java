package dev.dhsm.model;

/**
 * Something that happened inside the appliance that its network services must act on, delivered after
 * the change is durable: NTLS restarted (drop every client, serve the new certificate).
 */
public enum ApplianceEvent {
    NTLS_RESTARTED
}
