package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckm;
import java.util.Objects;

/**
 * A PKCS#11 mechanism ({@code CK_MECHANISM}) as the Luna partition receives it: a {@code CKM_*} type and its
 * parameters.
 *
 * @param type   the {@code CKM_*} value, a uint32
 * @param params the parameter block; {@link NoParams} when the mechanism takes none
 */
public record Mechanism(long type, MechanismParams params) {

    public Mechanism {
        Objects.requireNonNull(params, "params");
    }

    /** A mechanism without parameters. */
    public static Mechanism of(long type) {
        return new Mechanism(type, NoParams.INSTANCE);
    }

    void writeTo(PayloadWriter out) {
        out.uint32(type);
        params.writeTo(out);
    }

    static Mechanism readFrom(PayloadReader in) {
        long type = in.uint32("mechanism.type");
        return new Mechanism(type, MechanismParams.readFrom(in));
    }

    @Override
    public String toString() {
        return "Mechanism[" + Ckm.name(type) + ", " + params + "]";
    }
}
