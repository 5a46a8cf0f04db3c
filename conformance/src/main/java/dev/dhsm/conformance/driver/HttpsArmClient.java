package dev.dhsm.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dhsm.conformance.arm.ArmClient;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Azure Resource Manager over real HTTPS (HTTP/1.1, the JDK client), trusting the target's CA file, with a bearer
 * token from the target's credential. Long-running operations are followed by {@link ArmPoller}.
 */
public final class HttpsArmClient implements ArmClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArmEndpoint endpoint;
    private final HttpClient http;
    private final ArmTokens tokens;
    private final Duration timeout;
    private final ArmPoller poller;

    private HttpsArmClient(ArmEndpoint endpoint, HttpClient http, ArmTokens tokens, Duration timeout) {
        this.endpoint = endpoint;
        this.http = http;
        this.tokens = tokens;
        this.timeout = timeout;
        this.poller = new ArmPoller(this, endpoint.pacing());
    }

    /** A client for {@code endpoint}; each request is bounded by {@code timeout}. */
    public static HttpsArmClient open(ArmEndpoint endpoint, Duration timeout) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (endpoint.caFile().isPresent()) {
            b.sslContext(PemTrust.sslContext(endpoint.caFile().get(), "the ARM CA file"));
        }
        HttpClient http = b.build();
        return new HttpsArmClient(endpoint, http, new ArmTokens(endpoint.credential(), http, timeout), timeout);
    }

    public ArmEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public String subscriptionId() {
        return endpoint.subscriptionId();
    }

    @Override
    public String location() {
        return endpoint.location();
    }

    @Override
    public ArmResponse get(String path, String apiVersion) {
        return send("GET", path, apiVersion, null);
    }

    @Override
    public ArmResponse put(String path, String apiVersion, JsonNode body) {
        return send("PUT", path, apiVersion, body);
    }

    @Override
    public ArmResponse post(String path, String apiVersion, JsonNode body) {
        return send("POST", path, apiVersion, body);
    }

    @Override
    public ArmResponse delete(String path, String apiVersion) {
        return send("DELETE", path, apiVersion, null);
    }

    @Override
    public ArmOperation createOrUpdate(String path, String apiVersion, JsonNode body) {
        return poller.followPut(path, apiVersion, put(path, apiVersion, body));
    }

    @Override
    public ArmOperation awaitTerminal(String path, String apiVersion) {
        return poller.followPut(path, apiVersion, get(path, apiVersion));
    }

    @Override
    public ArmOperation deleteAndWait(String path, String apiVersion) {
        return poller.followLocation(delete(path, apiVersion));
    }

    @Override
    public ArmOperation postAndWait(String path, String apiVersion, JsonNode body) {
        return poller.followLocation(post(path, apiVersion, body));
    }

    @Override
    public ArmClient inSubscription(String subscriptionId) {
        return new HttpsArmClient(endpoint.inSubscription(subscriptionId), http, tokens, timeout);
    }

    /** GET on an absolute URL ARM handed out ({@code Location}, {@code Azure-AsyncOperation}). */
    ArmResponse getAbsolute(String url) {
        return exchange("GET", URI.create(url), url, null);
    }

    private ArmResponse send(String method, String path, String apiVersion, JsonNode body) {
        String base = endpoint.resourceManager().toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String sep = path.contains("?") ? "&" : "?";
        URI uri = URI.create(base + path + sep + "api-version=" + apiVersion);
        return exchange(method, uri, path, body);
    }

    private ArmResponse exchange(String method, URI uri, String shown, JsonNode body) {
        HttpResponse<String> r = call(method, uri, body);
        if (r.statusCode() == 401) {
            tokens.invalidate();
            r = call(method, uri, body);
        }
        return new ArmResponse(method, shown, r.statusCode(), r.headers().map(), parse(r.body()));
    }

    private HttpResponse<String> call(String method, URI uri, JsonNode body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", "application/json")
                .header("x-ms-client-request-id", UUID.randomUUID().toString())
                .method(method, publisher);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TargetException(method + " " + uri.getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted during " + method + " " + uri.getPath(), e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return TextNode.valueOf(text);
        }
    }

    @Override
    public void close() {
        // The JDK client of Java 17 has nothing to close; its threads end when it is unreachable.
    }
}
