package dev.dhsm.model;

import java.util.Optional;

/**
 * The partition policies a Partition SO can change on firmware 7.0.3, numbered as the firmware's
 * CONTAINER_CONFIG enumeration.
 *
 * <pre>
 * code  name                                default  values  destructive
 *  0    Allow private key cloning           1        0-1     off-to-on
 *  1    Allow private key wrapping          0        0-1     off-to-on
 *  2    Allow private key unwrapping        1        0-1     no
 *  4    Allow secret key cloning            1        0-1     off-to-on
 *  5    Allow secret key wrapping           1        0-1     no
 *  6    Allow secret key unwrapping         1        0-1     no
 * 10    Allow multipurpose keys             1        0-1     no
 * 11    Allow changing key attributes       1        0-1     no
 * 20    Max failed user logins allowed      10       1-10    no
 * 21    Allow high availability recovery    1        0-1     no
 * </pre>
 * Policies 0 and 1 can never both be 1 (CKR_CONFIG_FAILS_DEPENDENCIES).
 */
public enum PartitionPolicy {
    PRIVATE_KEY_CLONING(0, "Allow private key cloning", 1, 0, 1, true),
    PRIVATE_KEY_WRAPPING(1, "Allow private key wrapping", 0, 0, 1, true),
    PRIVATE_KEY_UNWRAPPING(2, "Allow private key unwrapping", 1, 0, 1, false),
    SECRET_KEY_CLONING(4, "Allow secret key cloning", 1, 0, 1, true),
    SECRET_KEY_WRAPPING(5, "Allow secret key wrapping", 1, 0, 1, false),
    SECRET_KEY_UNWRAPPING(6, "Allow secret key unwrapping", 1, 0, 1, false),
    MULTIPURPOSE_KEYS(10, "Allow multipurpose keys", 1, 0, 1, false),
    CHANGE_KEY_ATTRIBUTES(11, "Allow changing key attributes", 1, 0, 1, false),
    MAX_FAILED_USER_LOGINS(20, "Max failed user logins allowed", 10, 1, 10, false),
    HIGH_AVAILABILITY_RECOVERY(21, "Allow high availability recovery", 1, 0, 1, false);

    private final int code;
    private final String displayName;
    private final int defaultValue;
    private final int min;
    private final int max;
    private final boolean destructiveOffToOn;

    PartitionPolicy(int code, String displayName, int defaultValue, int min, int max, boolean destructiveOffToOn) {
        this.code = code;
        this.displayName = displayName;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.destructiveOffToOn = destructiveOffToOn;
    }

    public int code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }

    /** Whether changing from {@code from} to {@code to} erases the partition's objects. */
    public boolean destructive(int from, int to) {
        return destructiveOffToOn && from == 0 && to == 1;
    }

    public static Optional<PartitionPolicy> byCode(int code) {
        for (PartitionPolicy p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
