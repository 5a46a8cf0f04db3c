package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Cku;
import java.util.Objects;

/**
 * Logs a partition role in through a session ({@code C_Login}), as LunaCM {@code role login} does.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param userType the role: {@code CKU_SO} (Partition SO), {@code CKU_USER} (Crypto Officer) or {@code CKU_CRYPTO_USER}
 * @param pin the role's password, UTF-8
 */
public record Login(long session, long userType, String pin) implements NtlsRequest {

    public Login {
        Objects.requireNonNull(pin, "pin");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(userType).string(pin);
    }

    static Login readFrom(PayloadReader in) {
        return new Login(in.uint64("session"), in.uint32("userType"), in.string("pin"));
    }

    /** Masks the PIN fields: message records are logged. */
    @Override
    public String toString() {
        return "Login[session=" + session + ", userType=" + Cku.name(userType) + ", pin=***]";
    }
}
