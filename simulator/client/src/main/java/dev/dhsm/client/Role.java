package dev.dhsm.client;

import dev.dhsm.wire.pkcs11.Cku;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles of a Luna 7 partition as the client names them: LunaCM's {@code -name po|co|cu} and the PKCS#11
 * user type each logs in as ({@code CKU_SO} is the Partition SO on a partition slot).
 */
public enum Role {
    PO(Cku.SO, "po", "Partition SO"),
    CO(Cku.USER, "co", "Crypto Officer"),
    CU(Cku.CRYPTO_USER, "cu", "Crypto User");

    private final long userType;
    private final String shortName;
    private final String displayName;

    Role(long userType, String shortName, String displayName) {
        this.userType = userType;
        this.shortName = shortName;
        this.displayName = displayName;
    }

    /** The {@code CKU_*} value sent to the appliance. */
    public long userType() {
        return userType;
    }

    /** LunaCM's name: {@code po}, {@code co} or {@code cu}. */
    public String shortName() {
        return shortName;
    }

    /** {@code Partition SO}, {@code Crypto Officer}, {@code Crypto User}. */
    public String displayName() {
        return displayName;
    }

    /** The role LunaCM's {@code -name} option names, case-insensitively. */
    public static Optional<Role> parse(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.shortName.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
