package dev.dhsm.conformance.target.emulator;

import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.appliance.ntls.SelfSignedCertificateIssuer;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.model.Appliance;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The emulated appliance's NTLS port (TCP 1792 on a real device; any free loopback port here), opened by the target
 * next to the node until {@code ApplianceNode} opens one itself (branch {@code fleet}). It opens on first use, so
 * scenarios without a client pay nothing for the appliance's certificate. Blocking it (FM-21) is the model's
 * port fault, as the control plane sets it: the listener stops listening, so a client's connect is refused, and
 * listens on the same port again when the fault is cleared.
 */
final class EmulatedNtlsPort implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final Appliance appliance;
    private NtlsListener listener;

    EmulatedNtlsPort(Appliance appliance) {
        this.appliance = appliance;
    }

    /** Where NTLS answers (or, while blocked, would answer); opens the port on first use. */
    synchronized InetSocketAddress address() {
        if (listener == null) {
            try {
                listener = NtlsListener.start(appliance, new SelfSignedCertificateIssuer(),
                        new InetSocketAddress(LOOPBACK, 0));
            } catch (IOException e) {
                throw new TargetException("Could not open the emulated appliance's NTLS port: " + e.getMessage(), e);
            }
        }
        return listener.address();
    }

    /** Blocks or unblocks the port (FM-21). */
    void block(boolean on) {
        address();
        appliance.run(tx -> tx.system().setNtlsPortBlocked(on));
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
