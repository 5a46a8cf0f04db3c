package dev.dhsm.wire.pkcs11;

/**
 * The PKCS#11 user types ({@code CKU_*}) of the Luna 7 roles: on a partition slot {@link #SO} is the Partition SO
 * (LunaCM {@code po}), {@link #USER} the Crypto Officer ({@code co}) and the Luna vendor type {@link #CRYPTO_USER}
 * the Crypto User ({@code cu}). Names drop the {@code CKU_} prefix.
 *
 * <p>Luna 7 gives each partition its own SO, so there is no separate "Partition SO" user type: {@code CKU_SO}
 * on a partition's slot means the Partition SO, and on the admin slot the HSM SO.
 */
public final class Cku {

    /** Partition SO on a partition slot (LunaCM {@code po}); HSM SO on the admin slot. */
    public static final long SO = 0x00000000L;
    /** Crypto Officer (LunaCM {@code co}); Luna's {@code CKU_CRYPTO_OFFICER} is an alias of this value. */
    public static final long USER = 0x00000001L;
    public static final long CONTEXT_SPECIFIC = 0x00000002L;
    /** Crypto User (LunaCM {@code cu}); Luna's {@code CKU_LIMITED_USER}. */
    public static final long CRYPTO_USER = 0x80000001L;
    /** The Auditor (Luna's {@code CKU_AUDIT}), on the admin slot only. */
    public static final long AUDIT = 0x80000002L;

    private static final ConstantNames NAMES = ConstantNames.of(Cku.class, "CKU_");

    private Cku() {
    }

    /** {@code CKU_CRYPTO_USER} for {@code 0x80000001}. */
    public static String name(long value) {
        return NAMES.name(value);
    }
}
