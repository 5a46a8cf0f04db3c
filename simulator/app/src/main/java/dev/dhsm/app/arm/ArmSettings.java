package dev.dhsm.app.arm;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The facade's tunables: the {@code Retry-After} it sends on long-running operations, the subscriptions
 * allowed to create dedicated HSMs (FM-01), and how long provisioning, deletion and a VNet gateway take on
 * the emulator's clock.
 */
public record ArmSettings(int retryAfterSeconds, List<String> allowedSubscriptions, Duration hsmProvisioning,
                          Duration hsmDeletion, Duration gatewayProvisioning) {
    /** As the recorded real service: about 2.5 minutes to provision, 40 s to delete, half an hour for a gateway. */
    public static final Duration DEFAULT_HSM_PROVISIONING = Duration.ofSeconds(150);
    public static final Duration DEFAULT_HSM_DELETION = Duration.ofSeconds(40);
    public static final Duration DEFAULT_GATEWAY_PROVISIONING = Duration.ofMinutes(30);
    public static final int DEFAULT_RETRY_AFTER = 10;

    public ArmSettings {
        if (retryAfterSeconds < 0 || retryAfterSeconds > 600) {
            throw new IllegalArgumentException("retryAfterSeconds must be 0 to 600: " + retryAfterSeconds);
        }
        for (Duration d : new Duration[] {hsmProvisioning, hsmDeletion, gatewayProvisioning}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("a provisioning time must be zero or more: " + d);
            }
        }
        allowedSubscriptions = allowedSubscriptions.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct()
                .toList();
        for (String s : allowedSubscriptions) {
            if (!ArmIdentity.isGuid(s)) {
                throw new IllegalArgumentException("a subscription id is a GUID: " + s);
            }
        }
    }

    /** The defaults: only the emulator's own subscription is allowed. */
    public static ArmSettings defaults() {
        return new ArmSettings(DEFAULT_RETRY_AFTER, List.of(ArmIdentity.SUBSCRIPTION), DEFAULT_HSM_PROVISIONING,
                DEFAULT_HSM_DELETION, DEFAULT_GATEWAY_PROVISIONING);
    }

    public boolean allows(String subscription) {
        return allowedSubscriptions.contains(subscription.toLowerCase(Locale.ROOT));
    }

    /** These settings with the fields of {@code change} that are set. */
    public ArmSettings with(ArmSettingsChange change) {
        return new ArmSettings(
                change.retryAfterSeconds() != null ? change.retryAfterSeconds() : retryAfterSeconds,
                change.allowedSubscriptions() != null ? change.allowedSubscriptions() : allowedSubscriptions,
                change.hsmProvisioning() != null ? change.hsmProvisioning() : hsmProvisioning,
                change.hsmDeletion() != null ? change.hsmDeletion() : hsmDeletion,
                change.gatewayProvisioning() != null ? change.gatewayProvisioning() : gatewayProvisioning);
    }
}
