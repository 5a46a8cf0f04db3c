package dev.dhsm.app.control;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.dhsm.app.arm.ArmTransformer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's HTTPS endpoint (8443 by default): WireMock serving the ARM facade ({@link ArmTransformer}
 * behind one catch-all stub) and the control API under {@code /__admin/dhsm/}, both over one
 * {@link EmulatorControl}, with a certificate from the local CA whose certificate it writes for clients to
 * trust. The request journal is off: nothing a client sends is kept (record mode, {@link ArmRecorder}, is the
 * exception).
 */
public final class ControlServer implements AutoCloseable {
    /** Enough request threads for a test suite; Jetty keeps this many alive. */
    private static final int CONTAINER_THREADS = 8;

    private final WireMockServer server;
    private final String bindAddress;
    private final Path caCertificate;
    private final ArmRecorder recorder;

    private ControlServer(WireMockServer server, String bindAddress, Path caCertificate, ArmRecorder recorder) {
        this.server = server;
        this.bindAddress = bindAddress;
        this.caCertificate = caCertificate;
        this.recorder = recorder;
    }

    /**
     * Starts serving on {@code bindAddress:port} (0 = any free port), with the CA and keystore in
     * {@code tlsDir} ({@code arm-ca.pem}, {@code arm-tls.p12}), made there unless good ones are there already.
     *
     * @throws IOException when the port is taken or the TLS files cannot be written
     */
    public static ControlServer start(EmulatorControl control, String bindAddress, int port, Path tlsDir)
            throws IOException {
        return start(control, bindAddress, port, tlsDir, null);
    }

    /**
     * The same, with ARM calls proxied to {@code recordTarget} (e.g. {@code https://management.azure.com}) and
     * recorded as WireMock stub mappings under {@code <tlsDir>/arm-recordings} when the server stops; null
     * serves the facade.
     */
    public static ControlServer start(EmulatorControl control, String bindAddress, int port, Path tlsDir,
                                      URI recordTarget) throws IOException {
        Path keystore = LocalCertificateAuthority.prepare(tlsDir, names(bindAddress), Instant.now());
        ControlApiExtension api = new ControlApiExtension(control);
        ArmRecorder recorder = recordTarget == null ? null : new ArmRecorder(recordTarget,
                tlsDir.resolve(ArmRecorder.DIRECTORY));
        WireMockConfiguration config = WireMockConfiguration.options()
                .httpDisabled(true)
                .httpsPort(port)
                .bindAddress(bindAddress)
                .keystorePath(keystore.toString())
                .keystoreType("PKCS12")
                .keystorePassword(LocalCertificateAuthority.KEYSTORE_PASSWORD)
                .keyManagerPassword(LocalCertificateAuthority.KEYSTORE_PASSWORD)
                .stubRequestLoggingDisabled(true)
                .containerThreads(CONTAINER_THREADS)
                .jettyAcceptors(1)
                .notifier(new Slf4jNotifier(false))
                .extensions(api, new LoopbackOnlyFilter(api), new ArmTransformer(control.arm()));
        if (recorder == null) {
            config.disableRequestJournal();
        } else {
            recorder.configure(config);
        }
        WireMockServer server = new WireMockServer(config);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new IOException("cannot listen for the control API on " + bindAddress + ":" + port + ": "
                    + rootMessage(e), e);
        }
        server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(ArmTransformer.NAME)));
        if (recorder != null) {
            recorder.start(server);
        }
        ControlServer started = new ControlServer(server, bindAddress,
                tlsDir.resolve(LocalCertificateAuthority.CA_FILE), recorder);
        control.arm().serving(started.armUri(), started.caCertificate());
        return started;
    }

    /** The names the certificate must cover: loopback always, and the bind address when it is a specific one. */
    private static List<String> names(String bindAddress) throws IOException {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        InetAddress bind = InetAddress.getByName(bindAddress);
        if (!bind.isAnyLocalAddress() && !bind.isLoopbackAddress()) {
            names.add(bindAddress);
        }
        return names;
    }

    private static String rootMessage(Throwable e) {
        String message = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            message = t.getMessage() == null ? message : t.getMessage();
        }
        return message;
    }

    /** The port actually bound. */
    public int port() {
        return server.httpsPort();
    }

    /** The ARM facade's endpoint, e.g. {@code https://127.0.0.1:8443/}. */
    public URI armUri() {
        return controlUri().resolve("/");
    }

    /** The control API's root, e.g. {@code https://127.0.0.1:8443/__admin/dhsm/}. */
    public URI controlUri() {
        String host;
        try {
            InetAddress bind = InetAddress.getByName(bindAddress);
            host = bind.isAnyLocalAddress() || bind.isLoopbackAddress() ? "127.0.0.1" : bindAddress;
        } catch (IOException e) {
            host = bindAddress;
        }
        return URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port()
                + "/__admin/dhsm/");
    }

    /** The CA certificate clients trust ({@code curl --cacert}). */
    public Path caCertificate() {
        return caCertificate;
    }

    /** Stops serving; in record mode, the recorded exchanges are written first. */
    @Override
    public void close() {
        try {
            if (recorder != null) {
                recorder.save(server);
            }
        } finally {
            server.stop();
        }
    }
}
