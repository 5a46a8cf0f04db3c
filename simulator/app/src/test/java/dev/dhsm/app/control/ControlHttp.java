package dev.dhsm.app.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhsm.app.junit.DhsmHandle;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of the HTTPS control API that trusts only the emulator's CA, as {@code curl --cacert} would. */
final class ControlHttp {
    /** One answer: the status and the JSON body. */
    record Answer(int status, JsonNode json) {
        String errorCode() {
            return json.path("error").path("code").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI root;

    ControlHttp(DhsmHandle dhsm) {
        this.client = HttpClient.newBuilder().sslContext(dhsm.sslContext()).connectTimeout(Duration.ofSeconds(10))
                .build();
        this.root = dhsm.controlUri();
    }

    Answer get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A path relative to {@code /__admin/dhsm/}, or absolute when it starts with {@code /}. */
    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + body);
        }
        return new Answer(response.statusCode(), JSON.readTree(body));
    }
}
