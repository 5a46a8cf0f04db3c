package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.Mechanism;
import dev.dhsm.model.MechanismParams;
import dev.dhsm.wire.message.GcmParams;
import dev.dhsm.wire.message.NoParams;
import dev.dhsm.wire.message.OaepParams;
import dev.dhsm.wire.message.PssParams;
import dev.dhsm.wire.pkcs11.Ckg;
import dev.dhsm.wire.pkcs11.Ckm;

/**
 * Reads a PKCS#11 mechanism as a Luna partition receives it into the model's terms: the mechanism (an unknown
 * number is {@code CKR_MECHANISM_INVALID}) and its parameters. The partition's RSA-OAEP and RSA-PSS use SHA-256
 * with MGF1-SHA256 (PSS with a 32-byte salt, OAEP with an empty label) and AES key wrap uses the default IV, so
 * a parameter block the partition cannot honour is {@code CKR_MECHANISM_PARAM_INVALID}.
 */
final class Mechanisms {

    private Mechanisms() {
    }

    static Mechanism mechanism(dev.dhsm.wire.message.Mechanism wire) {
        return Mechanism.byCode(wire.type()).orElseThrow(() -> new CkrException(Ckr.MECHANISM_INVALID,
                "mechanism " + Ckm.name(wire.type()) + " is not supported"));
    }

    /** The parameters, checked against what the partition implements for {@code mechanism}. */
    static MechanismParams params(Mechanism mechanism, dev.dhsm.wire.message.Mechanism wire) {
        MechanismParams params = wire.params() instanceof NoParams ? MechanismParams.NONE : null;
        if (wire.params() instanceof GcmParams gcm && mechanism == Mechanism.AES_GCM
                && gcm.tagBits() <= Integer.MAX_VALUE) {
            params = MechanismParams.gcm(gcm.iv().toByteArray(), gcm.aad().toByteArray(), (int) gcm.tagBits());
        } else if (wire.params() instanceof OaepParams oaep && mechanism == Mechanism.RSA_PKCS_OAEP
                && oaep.hashAlg() == Ckm.SHA256 && oaep.mgf() == Ckg.MGF1_SHA256 && oaep.label().isEmpty()) {
            params = MechanismParams.NONE;
        } else if (wire.params() instanceof PssParams pss && mechanism == Mechanism.SHA256_RSA_PKCS_PSS
                && pss.hashAlg() == Ckm.SHA256 && pss.mgf() == Ckg.MGF1_SHA256 && pss.saltLength() == 32) {
            params = MechanismParams.NONE;
        }
        if (params == null) {
            throw new CkrException(Ckr.MECHANISM_PARAM_INVALID, "these parameters do not fit " + Ckm.name(wire.type()));
        }
        return params;
    }
}
