package dev.dhsm.wire.message;

import java.util.List;

/**
 * The attributes read, in answer to {@link GetAttributes}, one entry per requested type in request order.
 * As {@code C_GetAttributeValue} does, a sensitive attribute comes back unavailable with status
 * {@code CKR_ATTRIBUTE_SENSITIVE} and an unknown one unavailable with {@code CKR_ATTRIBUTE_TYPE_INVALID},
 * while the other entries still carry their values.
 *
 * @param status the {@code CKR_*} status, a uint32
 * @param attributes the attributes; unavailable ones have a {@code null} value
 */
public record AttributeValues(long status, List<Attribute> attributes) implements NtlsResponse {

    public AttributeValues {
        attributes = List.copyOf(attributes);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(status).attributes(attributes);
    }

    static AttributeValues readFrom(PayloadReader in) {
        return new AttributeValues(in.uint32("status"), in.attributes("attributes", true));
    }
}
