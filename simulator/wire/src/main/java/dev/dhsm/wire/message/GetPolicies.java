package dev.dhsm.wire.message;

/**
 * Asks for the partition's policies, as LunaCM {@code partition showpolicies} prints them.
 *
 * @param session the session handle from {@link SessionOpened}
 */
public record GetPolicies(long session) implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session);
    }

    static GetPolicies readFrom(PayloadReader in) {
        return new GetPolicies(in.uint64("session"));
    }
}
