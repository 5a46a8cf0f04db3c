package dev.dhsm.app.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Record mode ({@code dhsm serve --arm-record URL}): every ARM request is proxied to a real Resource Manager
 * endpoint instead of answered by the facade, and what it answered is written, when the server stops, as
 * WireMock stub mappings under {@code <data-dir>/arm-recordings/mappings/}. Request headers (the bearer token
 * among them) are not recorded. The control API keeps working.
 */
final class ArmRecorder {
    static final String DIRECTORY = "arm-recordings";
    private static final Logger LOG = LoggerFactory.getLogger(ArmRecorder.class);

    private final URI target;
    private final Path directory;

    ArmRecorder(URI target, Path directory) {
        if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("the record target is an https URL, e.g. https://management.azure.com: "
                    + target);
        }
        this.target = target;
        this.directory = directory;
    }

    void configure(WireMockConfiguration config) {
        try {
            Files.createDirectories(directory.resolve("mappings"));
            Files.createDirectories(directory.resolve("__files"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + directory, e);
        }
        config.withRootDirectory(directory.toString());
        if (isLoopback(target.getHost())) {
            config.trustAllProxyTargets(true);
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    void start(WireMockServer server) {
        server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().proxiedFrom(target.toString())));
    }

    void save(WireMockServer server) {
        int saved = server.snapshotRecord(recordSpec().forTarget(target.toString()).makeStubsPersistent(true)
                .extractTextBodiesOver(1_000_000)).getStubMappings().size();
        LOG.info("recorded {} ARM exchanges with {} under {}", saved, target, directory.resolve("mappings"));
    }

    Path directory() {
        return directory;
    }
}
