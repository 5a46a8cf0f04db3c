package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Cku;
import java.util.Objects;

/**
 * Changes the logged-in role's own password ({@code C_SetPIN}), as LunaCM {@code role changepw} does; it clears an
 * expired password.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param role the {@code CKU_*} role whose password changes
 * @param oldPin the current password
 * @param newPin the new password
 */
public record SetPin(long session, long role, String oldPin, String newPin) implements NtlsRequest {

    public SetPin {
        Objects.requireNonNull(oldPin, "oldPin");
        Objects.requireNonNull(newPin, "newPin");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(role).string(oldPin).string(newPin);
    }

    static SetPin readFrom(PayloadReader in) {
        return new SetPin(
                in.uint64("session"),
                in.uint32("role"),
                in.string("oldPin"),
                in.string("newPin"));
    }

    /** Masks the PIN fields: message records are logged. */
    @Override
    public String toString() {
        return "SetPin[session=" + session + ", role=" + Cku.name(role) + ", oldPin=***, newPin=***]";
    }
}
