package dev.dhsm.app.control;

/**
 * Faults to inject into one appliance; a null field is left as it is. {@code rebootHangProbability} (0 to 1)
 * and {@code seed} together decide which unpatched reboots hang; either one alone keeps the other's value.
 */
public record FaultChange(Boolean ntlsPortBlocked, Boolean networkCut, Boolean nextRebootHangs,
                          Double rebootHangProbability, Long seed) {
    public static FaultChange none() {
        return new FaultChange(null, null, null, null, null);
    }

    public FaultChange withNtlsPortBlocked(boolean on) {
        return new FaultChange(on, networkCut, nextRebootHangs, rebootHangProbability, seed);
    }

    public FaultChange withNetworkCut(boolean on) {
        return new FaultChange(ntlsPortBlocked, on, nextRebootHangs, rebootHangProbability, seed);
    }

    public FaultChange withNextRebootHangs(boolean on) {
        return new FaultChange(ntlsPortBlocked, networkCut, on, rebootHangProbability, seed);
    }

    public FaultChange withRebootHangProbability(double probability, long withSeed) {
        return new FaultChange(ntlsPortBlocked, networkCut, nextRebootHangs, probability, withSeed);
    }
}
