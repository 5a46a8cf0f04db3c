package dev.dhsm.app.arm;

import java.time.Duration;
import java.util.List;

/** A change to {@link ArmSettings}: null fields stay as they are. */
public record ArmSettingsChange(Integer retryAfterSeconds, List<String> allowedSubscriptions,
                                Duration hsmProvisioning, Duration hsmDeletion, Duration gatewayProvisioning) {
    public static ArmSettingsChange none() {
        return new ArmSettingsChange(null, null, null, null, null);
    }

    public ArmSettingsChange withRetryAfterSeconds(int seconds) {
        return new ArmSettingsChange(seconds, allowedSubscriptions, hsmProvisioning, hsmDeletion,
                gatewayProvisioning);
    }

    public ArmSettingsChange withAllowedSubscriptions(List<String> subscriptions) {
        return new ArmSettingsChange(retryAfterSeconds, subscriptions, hsmProvisioning, hsmDeletion,
                gatewayProvisioning);
    }

    public ArmSettingsChange withTimes(Duration provisioning, Duration deletion, Duration gateway) {
        return new ArmSettingsChange(retryAfterSeconds, allowedSubscriptions, provisioning, deletion, gateway);
    }
}
