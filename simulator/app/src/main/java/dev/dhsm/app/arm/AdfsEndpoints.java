package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The endpoints a client reaches before it has a token: the cloud metadata ({@code /metadata/endpoints}) and an
 * ADFS-style authority ({@code /adfs}), whose path makes MSAL skip the instance discovery it would otherwise
 * ask login.microsoftonline.com for. The token endpoint takes the client-credentials grant of the service
 * principal in {@link ArmIdentity}; OAuth errors are OAuth's JSON, not ARM's envelope.
 */
final class AdfsEndpoints {
    private final AdfsTokens tokens;

    AdfsEndpoints(AdfsTokens tokens) {
        this.tokens = tokens;
    }

    boolean handles(List<String> segments) {
        if (segments.isEmpty()) {
            return false;
        }
        String first = segments.get(0).toLowerCase(Locale.ROOT);
        return first.equals("adfs") || (first.equals("metadata") && segments.size() == 2
                && segments.get(1).equalsIgnoreCase("endpoints"));
    }

    ResponseDefinition answer(ArmCall call) {
        List<String> s = call.segments();
        String last = s.get(s.size() - 1).toLowerCase(Locale.ROOT);
        if (s.get(0).equalsIgnoreCase("metadata")) {
            return json(200, ArmTransformer.metadata(call.baseUrl()));
        }
        if (last.equals("openid-configuration") && call.isMethod("GET")) {
            return json(200, openidConfiguration(call.baseUrl()));
        }
        if (last.equals("token") && s.size() >= 3 && s.get(s.size() - 2).equalsIgnoreCase("oauth2")) {
            if (!call.isMethod("POST")) {
                return oauthError(405, "invalid_request", "MSIS9601: The token endpoint takes POST requests only.");
            }
            return token(ArmTransformer.parseQuery(call.body() == null ? "" : call.body()));
        }
        return oauthError(404, "invalid_request", "MSIS9500: No such endpoint on this authority: " + call.path());
    }

    private static ObjectNode openidConfiguration(String base) {
        String adfs = base + "/adfs";
        ObjectNode o = ArmJson.obj().put("issuer", adfs).put("authorization_endpoint", adfs + "/oauth2/authorize")
                .put("token_endpoint", adfs + "/oauth2/token").put("jwks_uri", adfs + "/discovery/keys")
                .put("userinfo_endpoint", adfs + "/userinfo");
        ArrayNode grants = o.putArray("grant_types_supported");
        grants.add("client_credentials");
        o.putArray("token_endpoint_auth_methods_supported").add("client_secret_post");
        o.putArray("response_types_supported").add("code").add("token");
        o.putArray("scopes_supported").add("openid");
        return o;
    }

    private ResponseDefinition token(Map<String, String> form) {
        String grant = form.get("grant_type");
        if (!"client_credentials".equals(grant)) {
            return oauthError(400, "unsupported_grant_type", "MSIS9611: The authorization server does not support "
                    + "the requested 'grant_type' '" + grant + "'. This authority issues client_credentials tokens.");
        }
        String client = form.get("client_id");
        if (!ArmIdentity.CLIENT_ID.equalsIgnoreCase(String.valueOf(client))
                || !ArmIdentity.CLIENT_SECRET.equals(form.get("client_secret"))) {
            return oauthError(401, "invalid_client", "MSIS9607: The client '" + client + "' could not be "
                    + "authenticated: unknown client or wrong secret.");
        }
        AdfsTokens.Token token = tokens.issue(ArmIdentity.CLIENT_ID, ArmIdentity.TENANT);
        ObjectNode body = ArmJson.obj().put("token_type", "Bearer").put("expires_in", AdfsTokens.LIFETIME)
                .put("ext_expires_in", AdfsTokens.LIFETIME).put("access_token", token.accessToken());
        return json(200, body);
    }

    private static ResponseDefinition oauthError(int status, String error, String description) {
        return json(status, ArmJson.obj().put("error", error).put("error_description", description));
    }

    private static ResponseDefinition json(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache")
                .withBody(ArmJson.write(body)).build();
    }
}
