package dev.dhsm.conformance.driver;

import dev.dhsm.client.EcCurve;
import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.LunaClient;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Mechanisms;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.client.ha.MemberStatus;
import dev.dhsm.conformance.target.ApplicationResult;
import dev.dhsm.conformance.target.RunningApplication;
import dev.dhsm.conformance.target.SignatureStream;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.pkcs11.Cko;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A long-lived application on the client host over dhsm's Luna client library: one library instance (with its HA
 * layer), one session and one Crypto Officer login kept between calls, each call bounded in time.
 */
final class LibraryRunningApplication implements RunningApplication {
    private final LunaClient library;
    private final Duration timeout;
    private final BoundedCall thread = new BoundedCall("dhsm-conformance-running-application");
    private Session session;

    LibraryRunningApplication(LunaClient library, Duration timeout) {
        this.library = library;
        this.timeout = timeout;
    }

    @Override
    public ApplicationResult loginToSlotLabelled(String label, String coPassword) {
        return bounded("log in to the slot labelled \"" + label + "\"", () -> {
            Slot slot = library.slots().stream().filter(s -> s.label().equals(label)).findFirst()
                    .orElseThrow(() -> new LunaClientException(Ckr.SLOT_ID_INVALID, "no slot is labelled " + label));
            session = library.openSession(slot.slotId());
            session.login(Role.CO, coPassword);
            return "logged in on slot " + slot.slotId() + " (" + slot.description() + ")";
        });
    }

    @Override
    public ApplicationResult generateSigningKeyPair(String label) {
        return bounded("generate the signing key pair \"" + label + "\"", () -> {
            session().generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel(label));
            return "ECDSA P-256 key pair \"" + label + "\" generated";
        });
    }

    @Override
    public ApplicationResult signAndVerify(String label) {
        return bounded("sign with \"" + label + "\"", () -> signOnce(label));
    }

    @Override
    public SignatureStream signStream(String label, int count, int at, Runnable meanwhile) {
        int verified = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i == at) {
                meanwhile.run();
            }
            ApplicationResult r = signAndVerify(label);
            if (r.succeeded()) {
                verified++;
            } else {
                failures.add("signature " + i + ": " + r.describe());
            }
        }
        return new SignatureStream(count, verified, failures);
    }

    @Override
    public Map<String, String> haMembers(String label) {
        Map<String, String> out = new LinkedHashMap<>();
        if (library instanceof HaClient ha) {
            for (MemberStatus m : ha.status(label)) {
                out.put(m.serial(), m.state().text());
            }
        }
        return out;
    }

    private String signOnce(String label) {
        Session s = session();
        long privateKey = LibraryApplication.only(s.findObjects(label, Cko.PRIVATE_KEY), label, "private key");
        long publicKey = LibraryApplication.only(s.findObjects(label, Cko.PUBLIC_KEY), label, "public key");
        byte[] signature = s.sign(privateKey, Mechanisms.ecdsaSha256(), LibraryApplication.DATA);
        if (!s.verify(publicKey, Mechanisms.ecdsaSha256(), LibraryApplication.DATA, signature)) {
            throw new LunaClientException(Ckr.SIGNATURE_INVALID, "the signature of \"" + label
                    + "\" does not verify with its public key");
        }
        return "signed " + LibraryApplication.DATA.length + " bytes with \"" + label + "\"; the signature verifies";
    }

    private Session session() {
        if (session == null) {
            throw new LunaClientException(Ckr.USER_NOT_LOGGED_IN, "the application has not logged in yet");
        }
        return session;
    }

    private ApplicationResult bounded(String operation, Supplier<String> work) {
        return thread.call(() -> {
            try {
                return ApplicationResult.ok(operation, work.get());
            } catch (LunaClientException e) {
                return ApplicationResult.failed(operation, e.code(), e.codeName(), e.getMessage());
            }
        }, timeout, "The application's '" + operation + "'", () -> "");
    }

    @Override
    public void close() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            library.close();
            thread.close();
        }
    }
}
