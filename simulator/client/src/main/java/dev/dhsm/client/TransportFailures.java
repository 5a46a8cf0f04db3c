package dev.dhsm.client;

import dev.dhsm.wire.NtlsProtocolException;
import dev.dhsm.wire.pkcs11.Ckr;
import dev.dhsm.wire.tls.HandshakeFailureReason;
import dev.dhsm.wire.tls.NtlsHandshakeFailure;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How the Luna client library reports a request that got no answer from the appliance: the socket could not be
 * opened ({@code RC_SOCKET_ERROR}, {@code RC_HOST_RESOLUTION_ERROR}), TLS refused ({@code RC_SSL_FAILED_HANDSHAKE}
 * with the classified reason), the connection dropped ({@code RC_SERVER_DISCONNECTED}), or the peer broke the
 * protocol (the {@code CKR_*} status of the protocol error).
 */
final class TransportFailures {

    private TransportFailures() {
    }

    /** A failed TCP connect. */
    static LunaClientException connect(ServerAddress server, Throwable cause) {
        Throwable root = unwrap(cause);
        if (root instanceof UnknownHostException) {
            return new LunaClientException(ReturnCodes.RC_HOST_RESOLUTION_ERROR,
                    "cannot resolve the server name " + server.host(), root);
        }
        String why = root instanceof ConnectTimeoutException ? "the connection attempt timed out"
                : root instanceof ConnectException ? "the connection was refused or the server is unreachable"
                : String.valueOf(root.getMessage());
        return new LunaClientException(ReturnCodes.RC_SOCKET_ERROR, "cannot connect to " + server + ": " + why, root);
    }

    /**
     * A failed TLS handshake, with the reason the wire module classifies. A connection the appliance closed before
     * the handshake finished without sending a TLS alert was refused below TLS (NTLS unreachable, port 1792
     * blocked: the emulated appliance closes such connections at accept), so it is a socket failure, as a refused
     * connect is: a TLS peer that refuses says why with an alert.
     */
    static LunaClientException handshake(ServerAddress server, Throwable cause) {
        NtlsHandshakeFailure failure = NtlsHandshakeFailure.from(unwrap(cause));
        if (failure.reason() == HandshakeFailureReason.OTHER && closed(cause)) {
            return new LunaClientException(ReturnCodes.RC_SOCKET_ERROR, "cannot connect to " + server
                    + ": the connection was closed before a secure channel was set up, without a TLS alert", cause);
        }
        return new LunaClientException(ReturnCodes.RC_SSL_FAILED_HANDSHAKE,
                "TLS handshake with " + server + " failed: " + failure.describe(), cause);
    }

    /** A request that failed without an answer. */
    static LunaClientException request(ServerAddress server, Throwable cause) {
        Throwable root = unwrap(cause);
        if (root instanceof NtlsProtocolException protocol) {
            return new LunaClientException(protocol.status(), "NTLS protocol error with " + server + ": "
                    + protocol.getMessage(), protocol);
        }
        if (root instanceof LunaClientException luna) {
            return luna;
        }
        String why = root instanceof ClosedChannelException ? "the connection is closed" : String.valueOf(root);
        return new LunaClientException(ReturnCodes.RC_SERVER_DISCONNECTED, "lost the connection to " + server + ": "
                + why, root);
    }

    /** The caller's thread was interrupted while waiting. */
    static LunaClientException interrupted(ServerAddress server) {
        Thread.currentThread().interrupt();
        return new LunaClientException(Ckr.CANCEL, "interrupted while waiting for " + server);
    }

    private static boolean closed(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
