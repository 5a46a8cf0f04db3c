package dev.dhsm.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles inside a Luna 7 partition, with LunaCM's short names: Partition SO ({@code po}), Crypto
 * Officer ({@code co}) and Crypto User ({@code cu}), and which failed-login rule each follows.
 *
 * <pre>
 * role  initialized by      reset by (role resetpw)                     rule
 * po    partition init      -                                           PARTITION_SO (10, zeroize)
 * co    po: role init       po, only with HSM policy 15 = 1             CRYPTO_OFFICER (policy 20, lock)
 * cu    co: role init       co                                          CRYPTO_USER (policy 20, lock)
 * </pre>
 */
public enum PartitionRole {
    PO("po", "Partition SO", LoginRule.PARTITION_SO),
    CO("co", "Crypto Officer", LoginRule.CRYPTO_OFFICER),
    CU("cu", "Crypto User", LoginRule.CRYPTO_USER);

    private final String shortName;
    private final String displayName;
    private final LoginRule rule;

    PartitionRole(String shortName, String displayName, LoginRule rule) {
        this.shortName = shortName;
        this.displayName = displayName;
        this.rule = rule;
    }

    public String shortName() {
        return shortName;
    }

    public String displayName() {
        return displayName;
    }

    public LoginRule rule() {
        return rule;
    }

    /** The role that initializes this one with {@code role init} (none for the PO). */
    public Optional<PartitionRole> initializer() {
        return switch (this) {
            case PO -> Optional.empty();
            case CO -> Optional.of(PO);
            case CU -> Optional.of(CO);
        };
    }

    public static Optional<PartitionRole> parse(String text) {
        for (PartitionRole r : values()) {
            if (r.shortName.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
