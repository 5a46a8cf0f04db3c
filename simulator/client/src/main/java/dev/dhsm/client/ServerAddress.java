package dev.dhsm.client;

import java.util.Objects;

/**
 * One appliance in the client's {@code LunaSA Client} section: {@code ServerNameNN}, {@code ServerPortNN} (1792)
 * and {@code ServerHtlNN} (host trust link, 0 on Azure).
 *
 * @param host the server name or address
 * @param port the NTLS port
 * @param htl  the {@code ServerHtl} flag, kept only to write it back
 */
public record ServerAddress(String host, int port, int htl) {

    /** The fixed NTLS port of a real appliance. */
    public static final int NTLS_PORT = 1792;

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("empty server name");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code host} on port 1792 without HTL. */
    public static ServerAddress of(String host) {
        return new ServerAddress(host, NTLS_PORT, 0);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
