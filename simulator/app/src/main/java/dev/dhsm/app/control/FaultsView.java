package dev.dhsm.app.control;

/**
 * The faults injected into one appliance: TCP 1792 blocked on the path (FM-21), the appliance cut off the
 * network, the next reboot hanging (FM-19), and the seeded chance that any unpatched reboot hangs.
 */
public record FaultsView(boolean ntlsPortBlocked, boolean networkCut, boolean nextRebootHangs,
                         double rebootHangProbability, long seed) {
}
