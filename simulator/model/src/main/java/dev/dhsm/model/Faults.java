package dev.dhsm.model;

/**
 * Failures injected through the control plane, as the outside events a real deployment suffers: TCP 1792
 * blocked on the path, the appliance cut off the network, the next reboot hanging.
 */
public final class Faults {
    private boolean ntlsPortBlocked;
    private boolean networkCut;
    private boolean nextRebootHangs;

    Faults() {
    }

    public boolean ntlsPortBlocked() {
        return ntlsPortBlocked;
    }

    public boolean networkCut() {
        return networkCut;
    }

    public boolean nextRebootHangs() {
        return nextRebootHangs;
    }

    void setNtlsPortBlocked(boolean on) {
        ntlsPortBlocked = on;
    }

    void setNetworkCut(boolean on) {
        networkCut = on;
    }

    void setNextRebootHangs(boolean on) {
        nextRebootHangs = on;
    }
}
