package dev.dhsm.conformance.target;

/**
 * A PKCS#11 application on the target's client host, linked against the Luna client library and configured by the
 * same {@code Chrystoki.conf} as LunaCM (on a real client host that is a program over {@code libCryptoki2}). Each
 * call is one short run of it: list the slots, open a session on the slot, log in as the Crypto Officer, do one
 * thing, log out and end. Failures come back as values, never as exceptions.
 */
public interface ClientApplication {

    /** Generates an ECDSA P-256 signing key pair labelled {@code label} (private and public key share the label). */
    ApplicationResult generateSigningKeyPair(long slot, String coPassword, String label);

    /** Signs fixed data with the private key labelled {@code label} and verifies it with the public key of that label. */
    ApplicationResult signAndVerify(long slot, String coPassword, String label);

    /**
     * Starts the application as a long-running process (one library, one session, kept between calls).
     *
     * @throws UnsupportedOperationException when the client host cannot run one
     */
    default RunningApplication start() {
        throw new UnsupportedOperationException("this client host runs no long-lived application");
    }
}
