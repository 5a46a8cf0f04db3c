package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Cku;
import java.util.Objects;

/**
 * Resets another role's password ({@code CA_ResetPIN}), as LunaCM {@code role resetpw} does: the PO resets the CO,
 * the CO the CU.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param role the {@code CKU_*} role being reset
 * @param newPin the new password
 */
public record ResetPin(long session, long role, String newPin) implements NtlsRequest {

    public ResetPin {
        Objects.requireNonNull(newPin, "newPin");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(role).string(newPin);
    }

    static ResetPin readFrom(PayloadReader in) {
        return new ResetPin(in.uint64("session"), in.uint32("role"), in.string("newPin"));
    }

    /** Masks the PIN fields: message records are logged. */
    @Override
    public String toString() {
        return "ResetPin[session=" + session + ", role=" + Cku.name(role) + ", newPin=***]";
    }
}
