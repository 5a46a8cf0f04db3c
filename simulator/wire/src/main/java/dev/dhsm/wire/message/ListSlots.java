package dev.dhsm.wire.message;

/**
 * Asks for the partitions this client is assigned to, as the Luna client library lists them as PKCS#11 slots
 * ({@code C_GetSlotList} plus {@code C_GetTokenInfo}).
 */
public record ListSlots() implements NtlsRequest {

    @Override
    public void writeTo(PayloadWriter out) {
        // no fields
    }

    static ListSlots readFrom(PayloadReader in) {
        return new ListSlots();
    }
}
