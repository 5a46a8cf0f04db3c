package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * One partition policy as LunaCM {@code partition showpolicies} lists it: number, description and current value.
 *
 * @param code        the policy number, a uint32 (reference §4.2)
 * @param description the policy text, e.g. {@code Allow private key cloning}
 * @param value       the current value
 */
public record PolicyValue(long code, String description, long value) {

    /** The smallest encoding: the code, an empty description and the value. */
    static final int MIN_SIZE = 4 + 4 + 8;

    public PolicyValue {
        Objects.requireNonNull(description, "description");
    }

    void writeTo(PayloadWriter out) {
        out.uint32(code).string(description).uint64(value);
    }

    static PolicyValue readFrom(PayloadReader in) {
        return new PolicyValue(in.uint32("policy.code"), in.string("policy.description"), in.uint64("policy.value"));
    }
}
