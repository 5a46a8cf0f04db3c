package dev.dhsm.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The NTLS service as lunash and the NTLS listener see it: the server certificate (made at first start,
 * about ten years valid), {@code sysconf regenCert} (in use only after {@code service restart ntls}),
 * {@code ntls ipcheck}, and the handshake-failure lines NTLS writes to {@code lunalogs}.
 */
public final class NtlsOperations {
    /** The validity of a generated server certificate. */
    public static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(3652);
    public static final int PORT = 1792;
    /** The file name under which the server certificate is offered for download. */
    public static final String SERVER_PEM = "server.pem";

    private final ApplianceTx tx;

    NtlsOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    /** The certificate in use, made now if the appliance has none yet. */
    public ServerCertificate ensureServerCertificate(CertificateIssuer issuer) {
        NtlsState n = tx.state().ntls();
        if (n.active() == null) {
            Instant now = tx.clock().now();
            n.setActive(issuer.issue(tx.state().hsmSerial(), now, now.plus(CERTIFICATE_VALIDITY)));
            publish(n.active());
            tx.log("lunalogs", "local5", "info", "NTLS", "info : 0 : NTLS server certificate generated");
            tx.markDirty();
        }
        return n.active();
    }

    /** Puts {@code server.pem} in the admin's file area, where clients fetch it with scp. */
    private void publish(ServerCertificate cert) {
        tx.files().write(tx.state().profile().adminAccount(), SERVER_PEM,
                cert.certificatePem().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A regenerated certificate waiting for the NTLS restart, or null. */
    public ServerCertificate pending() {
        return tx.state().ntls().pending();
    }

    public ServerCertificate active() {
        return tx.state().ntls().active();
    }

    /** {@code sysconf regenCert}: a new certificate, served after the next NTLS restart. */
    public ServerCertificate regenerate(CertificateIssuer issuer) {
        Instant now = tx.clock().now();
        ServerCertificate cert = issuer.issue(tx.state().hsmSerial(), now, now.plus(CERTIFICATE_VALIDITY));
        tx.state().ntls().setPending(cert);
        publish(cert);
        tx.log("messages", "local0", "notice", "lunash", "NTLS server certificate regenerated; NTLS restart needed");
        tx.markDirty();
        return cert;
    }

    /** {@code service restart ntls}: drops every client session and serves the newest certificate. */
    public void restart() {
        NtlsState n = tx.state().ntls();
        if (n.pending() != null) {
            n.setActive(n.pending());
            n.setPending(null);
        }
        tx.closeAllPartitionSessions();
        tx.ntlsLog("info", "info : 0 : Stopping NTLS........");
        tx.ntlsLog("info", "info : 0 : Starting up NTLS........");
        tx.emit(ApplianceEvent.NTLS_RESTARTED);
        tx.markDirty();
    }

    /**
     * Makes the certificate in use stop being valid now (the control plane's stand-in for ten years passing,
     * FM-20): it is issued again for the same HSM serial, valid until one second ago, put in use at once, and
     * published as {@code server.pem}; NTLS restarts to serve it, so every client connection drops. No client
     * can connect again until {@code sysconf regenCert}, {@code service restart ntls} and a new certificate
     * exchange. A regenerated certificate waiting for the restart is left waiting.
     */
    public ServerCertificate expireCertificate(CertificateIssuer issuer) {
        ServerCertificate current = ensureServerCertificate(issuer);
        Instant end = tx.clock().now().minusSeconds(1);
        Instant start = current.notBefore().isBefore(end) ? current.notBefore() : end.minus(CERTIFICATE_VALIDITY);
        ServerCertificate expired = issuer.issue(tx.state().hsmSerial(), start, end);
        tx.state().ntls().setActive(expired);
        publish(expired);
        tx.closeAllPartitionSessions();
        tx.ntlsLog("warning", "warning : 0 : NTLS server certificate is not valid after " + end);
        tx.emit(ApplianceEvent.NTLS_RESTARTED);
        tx.markDirty();
        return expired;
    }

    public boolean ipCheck() {
        return tx.state().ntls().ipCheck();
    }

    public void setIpCheck(boolean on) {
        tx.state().ntls().setIpCheck(on);
        tx.markDirty();
    }

    /**
     * Who a peer that completed the TLS handshake is, by the fingerprint of the certificate it presented; empty
     * when NTLS refuses it: no registered client has that certificate, or {@code ntls ipcheck} is on and the
     * client was registered with {@code -ip} for another address than {@code sourceIp}.
     */
    public java.util.Optional<RegisteredClient> admit(String fingerprint, String sourceIp) {
        java.util.Optional<RegisteredClient> client = tx.clients().byFingerprint(fingerprint);
        if (client.isEmpty() || !ipCheck() || !client.get().hostIsIp()) {
            return client;
        }
        return client.get().host().equals(sourceIp) ? client : java.util.Optional.empty();
    }

    public void incoming(String peer) {
        tx.ntlsLog("info", "info : 0 : Incoming connection request... : " + peer);
    }

    /** The lines NTLS logs for a failed handshake (the Azure 7.2 capture's format). */
    public void handshakeFailed(String peer, String sslError) {
        tx.ntlsLog("err", "Error message from SSLAccept is : " + sslError);
        tx.ntlsLog("err", "Error during SSL accept ( RC_SSL_ERROR )");
        tx.ntlsLog("info", "info : 0xc0000711 : Fail to establish a secure channel with client : " + peer
                + " : RC_SSL_FAILED_HANDSHAKE");
        tx.ntlsLog("info", "info : 0 : NTLS Client \"Unknown host name\" Connection instance removed : " + peer);
    }

    public void connected(String client, String peer) {
        tx.ntlsLog("info", "info : 0 : NTLS Client \"" + client + "\" connected : " + peer);
    }

    public void disconnected(String client, String peer) {
        tx.ntlsLog("info", "info : 0 : NTLS Client \"" + client + "\" Connection instance removed : " + peer);
    }
}
