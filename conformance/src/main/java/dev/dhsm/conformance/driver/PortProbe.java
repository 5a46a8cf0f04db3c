package dev.dhsm.conformance.driver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Whether a TCP port answers from this machine, as {@code nc -z host port} tells: a connection is opened and closed
 * again at once, nothing is sent. FM-21 asks this of the appliance's NTLS port from the client host.
 */
public final class PortProbe {
    private PortProbe() {
    }

    /** Empty when {@code host:port} accepted a connection within {@code timeout}; otherwise why not. */
    public static java.util.Optional<String> refusal(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(host + ":" + port + " did not accept a connection: " + e.getMessage());
        }
    }
}
