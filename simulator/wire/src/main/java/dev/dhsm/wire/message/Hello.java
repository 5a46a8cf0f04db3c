package dev.dhsm.wire.message;

import java.util.Objects;

/**
 * The first request of every NTLS connection, as a Luna client library sends when it connects to the appliance on
 * port 1792:
 * it names the client and the highest protocol version it speaks.
 *
 * @param protocolVersion the highest NTLS protocol version the client speaks, a uint16
 * @param clientName the client's name (its certificate's CN), for the appliance log
 * @param clientVersion the client software version, e.g. {@code 7.2.0}
 */
public record Hello(int protocolVersion, String clientName, String clientVersion) implements NtlsRequest {

    public Hello {
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(clientVersion, "clientVersion");
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint16(protocolVersion).string(clientName).string(clientVersion);
    }

    static Hello readFrom(PayloadReader in) {
        return new Hello(
                in.uint16("protocolVersion"),
                in.string("clientName"),
                in.string("clientVersion"));
    }
}
