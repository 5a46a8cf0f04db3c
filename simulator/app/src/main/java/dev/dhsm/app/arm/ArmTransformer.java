package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ARM facade's front door in WireMock: every request outside {@code /__admin/} lands here (through one
 * catch-all stub) and is parsed into an {@link ArmCall}: the cloud metadata and the ADFS token endpoints answer
 * without a token, every other call needs a bearer token and goes to the shared {@link ArmService}. Answers
 * carry ARM's headers ({@code x-ms-request-id}, correlation ids); failures are the error envelope, never a
 * stack trace.
 */
public final class ArmTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "dhsm-arm";
    private static final Logger LOG = LoggerFactory.getLogger(ArmTransformer.class);

    private final ArmService arm;
    private final AdfsEndpoints adfs;

    public ArmTransformer(ArmService arm) {
        this.arm = arm;
        this.adfs = new AdfsEndpoints(arm.tokens());
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String url = request.getUrl();
        int q = url.indexOf('?');
        String rawPath = q < 0 ? url : url.substring(0, q);
        List<String> segments = new ArrayList<>();
        String base = baseUrl(request);
        ArmResponse response;
        try {
            for (String s : rawPath.split("/")) {
                if (!s.isEmpty()) {
                    segments.add(decode(s.replace("+", "%2B")));
                }
            }
            Map<String, String> query = parseQuery(q < 0 ? "" : url.substring(q + 1));
            ArmCall call = new ArmCall(request.getMethod().getName(), segments, Map.of(), query,
                    request.getBodyAsString(), base, null);
            if (adfs.handles(segments)) {
                return adfs.answer(call);
            }
            String caller = arm.tokens().verify(request.getHeader("Authorization"));
            response = arm.handle(new ArmCall(call.method(), segments, Map.of(), query, call.body(), base, caller));
        } catch (ArmException e) {
            response = ArmResponse.error(e);
        } catch (RuntimeException e) {
            LOG.error("ARM {} {} failed", request.getMethod(), rawPath, e);
            response = ArmResponse.error(new ArmException(500, "InternalServerError", "The server encountered an "
                    + "internal error. Please retry the request."));
        }
        return render(response, request);
    }

    static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(key.startsWith("$") || key.equalsIgnoreCase("api-version")
                    ? key.toLowerCase(java.util.Locale.ROOT) : key, value);
        }
        return out;
    }

    /** Percent-decoding; a malformed escape is ARM's 400, not a server error. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ArmException.badRequest("InvalidRequestUri", "The request URI is not valid: malformed "
                    + "percent-encoding in '" + text + "'.");
        }
    }

    /** {@code https://host:port} as the client addressed the server. */
    static String baseUrl(Request request) {
        URI uri = URI.create(request.getAbsoluteUrl().replace(" ", "%20"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static ResponseDefinition render(ArmResponse response, Request request) {
        List<HttpHeader> headers = new ArrayList<>();
        headers.add(new HttpHeader("Cache-Control", "no-cache"));
        headers.add(new HttpHeader("Pragma", "no-cache"));
        headers.add(new HttpHeader("Expires", "-1"));
        headers.add(new HttpHeader("X-Content-Type-Options", "nosniff"));
        String requestId = UUID.randomUUID().toString();
        headers.add(new HttpHeader("x-ms-request-id", requestId));
        String correlation = request.getHeader("x-ms-correlation-request-id");
        headers.add(new HttpHeader("x-ms-correlation-request-id", correlation != null ? correlation : requestId));
        String clientId = request.getHeader("x-ms-client-request-id");
        if (clientId != null) {
            headers.add(new HttpHeader("x-ms-client-request-id", clientId));
        }
        response.headers().forEach((k, v) -> headers.add(new HttpHeader(k, v)));
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder().withStatus(response.status());
        JsonNode body = response.body();
        if (body != null) {
            headers.add(new HttpHeader("Content-Type", "application/json; charset=utf-8"));
            b.withBody(ArmJson.write(body));
        } else {
            headers.add(new HttpHeader("Content-Length", "0"));
        }
        return b.withHeaders(new HttpHeaders(headers)).build();
    }

    /** The cloud metadata {@code az cloud register} reads, pointing at this server. */
    static ObjectNode metadata(String base) {
        ObjectNode m = ArmJson.obj().put("galleryEndpoint", base + "/gallery/").put("graphEndpoint", base + "/graph/")
                .put("portalEndpoint", base + "/portal/");
        ObjectNode auth = m.putObject("authentication").put("loginEndpoint", base + "/adfs");
        auth.putArray("audiences").add(ArmIdentity.AUDIENCE);
        return m;
    }

    static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
