package dev.dhsm.app.arm;

import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.models.Sku;
import dev.dhsm.app.junit.DhsmHandle;
import dev.dhsm.model.Profile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the ARM facade (never part of {@code verify}; Surefire does not pick up {@code *Benchmark}):
 * authenticated GETs per second of one dedicatedHSM over HTTPS with 1, 4 and 16 closed-loop clients, and the
 * Azure SDK for Java's create-to-{@code Succeeded} and delete cycles with {@code Retry-After} 1 and 0.
 * See docs/benchmarks.md for how to run it.
 */
public final class ArmBenchmark {
    private static final String API = "2021-11-30";

    private ArmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("arm.bench.seconds", "5"));
        try (DhsmHandle dhsm = DhsmHandle.start(1, "eastus", Profile.AZURE, Instant.parse("2026-01-05T09:00:00Z"),
                true)) {
            dhsm.control().changeArmSettings(ArmSettingsChange.none().withRetryAfterSeconds(1)
                    .withTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO));
            ArmHttp arm = new ArmHttp(dhsm);
            arm.network("bench", true, true);
            String subnet = ArmHttp.vnet("bench", "vnet") + "/subnets/hsmsubnet";
            ArmHttp.expect(200, arm.put(ArmHttp.q(ArmHttp.hsm("bench", "hsm1"), API),
                    ArmHttp.hsmBody(subnet, "stamp1", null)));
            URI uri = URI.create(arm.base.toString().replaceAll("/$", "") + ArmHttp.q(ArmHttp.hsm("bench", "hsm1"),
                    API));
            System.out.printf("GET %s%n", uri);
            for (int clients : new int[] {1, 4, 16}) {
                System.out.printf("  %2d clients: %,8.0f GETs/s%n", clients, getsPerSecond(dhsm, arm.token(), uri,
                        clients, seconds));
            }
            ResourceManager rm = AzureSdkTest.resourceManager(dhsm);
            rm.resourceGroups().define("sdkbench").withRegion("eastus").create();
            for (int retryAfter : new int[] {1, 1, 0}) {
                dhsm.control().changeArmSettings(ArmSettingsChange.none().withRetryAfterSeconds(retryAfter));
                long start = System.nanoTime();
                String id = rm.genericResources().define("hsm-r" + retryAfter).withRegion("eastus")
                        .withExistingResourceGroup("sdkbench").withResourceType("dedicatedHSMs")
                        .withProviderNamespace("Microsoft.HardwareSecurityModules").withoutPlan().withApiVersion(API)
                        .withProperties(Map.of("networkProfile", Map.of("subnet", Map.of("id", subnet))))
                        .withSku(new Sku().withName("SafeNet Luna Network HSM A790")).create().id();
                long created = System.nanoTime();
                rm.genericResources().deleteById(id, API);
                long deleted = System.nanoTime();
                System.out.printf("SDK, Retry-After %d: create to Succeeded %,d ms, delete %,d ms%n", retryAfter,
                        (created - start) / 1_000_000, (deleted - created) / 1_000_000);
            }
        }
    }

    private static double getsPerSecond(DhsmHandle dhsm, String token, URI uri, int clients, double seconds)
            throws Exception {
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder done = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(dhsm.sslContext()).build();
            HttpRequest get = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = client.send(get, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("GET answered " + r.statusCode() + ": " + r.body());
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (counting.get()) {
                        done.increment();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(2_000);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        counting.set(false);
        long elapsed = System.nanoTime() - start;
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        return done.sum() / (elapsed / 1e9);
    }
}
