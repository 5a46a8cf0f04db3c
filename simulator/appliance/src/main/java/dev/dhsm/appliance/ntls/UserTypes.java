package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.PartitionRole;
import dev.dhsm.wire.pkcs11.Cku;

/**
 * The PKCS#11 user types a Luna client logs in with on a partition slot, as the partition roles they stand for.
 *
 * <pre>
 * CKU_SO            0x00000000   Partition SO (po)
 * CKU_USER          0x00000001   Crypto Officer (co)
 * CKU_CRYPTO_USER   0x80000001   Crypto User (cu)
 * anything else                  CKR_USER_TYPE_INVALID (the auditor and HSM SO live on the admin slot)
 * </pre>
 */
final class UserTypes {

    private UserTypes() {
    }

    static PartitionRole role(long userType) {
        if (userType == Cku.SO) {
            return PartitionRole.PO;
        } else if (userType == Cku.USER) {
            return PartitionRole.CO;
        } else if (userType == Cku.CRYPTO_USER) {
            return PartitionRole.CU;
        }
        throw new CkrException(Ckr.USER_TYPE_INVALID, "user type " + Cku.name(userType)
                + " has no role on a partition slot");
    }
}
