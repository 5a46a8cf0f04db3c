package dev.dhsm.app.control;

import dev.dhsm.app.arm.ArmSettings;

/** Where the ARM facade answers, the CA certificate to trust, the emulated tenant's identities and settings. */
public record ArmView(String endpoint, String caCertificate, String tenantId, String subscriptionId,
                      String clientId, String clientSecret, String audience, ArmSettings settings) {
}
