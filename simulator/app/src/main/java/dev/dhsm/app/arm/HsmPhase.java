package dev.dhsm.app.arm;

import java.util.Optional;

/**
 * The provisioning states of a dedicated HSM resource, in the order the resource provider moves through them,
 * with the status message each shows and its share of the provisioning time. A creation starts in
 * {@code CheckingQuota} and each step is checked as it is left:
 *
 * <pre>
 * phase          statusMessage (while in it)                                         leaving it checks
 * CheckingQuota  Resource creation in progress. Validating subscription device quota... quota (2/stamp, 4/region)
 * Allocating     Resource creation in progress. Allocating a device...                  a free device in the stamp
 * Provisioning   Resource creation in progress. Configuring the device...               subnet delegation (NIC)
 * Connecting     Resource creation in progress. Connecting the device to ...            VNet gateway Succeeded
 * Succeeded      The Dedicated HSM device is provisioned successfully and ready to use.  (terminal)
 * Failed         the failure's own message                                               (terminal)
 * Deleting       Resource deletion in progress...                                        deletion time passed
 * </pre>
 */
enum HsmPhase {
    CheckingQuota("Resource creation in progress. Validating subscription device quota...", 1),
    Allocating("Resource creation in progress. Allocating a device...", 1),
    Provisioning("Resource creation in progress. Configuring the device...", 2),
    Connecting("Resource creation in progress. Connecting the device to the virtual network...", 1),
    Succeeded("The Dedicated HSM device is provisioned successfully and ready to use.", 0),
    Failed("", 0),
    Deleting("Resource deletion in progress...", 0);

    /** The sum of the shares: the provisioning time is split in this many parts. */
    static final int TOTAL_SHARES = 5;

    private final String statusMessage;
    private final int shares;

    HsmPhase(String statusMessage, int shares) {
        this.statusMessage = statusMessage;
        this.shares = shares;
    }

    String statusMessage() {
        return statusMessage;
    }

    /** This phase's part of the provisioning time, in fifths. */
    int shares() {
        return shares;
    }

    boolean isTerminal() {
        return this == Succeeded || this == Failed;
    }

    boolean isCreating() {
        return shares > 0;
    }

    /** The phase a successful step leads to, if this phase is one of creation's steps. */
    Optional<HsmPhase> next() {
        return switch (this) {
            case CheckingQuota -> Optional.of(Allocating);
            case Allocating -> Optional.of(Provisioning);
            case Provisioning -> Optional.of(Connecting);
            case Connecting -> Optional.of(Succeeded);
            default -> Optional.empty();
        };
    }
}
