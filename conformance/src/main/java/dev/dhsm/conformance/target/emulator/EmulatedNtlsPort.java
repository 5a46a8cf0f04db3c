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
 * scenarios without a client pay nothing for the appliance's certificate. Blocking it (FM-21) does what a firewall
 * rejecting the port does: the model learns NTLS is unreachable and the socket stops listening, so a client's
 * connect is refused; unblocking listens on the same port again, so {@code Chrystoki.conf} stays right.
 */
final class EmulatedNtlsPort implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final Appliance appliance;
    private final SelfSignedCertificateIssuer issuer = new SelfSignedCertificateIssuer();
    private NtlsListener listener;
    private int port;
    private boolean blocked;

    EmulatedNtlsPort(Appliance appliance) {
        this.appliance = appliance;
    }

    /** Where NTLS answers (or, while blocked, would answer); opens the port on first use. */
    synchronized InetSocketAddress address() {
        if (listener == null && !blocked) {
            listen(port);
            port = listener.address().getPort();
        }
        return new InetSocketAddress(LOOPBACK, port);
    }

    /** Blocks or unblocks the port (FM-21). */
    synchronized void block(boolean on) {
        address();
        if (on == blocked) {
            return;
        }
        blocked = on;
        appliance.run(tx -> tx.system().setNtlsPortBlocked(on));
        if (on) {
            listener.close();
            listener = null;
        } else {
            listen(port);
        }
    }

    private void listen(int onPort) {
        try {
            listener = NtlsListener.start(appliance, issuer, new InetSocketAddress(LOOPBACK, onPort));
        } catch (IOException e) {
            throw new TargetException("Could not open the emulated appliance's NTLS port " + onPort + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
