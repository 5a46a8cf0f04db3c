package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhsm.model.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tenant's token service as an ADFS-style authority issues it: a client-credentials grant for the one
 * service principal ({@link ArmIdentity}) gets an HS256-signed JWT valid for an hour, and every ARM call's
 * bearer token is checked against the signing key and its expiry. Expiry is real time, as clients judge it.
 */
public final class AdfsTokens {
    /** Seconds a token lives. */
    public static final int LIFETIME = 3600;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final Clock clock;
    private final Supplier<String> key;

    AdfsTokens(Clock clock, Supplier<String> key) {
        this.clock = clock;
        this.key = key;
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A token issued to {@code clientId}, as the token endpoint answers it. */
    public Token issue(String clientId, String tenant) {
        Instant now = clock.now();
        ObjectNode header = ArmJson.obj().put("typ", "JWT").put("alg", "HS256");
        ObjectNode claims = ArmJson.obj().put("aud", ArmIdentity.AUDIENCE).put("iss", "dhsm-adfs")
                .put("iat", now.getEpochSecond()).put("nbf", now.getEpochSecond() - 300)
                .put("exp", now.getEpochSecond() + LIFETIME).put("appid", clientId).put("tid", tenant)
                .put("oid", clientId).put("sub", clientId).put("idtyp", "app");
        String signed = B64.encodeToString(ArmJson.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(ArmJson.write(claims).getBytes(StandardCharsets.UTF_8));
        return new Token(signed + "." + B64.encodeToString(mac(signed)), now.plusSeconds(LIFETIME));
    }

    /** The default service principal's token, as the control API hands it out. */
    public Token issueDefault() {
        return issue(ArmIdentity.CLIENT_ID, ArmIdentity.TENANT);
    }

    /**
     * The calling application's id from an {@code Authorization} header.
     *
     * @throws ArmException 401 with ARM's codes when the header is missing, the token is not one of ours, or it
     *     has expired
     */
    public String verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ArmException(401, "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing.");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ArmException(401, "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is provided in an invalid format.");
        }
        String token = authorization.substring(7).trim();
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), decode(parts[2]))) {
            throw invalid();
        }
        JsonNode claims;
        try {
            claims = ArmJson.MAPPER.readTree(decode(parts[1]));
        } catch (IOException e) {
            throw invalid();
        }
        if (claims.path("exp").asLong() < clock.now().getEpochSecond()) {
            throw new ArmException(401, "ExpiredAuthenticationToken", "The access token expiry UTC time '"
                    + Instant.ofEpochSecond(claims.path("exp").asLong()) + "' is earlier than current UTC time '"
                    + clock.now() + "'.");
        }
        return claims.path("appid").asText();
    }

    private static ArmException invalid() {
        return new ArmException(401, "InvalidAuthenticationToken", "The access token is invalid.");
    }

    private static byte[] decode(String part) {
        try {
            return B64D.decode(part);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key.get()), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** An access token and when it expires. */
    public record Token(String accessToken, Instant expiresOn) {
    }
}
