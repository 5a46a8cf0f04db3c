package dev.dhsm.wire.message;

/** A mechanism without parameters ({@code pParameter = NULL}), e.g. {@code CKM_ECDSA} or {@code CKM_AES_KEY_GEN}. */
public record NoParams() implements MechanismParams {

    /** Wire kind byte. */
    public static final int KIND = 0;
    /** The one instance there needs to be. */
    public static final NoParams INSTANCE = new NoParams();

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeFields(PayloadWriter out) {
        // no fields
    }
}
