package dev.dhsm.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.app.NodeOptions;
import dev.dhsm.app.junit.DhsmAppliance;
import dev.dhsm.app.junit.DhsmHandle;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record mode, offline: a second emulator started with a record target proxies ARM calls to the first (standing
 * in for management.azure.com) and, when it stops, writes what it was answered as WireMock mappings, without
 * the bearer token.
 */
@DhsmAppliance(https = true)
class ArmRecordModeTest {

    private static SSLContext trusting(Path caPem) throws Exception {
        try (InputStream pem = Files.newInputStream(caPem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        }
    }

    @Test
    void callsAreProxiedToTheTargetAndRecordedAsMappingsWithoutTheToken(DhsmHandle real, @TempDir Path dir)
            throws Exception {
        URI target = real.controlUri().resolve("/");
        String token = real.control().armToken().accessToken();
        EmulatorControl recorderControl = new EmulatorControl(real.control().fleet(), FleetClock.of(real.clock()));
        HttpResponse<String> answer;
        try (ControlServer recorder = ControlServer.start(recorderControl, NodeOptions.DEFAULT_BIND, 0, dir,
                URI.create(target.toString().replaceAll("/$", "")))) {
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(recorder.caCertificate())).build();
            answer = client.send(HttpRequest.newBuilder(recorder.armUri().resolve(
                    "/subscriptions/3f2504e0-4f89-41d3-9a0c-0305e82c3301/resourceGroups/recorded?api-version=2022-09-01"))
                    .header("Authorization", "Bearer " + token)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"location\":\"eastus\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> control = client.send(HttpRequest.newBuilder(recorder.controlUri().resolve("clock"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, control.statusCode());
        }
        assertEquals(201, answer.statusCode());
        assertTrue(answer.body().contains("\"name\":\"recorded\""), answer.body());
        List<Path> mappings;
        try (Stream<Path> files = Files.list(dir.resolve("arm-recordings").resolve("mappings"))) {
            mappings = files.toList();
        }
        assertEquals(1, mappings.size(), mappings.toString());
        String mapping = Files.readString(mappings.get(0));
        assertTrue(mapping.contains("resourceGroups/recorded"), mapping);
        assertTrue(mapping.contains("\\\"name\\\":\\\"recorded\\\""), mapping);
        assertFalse(mapping.contains(token), "the bearer token must not be recorded");
    }
}
