package dev.dhsm.model;

import java.util.Optional;

/**
 * The HSM policies an HSM SO can change on firmware 7.0.3, with their codes, default values and whether a
 * change erases every partition ("destructive"). Numbers follow the firmware's HSM_CONFIG enumeration.
 *
 * <pre>
 * code  name                                   default  destructive  values
 *  6    Allow masking                          1        yes          0-1
 *  7    Allow cloning                          1        yes          0-1
 * 12    Allow non-FIPS algorithms              1        yes          0-1
 * 15    SO can reset partition PIN             0        yes          0-1
 * 16    Allow network replication              1        no           0-1
 * 20    Allow Remote Authentication            1        yes          0-1
 * 21    Force user PIN change after set/reset  1        no           0-1
 * 22    Allow offboard storage                 1        yes          0-1
 * 25    Allow remote PED usage                 1        no           0-1
 * 29    Allow Acceleration                     1        yes          0-1
 * 30    Allow unmasking                        1        yes          0-1
 * 33    Current maximum number of partitions   10       no           0-10
 * 35    Force Single Domain                    0        yes          0-1
 * 39    Allow Secure Trusted Channel           0        no           0-1
 * 40    Decommission on tamper                 0        no           0-1
 * </pre>
 */
public enum HsmPolicy {
    MASKING(6, "Allow masking", 1, true, 1),
    CLONING(7, "Allow cloning", 1, true, 1),
    NON_FIPS_ALGORITHMS(12, "Allow non-FIPS algorithms", 1, true, 1),
    SO_CAN_RESET_PARTITION_PIN(15, "SO can reset partition PIN", 0, true, 1),
    NETWORK_REPLICATION(16, "Allow network replication", 1, false, 1),
    REMOTE_AUTHENTICATION(20, "Allow Remote Authentication", 1, true, 1),
    FORCE_USER_PIN_CHANGE(21, "Force user PIN change after set/reset", 1, false, 1),
    OFFBOARD_STORAGE(22, "Allow offboard storage", 1, true, 1),
    REMOTE_PED_USAGE(25, "Allow remote PED usage", 1, false, 1),
    ACCELERATION(29, "Allow Acceleration", 1, true, 1),
    UNMASKING(30, "Allow unmasking", 1, true, 1),
    MAX_PARTITIONS(33, "Current maximum number of partitions", 10, false, 10),
    SINGLE_DOMAIN(35, "Force Single Domain", 0, true, 1),
    SECURE_TRUSTED_CHANNEL(39, "Allow Secure Trusted Channel", 0, false, 1),
    DECOMMISSION_ON_TAMPER(40, "Decommission on tamper", 0, false, 1);

    private final int code;
    private final String displayName;
    private final int defaultValue;
    private final boolean destructive;
    private final int maxValue;

    HsmPolicy(int code, String displayName, int defaultValue, boolean destructive, int maxValue) {
        this.code = code;
        this.displayName = displayName;
        this.defaultValue = defaultValue;
        this.destructive = destructive;
        this.maxValue = maxValue;
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

    public boolean destructive() {
        return destructive;
    }

    /** Whether the policy is an on/off switch (displayed On/Off) rather than a number. */
    public boolean isSwitch() {
        return maxValue == 1;
    }

    public boolean accepts(int value) {
        return value >= 0 && value <= maxValue;
    }

    public static Optional<HsmPolicy> byCode(int code) {
        for (HsmPolicy p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
