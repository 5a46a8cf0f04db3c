package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.dhsm.app.junit.DhsmHandle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An ARM client over real HTTPS, as a script with {@code curl} would be: it trusts only the emulator's CA,
 * gets its bearer token from the ADFS token endpoint with the service principal's secret, and sends the calls
 * the reference lists.
 */
final class ArmHttp {
    static final String API = "2021-11-30";
    static final String NET_API = "2024-01-01";
    static final String SUB = ArmIdentity.SUBSCRIPTION;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, headers and the JSON body (missing when the body is empty). */
    record Answer(int status, HttpHeaders headers, JsonNode json) {
        String errorCode() {
            return json.path("error").path("code").asText();
        }

        String errorMessage() {
            return json.path("error").path("message").asText();
        }

        String state() {
            return json.path("properties").path("provisioningState").asText();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client;
    final URI base;
    private String token;

    ArmHttp(DhsmHandle dhsm) {
        this.client = HttpClient.newBuilder().sslContext(dhsm.sslContext()).connectTimeout(Duration.ofSeconds(10))
                .build();
        this.base = dhsm.controlUri().resolve("/");
    }

    String token() throws IOException, InterruptedException {
        if (token == null) {
            String form = "grant_type=client_credentials&client_id=" + ArmIdentity.CLIENT_ID + "&client_secret="
                    + URLEncoder.encode(ArmIdentity.CLIENT_SECRET, StandardCharsets.UTF_8) + "&scope="
                    + URLEncoder.encode(ArmIdentity.AUDIENCE + "/.default", StandardCharsets.UTF_8);
            Answer a = send("POST", "/adfs/oauth2/token", form, null, "application/x-www-form-urlencoded");
            if (a.status() != 200) {
                throw new AssertionError("no token: " + a.json());
            }
            token = a.json().get("access_token").asText();
        }
        return token;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, token(), null);
    }

    Answer put(String path, String body) throws IOException, InterruptedException {
        return send("PUT", path, body, token(), "application/json");
    }

    Answer patch(String path, String body) throws IOException, InterruptedException {
        return send("PATCH", path, body, token(), "application/json");
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, token(), "application/json");
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, token(), null);
    }

    /** Any request; {@code bearer} null sends no Authorization header. */
    Answer send(String method, String path, String body, String bearer, String contentType)
            throws IOException, InterruptedException {
        URI uri = path.startsWith("https://") ? URI.create(path) : URI.create(base.toString().replaceAll("/$", "")
                + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(r.body());
        return new Answer(r.statusCode(), r.headers(), json);
    }

    // ---- paths and bodies of the resources the tests build

    static String group(String rg) {
        return "/subscriptions/" + SUB + "/resourceGroups/" + rg;
    }

    static String hsm(String rg, String name) {
        return group(rg) + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs/" + name;
    }

    static String vnet(String rg, String name) {
        return group(rg) + "/providers/Microsoft.Network/virtualNetworks/" + name;
    }

    static String gateway(String rg, String name) {
        return group(rg) + "/providers/Microsoft.Network/virtualNetworkGateways/" + name;
    }

    static String q(String path, String apiVersion) {
        return path + "?api-version=" + apiVersion;
    }

    static String hsmBody(String subnetId, String stamp, String ip) {
        return "{\"location\":\"eastus\",\"sku\":{\"name\":\"SafeNet Luna Network HSM A790\"},\"tags\":{\"Dept\":\"hsm\"},"
                + "\"properties\":{\"networkProfile\":{\"subnet\":{\"id\":\"" + subnetId + "\"}"
                + (ip == null ? "" : ",\"networkInterfaces\":[{\"privateIpAddress\":\"" + ip + "\"}]") + "}"
                + (stamp == null ? "" : ",\"stampId\":\"" + stamp + "\"") + "}}";
    }

    /**
     * A resource group {@code rg} with VNet {@code vnet} (127.0.0.0/16), subnet {@code hsmsubnet}
     * (127.0.1.0/24, delegated when asked) and {@code GatewaySubnet}; with an ExpressRoute gateway when asked.
     */
    void network(String rg, boolean delegated, boolean gateway) throws IOException, InterruptedException {
        expect(201, put(q(group(rg), "2022-09-01"), "{\"location\":\"eastus\"}"));
        String delegation = delegated ? "\"delegations\":[{\"name\":\"0\",\"properties\":{\"serviceName\":"
                + "\"Microsoft.HardwareSecurityModules/dedicatedHSMs\"}}]" : "\"delegations\":[]";
        expect(201, put(q(vnet(rg, "vnet"), NET_API), "{\"location\":\"eastus\",\"properties\":{\"addressSpace\":"
                + "{\"addressPrefixes\":[\"127.0.0.0/16\"]},\"subnets\":[{\"name\":\"hsmsubnet\",\"properties\":"
                + "{\"addressPrefix\":\"127.0.1.0/24\"," + delegation + "}},{\"name\":\"GatewaySubnet\","
                + "\"properties\":{\"addressPrefix\":\"127.0.255.0/26\"}}]}}"));
        if (gateway) {
            expect(201, put(q(gateway(rg, "gw"), NET_API), gatewayBody(vnet(rg, "vnet"))));
        }
    }

    static String gatewayBody(String vnetId) {
        return "{\"location\":\"eastus\",\"properties\":{\"gatewayType\":\"ExpressRoute\",\"sku\":{\"name\":"
                + "\"Standard\",\"tier\":\"Standard\"},\"ipConfigurations\":[{\"name\":\"default\",\"properties\":"
                + "{\"subnet\":{\"id\":\"" + vnetId + "/subnets/GatewaySubnet\"}}}]}}";
    }

    static Answer expect(int status, Answer a) {
        if (a.status() != status) {
            throw new AssertionError("expected " + status + " but got " + a.status() + ": " + a.json());
        }
        return a;
    }
}
