package dev.dhsm.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code dhsm serve} in its own process for the remote-emulator run: the app's jar, an ephemeral state, every port
 * chosen free by the system. It is ready when it prints {@code dhsm ready}; its banner gives the control API's
 * address and CA. Stopping it sends SIGTERM, then kills it if it has not ended in ten seconds; a JVM shutdown hook
 * does the same if the build ends first.
 */
final class RemoteEmulatorProcess implements AutoCloseable {
    private static final Pattern CONTROL = Pattern.compile("control API:\\s+(https://\\S+)\\s+\\(CA certificate (\\S+?)[,)\\s]");

    private final Process process;
    private final Thread hook;
    private final List<String> banner = new ArrayList<>();
    private String controlUrl;
    private String caFile;

    private RemoteEmulatorProcess(Process process) {
        this.process = process;
        this.hook = new Thread(process::destroyForcibly, "dhsm-serve-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static RemoteEmulatorProcess start(Path jar, Duration timeout) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": the app module's package phase builds it");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--ephemeral", "--ssh-port", "0",
                "--console-port", "0", "--ntls-port", "0", "--arm-port", "0").redirectErrorStream(true).start();
        RemoteEmulatorProcess serve = new RemoteEmulatorProcess(p);
        try {
            serve.awaitReady(timeout);
        } catch (RuntimeException | IOException e) {
            serve.close();
            throw e;
        }
        return serve;
    }

    private void awaitReady(Duration timeout) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> ready = CompletableFuture.runAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (banner) {
                        banner.add(line);
                    }
                    Matcher m = CONTROL.matcher(line + " ");
                    if (m.find()) {
                        controlUrl = m.group(1);
                        caFile = m.group(2);
                    }
                    if (line.contains("dhsm ready")) {
                        return;
                    }
                }
                throw new IllegalStateException("dhsm serve ended before it was ready");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for dhsm serve", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dhsm serve did not get ready: " + e.getMessage() + "\n" + banner(), e);
        }
        if (controlUrl == null) {
            throw new IllegalStateException("dhsm serve's banner named no control API:\n" + banner());
        }
        // Keep draining its output so it never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the appliance's log lines are not part of the test's output
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "dhsm-serve-output");
        drain.setDaemon(true);
        drain.start();
    }

    private String banner() {
        synchronized (banner) {
            return String.join("\n", banner);
        }
    }

    /** A remote-emulator target file for this process. */
    Path writeTargetFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "# Written by the build for the remote-emulator run.\nkind: remote-emulator\n"
                + "name: build-serve\ncontrol:\n  url: " + controlUrl + "\n  caFile: " + caFile + "\n");
        return file;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs anyway
        }
    }
}
