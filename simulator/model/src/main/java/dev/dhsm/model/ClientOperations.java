package dev.dhsm.model;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NTLS client registration from lunash: {@code client register|list|show|delete|fingerprint|
 * assignPartition|revokePartition}. The client's certificate is the {@code <name>.pem} uploaded first.
 */
public final class ClientOperations {
    private final ApplianceTx tx;

    ClientOperations(ApplianceTx tx) {
        this.tx = tx;
    }

    public RegisteredClient register(ShellSession session, String name, String host, boolean isIp) {
        if (name == null || name.isEmpty() || name.length() > 64) {
            throw LunaException.withDetail(LunaError.RC_DATA_INVALID, "Client names must be 1 to 64 characters.");
        }
        if (find(name).isPresent()) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS,
                    "A client with the name \"" + name + "\" is already registered.");
        }
        if (isIp && clients().stream().anyMatch(c -> c.hostIsIp() && c.host().equals(host))) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS,
                    "client with the same IP address has already been registered");
        }
        String file = name + ".pem";
        byte[] pem = tx.files().read(session.account(), file).orElseThrow(() -> LunaException.withDetail(
                LunaError.RC_FILE_ERROR, "The certificate file " + file
                        + " does not exist. Use 'scp' to copy it to the appliance first."));
        X509Certificate cert = parse(pem, file);
        RegisteredClient c = new RegisteredClient(name, host, isIp, new String(pem,
                java.nio.charset.StandardCharsets.US_ASCII), fingerprint(cert));
        clients().add(c);
        tx.log("messages", "local0", "info", "lunash", "NTLS client registered: " + name + " (" + host + ")");
        tx.markDirty();
        return c;
    }

    public List<RegisteredClient> list() {
        return List.copyOf(clients());
    }

    public Optional<RegisteredClient> find(String name) {
        return clients().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public RegisteredClient require(String name) {
        return find(name).orElseThrow(() -> LunaException.withLead(LunaError.RC_OBJECT_NOT_IN_LIST,
                "The client you specified does not exist.", "Use 'client list' to list all available clients."));
    }

    public void delete(String name) {
        RegisteredClient c = require(name);
        clients().remove(c);
        tx.closeClientSessions(name);
        tx.log("messages", "local0", "info", "lunash", "NTLS client deleted: " + name);
        tx.markDirty();
    }

    public void assign(String name, String partition) {
        RegisteredClient c = require(name);
        if (tx.state().partitions().stream().noneMatch(p -> p.name().equals(partition))) {
            throw LunaException.withLead(LunaError.RC_OBJECT_NOT_IN_LIST,
                    "The partition you specified does not exist.", "Use 'partition list' to list all partitions.");
        }
        if (c.mutablePartitions().contains(partition)) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_ALREADY_EXISTS, "client already has access");
        }
        c.mutablePartitions().add(partition);
        tx.log("messages", "local0", "info", "lunash", "partition " + partition + " assigned to client " + name);
        tx.markDirty();
    }

    public void revoke(String name, String partition) {
        RegisteredClient c = require(name);
        if (!c.mutablePartitions().remove(partition)) {
            throw LunaException.withDetail(LunaError.RC_OBJECT_NOT_IN_LIST,
                    "The partition " + partition + " is not assigned to client " + name + ".");
        }
        tx.log("messages", "local0", "info", "lunash", "partition " + partition + " revoked from client " + name);
        tx.markDirty();
    }

    /** The registered client whose certificate has this fingerprint, as NTLS identifies a peer. */
    public Optional<RegisteredClient> byFingerprint(String fingerprint) {
        return clients().stream().filter(c -> c.fingerprint().equals(fingerprint)).findFirst();
    }

    /** The certificates NTLS trusts now. */
    public List<String> trustedCertificates() {
        List<String> out = new ArrayList<>();
        clients().forEach(c -> out.add(c.certificatePem()));
        return out;
    }

    /** The SHA-1 fingerprint as {@code AB:CD:...}. */
    public static String fingerprint(X509Certificate cert) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(cert.getEncoded());
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                if (sb.length() > 0) {
                    sb.append(':');
                }
                sb.append(String.format("%02X", b));
            }
            return sb.toString();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate parse(byte[] pem, String file) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
        } catch (CertificateException | ClassCastException e) {
            throw LunaException.withDetail(LunaError.RC_DATA_INVALID, "The file " + file
                    + " does not contain a valid X.509 certificate.");
        }
    }

    private List<RegisteredClient> clients() {
        return tx.state().ntls().clients();
    }
}
