package dev.dhsm.wire.message;

/**
 * Changes one partition policy, as the Partition SO does with LunaCM {@code partition changepolicy}.
 *
 * @param session the session handle from {@link SessionOpened}
 * @param code the policy number (reference §4.2)
 * @param value the new value
 */
public record SetPolicy(long session, long code, long value) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).uint32(code).uint64(value);
    }

    static SetPolicy readFrom(PayloadReader in) {
        return new SetPolicy(in.uint64("session"), in.uint32("code"), in.uint64("value"));
    }
}
