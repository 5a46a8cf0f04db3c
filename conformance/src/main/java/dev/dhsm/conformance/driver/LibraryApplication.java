package dev.dhsm.conformance.driver;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.EcCurve;
import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.LunaClient;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Mechanisms;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.UnconfiguredClient;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.conformance.target.ApplicationResult;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.RunningApplication;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cko;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * A PKCS#11 application on the client host, written against dhsm's Luna client library: each call starts the
 * library from the host's {@code Chrystoki.conf} (as a new process would), lists the slots, opens a session, logs
 * the Crypto Officer in, does its one thing and closes everything again. The library bounds each request by
 * {@code ReceiveTimeout}; the whole run is bounded here as well.
 */
public final class LibraryApplication implements ClientApplication {
    static final byte[] DATA = "dhsm conformance: data to sign".getBytes(StandardCharsets.UTF_8);

    private final Path confFile;
    private final InstantSource clock;
    private final Duration timeout;

    public LibraryApplication(Path confFile, InstantSource clock, Duration timeout) {
        this.confFile = confFile;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public ApplicationResult generateSigningKeyPair(long slot, String coPassword, String label) {
        return run("generate the signing key pair \"" + label + "\" on slot " + slot, slot, coPassword, session -> {
            session.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel(label));
            return "ECDSA P-256 key pair \"" + label + "\" generated";
        });
    }

    @Override
    public ApplicationResult signAndVerify(long slot, String coPassword, String label) {
        return run("sign with \"" + label + "\" on slot " + slot, slot, coPassword, session -> {
            long privateKey = only(session.findObjects(label, Cko.PRIVATE_KEY), label, "private key");
            long publicKey = only(session.findObjects(label, Cko.PUBLIC_KEY), label, "public key");
            byte[] signature = session.sign(privateKey, Mechanisms.ecdsaSha256(), DATA);
            if (!session.verify(publicKey, Mechanisms.ecdsaSha256(), DATA, signature)) {
                throw new LunaClientException(Ckr.SIGNATURE_INVALID, "the signature of \"" + label
                        + "\" does not verify with its public key");
            }
            return "signed " + DATA.length + " bytes with \"" + label + "\"; the signature verifies";
        });
    }

    /** What the application does inside its logged-in session. */
    private interface Work {
        String in(Session session);
    }

    private ApplicationResult run(String operation, long slot, String coPassword, Work work) {
        try (BoundedCall thread = new BoundedCall("dhsm-conformance-application")) {
            return thread.call(() -> runNow(operation, slot, coPassword, work), timeout, "The application's '"
                    + operation + "'", () -> "");
        }
    }

    private ApplicationResult runNow(String operation, long slot, String coPassword, Work work) {
        try (LunaClient library = library()) {
            library.slots();
            try (Session session = library.openSession(slot)) {
                session.login(Role.CO, coPassword);
                try {
                    return ApplicationResult.ok(operation, work.in(session));
                } finally {
                    logoutQuietly(session);
                }
            }
        } catch (LunaClientException e) {
            return ApplicationResult.failed(operation, e.code(), e.codeName(), e.getMessage());
        }
    }

    private LunaClient library() {
        if (!Files.exists(confFile)) {
            return new UnconfiguredClient();
        }
        ChrystokiConf conf = ChrystokiConf.read(confFile);
        return conf.servers().isEmpty() ? new UnconfiguredClient() : HaClient.start(conf, clock);
    }

    @Override
    public RunningApplication start() {
        return new LibraryRunningApplication(library(), timeout);
    }

    static long only(List<Long> handles, String label, String what) {
        if (handles.size() != 1) {
            throw new LunaClientException(Ckr.KEY_HANDLE_INVALID, handles.size() + " objects of type " + what
                    + " are labelled \"" + label + "\"");
        }
        return handles.get(0);
    }

    private static void logoutQuietly(Session session) {
        try {
            session.logout();
        } catch (LunaClientException e) {
            // The run's outcome is what matters; a logout refused after a failure changes nothing.
        }
    }
}
