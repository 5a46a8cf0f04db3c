package dev.dhsm.client;

/**
 * A configured appliance the client could not reach while building its slot list, as the real client leaves that
 * server's slots out of the list: which server, and why.
 *
 * @param server the server name ({@code ServerNameNN})
 * @param error  the failure, e.g. {@code RC_SSL_FAILED_HANDSHAKE}
 */
public record ServerFailure(String server, LunaClientException error) {
}
