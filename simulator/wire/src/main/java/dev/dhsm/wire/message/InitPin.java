package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Cku;
import java.util.Objects;

/**
 * Initialises a role's password ({@code C_InitPIN}), as LunaCM {@code role init} does: the PO initialises the CO,
 * the CO the CU.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param role the {@code CKU_*} role being initialised
 * @param pin the role's first password
 */
public record InitPin(long session, long role, String pin) implements NtlsRequest {

    public InitPin {
        Objects.requireNonNull(pin, "pin");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(role).string(pin);
    }

    static InitPin readFrom(PayloadReader in) {
        return new InitPin(in.uint64("session"), in.uint32("role"), in.string("pin"));
    }

    /** Masks the PIN fields: message records are logged. */
    @Override
    public String toString() {
        return "InitPin[session=" + session + ", role=" + Cku.name(role) + ", pin=***]";
    }
}
