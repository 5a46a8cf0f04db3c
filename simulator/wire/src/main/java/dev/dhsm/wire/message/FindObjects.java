package dev.dhsm.wire.message;

import java.util.List;

/**
 * Finds the partition objects matching a template that the session may see
 * ({@code C_FindObjectsInit/C_FindObjects/C_FindObjectsFinal} in one step).
 *
 * @param session the session handle from {@link SessionOpened}
 * @param template the attributes an object must have; empty matches every visible object
 */
public record FindObjects(long session, List<Attribute> template) implements NtlsRequest {

    public FindObjects {
        template = List.copyOf(template);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint64(session).attributes(template);
    }

    static FindObjects readFrom(PayloadReader in) {
        return new FindObjects(in.uint64("session"), in.attributes("template", false));
    }
}
