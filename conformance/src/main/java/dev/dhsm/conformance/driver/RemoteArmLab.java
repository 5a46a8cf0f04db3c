package dev.dhsm.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhsm.conformance.target.ArmControl;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.ArmNetworkNames;
import dev.dhsm.conformance.target.ArmPacing;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ARM side of an emulator running elsewhere ({@code dhsm serve}), reached through its HTTPS control API
 * ({@code /__admin/dhsm/arm}, {@code clock/advance}, {@code arm/settings}, {@code arm/devices}): the ARM endpoint with
 * the emulated tenant's service principal and a pacing that moves the emulator's clock, and an {@link ArmControl}
 * for the allow list and the device pool. A remote-emulator target hands both out from {@code arm()} and
 * {@code control().arm()}.
 */
public final class RemoteArmLab implements ArmControl {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final URI control;
    private final HttpClient http;
    private final Duration timeout;
    private final ArmEndpoint endpoint;

    private RemoteArmLab(URI control, HttpClient http, Duration timeout, JsonNode info, Path caFile, String region) {
        this.control = control;
        this.http = http;
        this.timeout = timeout;
        URI base = URI.create(info.path("endpoint").asText());
        ArmCredential credential = new ArmCredential.ClientSecret(base.resolve("/adfs/oauth2/token"),
                info.path("clientId").asText(), info.path("clientSecret").asText(),
                info.path("audience").asText() + "/.default");
        ArmPacing pacing = new ArmPacing() {
            @Override
            public void pass(Duration duration) {
                call("POST", "clock/advance", F.objectNode().put("duration", duration.toString()));
            }

            @Override
            public boolean virtual() {
                return true;
            }
        };
        this.endpoint = new ArmEndpoint(base, Optional.of(caFile), info.path("subscriptionId").asText(),
                info.path("tenantId").asText(), region, credential, pacing,
                ArmNetworkNames.tutorial().withRanges("127.0.0.0/16", "127.0.1.0/24"));
    }

    /**
     * Reads the ARM facade's identities from the control API at {@code controlUri} (e.g.
     * {@code https://127.0.0.1:8443/__admin/dhsm/}), trusting the emulator's CA file.
     *
     * @throws TargetException when the control API does not answer or serves no ARM facade
     */
    public static RemoteArmLab connect(URI controlUri, Path caFile, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .sslContext(PemTrust.sslContext(caFile, "the control API's CA file")).build();
        URI root = controlUri.toString().endsWith("/") ? controlUri : URI.create(controlUri + "/");
        RemoteArmLab probe = new RemoteArmLab(root, http, timeout);
        JsonNode info = probe.call("GET", "arm", null);
        if (!info.path("endpoint").isTextual()) {
            throw new TargetException("The emulator at " + root + " serves no ARM facade: " + info);
        }
        String region = probe.call("GET", "appliances", null).path("region").asText("eastus");
        return new RemoteArmLab(root, http, timeout, info, caFile, region);
    }

    private RemoteArmLab(URI control, HttpClient http, Duration timeout) {
        this.control = control;
        this.http = http;
        this.timeout = timeout;
        this.endpoint = null;
    }

    public ArmEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void allowSubscription(String subscriptionId, boolean allowed) {
        List<String> list = new ArrayList<>();
        call("GET", "arm/settings", null).path("allowedSubscriptions").forEach(s -> list.add(s.asText()));
        list.removeIf(s -> s.equalsIgnoreCase(subscriptionId));
        if (allowed) {
            list.add(subscriptionId);
        }
        ObjectNode change = F.objectNode();
        ArrayNode a = change.putArray("allowedSubscriptions");
        list.forEach(a::add);
        call("POST", "arm/settings", change);
    }

    @Override
    public void occupyCustomerDevices(int stamp, int devices) {
        List<String> free = new ArrayList<>();
        for (JsonNode d : devices()) {
            if (d.path("stamp").asInt() == stamp && "free".equals(d.path("state").asText()) && free.size() < devices) {
                free.add(d.path("id").asText());
            }
        }
        if (free.size() < devices) {
            throw new IllegalStateException("stamp " + stamp + " has only " + free.size() + " free customer devices");
        }
        for (String id : free) {
            call("POST", "arm/devices/" + id + "/occupancy", F.objectNode().put("occupied", true));
        }
    }

    @Override
    public int stamps() {
        int max = 0;
        for (JsonNode d : devices()) {
            max = Math.max(max, d.path("stamp").asInt());
        }
        return max;
    }

    @Override
    public Optional<String> deviceOf(String hsmResourceId) {
        for (JsonNode d : devices()) {
            if (hsmResourceId.equalsIgnoreCase(d.path("hsm").asText())) {
                return Optional.of(d.path("id").asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean inFreePool(String deviceId) {
        for (JsonNode d : devices()) {
            if (deviceId.equals(d.path("id").asText())) {
                return "free".equals(d.path("state").asText());
            }
        }
        return false;
    }

    private JsonNode devices() {
        return call("GET", "arm/devices", null).path("devices");
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(control.resolve(path)).timeout(timeout)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new TargetException("The control API answered " + method + " " + path + " with "
                        + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new TargetException("The control API call " + method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted during " + method + " " + path, e);
        }
    }
}
