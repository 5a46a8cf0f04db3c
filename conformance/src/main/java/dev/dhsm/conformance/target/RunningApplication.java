package dev.dhsm.conformance.target;

import java.util.Map;

/**
 * A PKCS#11 application on the client host that keeps running between steps: it starts the Luna client library once
 * and keeps its session, its login and the library's view of HA groups (which member is alive or down) until it is
 * closed, as a long-lived server process does. Failures come back as values.
 */
public interface RunningApplication extends AutoCloseable {

    /** Opens a session on the slot whose token label is {@code label} (an HA group's virtual slot has the group's) and logs the Crypto Officer in. */
    ApplicationResult loginToSlotLabelled(String label, String coPassword);

    /** Generates an ECDSA P-256 signing key pair labelled {@code label} in the open session. */
    ApplicationResult generateSigningKeyPair(String label);

    /** Signs fixed data with the private key {@code label} and verifies it with the public key. */
    ApplicationResult signAndVerify(String label);

    /**
     * Signs {@code count} times in a row with the key {@code label}; just before signature number {@code at} (from
     * 0) it runs {@code meanwhile}, such as a member failing. Answers each signature's outcome.
     */
    SignatureStream signStream(String label, int count, int at, Runnable meanwhile);

    /** The members of the HA group {@code label} as the library sees them: partition serial number to alive/down. */
    Map<String, String> haMembers(String label);

    @Override
    void close();
}
