package dev.dhsm.conformance.target.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhsm.conformance.driver.PemTrust;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The emulator's control API over HTTPS ({@code /__admin/dhsm/}, docs/control-api.md), trusting only the CA the
 * emulator wrote to its data directory. Answers are JSON trees; an error answer becomes a {@link TargetException}
 * carrying the API's error code and message.
 */
public final class ControlApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    public ControlApiClient(URI base, Path caFile, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().sslContext(PemTrust.sslContext(caFile, "the control API's CA file")).connectTimeout(timeout).build();
    }

    public URI base() {
        return base;
    }

    public JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), path);
    }

    public JsonNode post(String path, String jsonBody) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody)), path);
    }

    private JsonNode send(HttpRequest.Builder request, String path) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TargetException("control API " + base.resolve(path) + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while calling the control API " + path, e);
        }
        JsonNode body;
        try {
            body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new TargetException("control API " + path + " answered " + response.statusCode()
                    + " with something that is not JSON: " + response.body().strip(), e);
        }
        if (response.statusCode() / 100 != 2) {
            JsonNode error = body.path("error");
            throw new TargetException("control API " + path + " answered " + response.statusCode() + " "
                    + error.path("code").asText("?") + ": " + error.path("message").asText(response.body().strip()));
        }
        return body;
    }

}
