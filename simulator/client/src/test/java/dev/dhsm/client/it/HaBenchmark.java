package dev.dhsm.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.appliance.ntls.NtlsListener;
import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.EcCurve;
import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Mechanisms;
import dev.dhsm.client.Role;
import dev.dhsm.client.Session;
import dev.dhsm.client.ha.HaClient;
import dev.dhsm.client.lunacm.LunaCm;
import dev.dhsm.client.lunacm.Lunacm;
import dev.dhsm.client.lunacm.LunacmEnvironment;
import dev.dhsm.client.lunacm.LunacmState;
import dev.dhsm.model.ApplianceTx;
import dev.dhsm.wire.pkcs11.Cko;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How HA groups perform, against a baseline in the same run (never part of {@code verify}: Surefire does not pick up
 * {@code *Benchmark} classes; run it by name, see docs/benchmarks.md):
 *
 * <ul>
 *   <li>ECDSA P-256 signatures per second through a two-member HA virtual slot against the same signatures on one
 *       member's partition slot, with the same number of sessions and threads, in alternating windows;</li>
 *   <li>the gap: while threads sign through the virtual slot, one member stops answering (its NTLS port is blocked,
 *       or its network is cut); the longest time without a completed signature around the failure, against the
 *       longest such time before it, and how many requests failed (none should).</li>
 * </ul>
 */
class HaBenchmark {

    static final String PO = "Po#Passw0rd";
    static final String CO = "Co#Passw0rd";
    static final byte[] DATA = new byte[32];
    static final int THREADS = Integer.getInteger("ha.bench.threads", 4);
    static final long WINDOW_MS = Long.getLong("ha.bench.window.ms", 1500);
    static final int WINDOWS = Integer.getInteger("ha.bench.windows", 6);

    @TempDir
    Path dir;
    Lunacm lunacm;

    @Test
    void throughputAndFailoverGap() throws Exception {
        InProcessAppliance a = new InProcessAppliance(dir.resolve("a"), "127.0.0.1", "1234567", List.of("par1"));
        InProcessAppliance b = new InProcessAppliance(dir.resolve("b"), "127.0.0.2", "2345678", List.of("par1"));
        NtlsListener ntlsA = NtlsListener.start(a.appliance, a.issuer, new InetSocketAddress("127.0.0.1", 0));
        NtlsListener ntlsB = NtlsListener.start(b.appliance, b.issuer, new InetSocketAddress("127.0.0.2", 0));
        Path conf = dir.resolve("client").resolve("Chrystoki.conf");
        ChrystokiConf.empty().write(conf);
        try (LunacmState state = LunaCm.state(new LunacmEnvironment(a.clock::now, new SecureRandom(), conf,
                conf.getParent()))) {
            lunacm = new Lunacm(state);
            deploy(a, ntlsA, "127.0.0.1");
            deploy(b, ntlsB, "127.0.0.2");
            state.refreshSlots();
            initPartition(0, "ha-a");
            initPartition(1, "ha-b");
            ok("hagroup creategroup -label grp -slot 0 -password " + CO);
            ok("hagroup addmember -slot 1 -group grp -password " + CO);
            HaClient ha = (HaClient) state.client();
            ha.slots();
            run(ha, b, ntlsB);
        } finally {
            ntlsA.close();
            ntlsB.close();
            a.close();
            b.close();
        }
    }

    private void run(HaClient ha, InProcessAppliance b, NtlsListener ntlsB) throws Exception {
        List<Signer> single = new ArrayList<>();
        List<Signer> group = new ArrayList<>();
        Session first = login(ha.openSession(2));
        first.generateKeyPair(KeyPairTemplate.ec(EcCurve.P256).withLabel("bench"));
        for (int i = 0; i < THREADS; i++) {
            single.add(new Signer(login(ha.openSession(0))));
            group.add(new Signer(login(ha.openSession(2))));
        }
        System.out.printf(Locale.ROOT, "%nHA benchmark: %d threads, %d sessions each side, windows of %d ms, ECDSA P-256"
                + " (CKM_ECDSA_SHA256, 32 bytes)%n", THREADS, THREADS, WINDOW_MS);
        for (int i = 0; i < 4; i++) {
            rate(single);
            rate(group);
        }
        double singleSum = 0;
        double groupSum = 0;
        double singleCpu = 0;
        double groupCpu = 0;
        for (int w = 0; w < WINDOWS; w++) {
            Rate s = rate(single);
            Rate g = rate(group);
            singleSum += s.perSecond();
            groupSum += g.perSecond();
            singleCpu += s.perCpuSecond();
            groupCpu += g.perCpuSecond();
            System.out.printf(Locale.ROOT, "  window %d: one member %.0f/s (%.0f per CPU-second), two-member group"
                    + " %.0f/s (%.0f per CPU-second)%n", w + 1, s.perSecond(), s.perCpuSecond(), g.perSecond(),
                    g.perCpuSecond());
        }
        System.out.printf(Locale.ROOT, "Signatures/s: one member %.0f, two-member group %.0f, ratio %.2f;"
                + " per CPU-second: %.0f and %.0f, ratio %.2f%n", singleSum / WINDOWS, groupSum / WINDOWS,
                groupSum / singleSum, singleCpu / WINDOWS, groupCpu / WINDOWS, groupCpu / singleCpu);

        gap(ha, group, "NTLS port blocked", in(b, tx -> tx.system().setNtlsPortBlocked(true)),
                in(b, tx -> tx.system().setNtlsPortBlocked(false)));
        gap(ha, group, "network cut", in(b, tx -> tx.system().setNetworkCut(true)),
                in(b, tx -> tx.system().setNetworkCut(false)));
        gap(ha, group, "service restart ntls", in(b, tx -> tx.ntls().restart()), () -> { });
        gap(ha, group, "appliance stopped (NTLS listener closed)", ntlsB::close, null);
    }

    private Session login(Session s) {
        s.login(Role.CO, CO);
        return s;
    }

    /** Signatures per second in one window, and per CPU-second of the whole process. */
    private record Rate(double perSecond, double perCpuSecond) {
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** One window of closed-loop signing on every signer. */
    private Rate rate(List<Signer> signers) throws InterruptedException {
        LongAdder done = new LongAdder();
        CountDownLatch stop = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Signer signer : signers) {
            threads.add(signer.loop(stop, t -> done.increment(), new LongAdder()));
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        stop.await(WINDOW_MS, TimeUnit.MILLISECONDS);
        long count = done.sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        stop.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return new Rate(count / seconds, cpuStart < 0 ? Double.NaN : count / cpuSeconds);
    }

    private static Runnable in(InProcessAppliance hsm, Consumer<ApplianceTx> change) {
        return () -> hsm.appliance.run(change::accept);
    }

    /** Signs through the group, fails member B halfway, and reports the gaps between completed signatures. */
    private void gap(HaClient ha, List<Signer> group, String fault, Runnable fail, Runnable heal)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
        LongAdder errors = new LongAdder();
        CountDownLatch stop = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Signer signer : group) {
            threads.add(signer.loop(stop, completions::add, errors));
        }
        stop.await(WINDOW_MS, TimeUnit.MILLISECONDS);
        long failedAt = System.nanoTime();
        fail.run();
        stop.await(WINDOW_MS, TimeUnit.MILLISECONDS);
        stop.countDown();
        for (Thread t : threads) {
            t.join();
        }
        List<Long> times = new ArrayList<>(completions);
        times.sort(Long::compare);
        long before = 0;
        long after = 0;
        long previous = times.isEmpty() ? failedAt : times.get(0);
        for (long t : times) {
            long gapNanos = t - previous;
            if (t < failedAt) {
                before = Math.max(before, gapNanos);
            } else {
                after = Math.max(after, gapNanos);
            }
            previous = t;
        }
        System.out.printf(Locale.ROOT, "Gap, %s: longest without an answer %.1f ms after the failure (%.1f ms before"
                + " it); %d requests failed; %d signatures in %.1f s%n", fault, after / 1e6, before / 1e6,
                errors.sum(), times.size(), 2 * WINDOW_MS / 1000.0);
        assertEquals(0, errors.sum(), "the application saw errors during failover");
        assertEquals("down", ha.status("grp").get(1).state().text());
        if (heal == null) {
            return;
        }
        heal.run();
        assertTrue(ha.recover("grp").values().stream().allMatch(java.util.Optional::isEmpty), "member B came back");
    }

    /** One thread signing in a closed loop on one session. */
    private static final class Signer {
        final Session session;
        final long key;

        Signer(Session session) {
            this.session = session;
            this.key = session.findObjects("bench", Cko.PRIVATE_KEY).get(0);
        }

        Thread loop(CountDownLatch stop, Consumer<Long> completed, LongAdder errors) {
            Thread t = new Thread(() -> {
                while (stop.getCount() > 0) {
                    try {
                        session.sign(key, Mechanisms.ecdsaSha256(), DATA);
                        completed.accept(System.nanoTime());
                    } catch (LunaClientException e) {
                        if (errors.sum() < 3) {
                            System.out.println("  request failed: " + e);
                        }
                        errors.increment();
                    }
                }
            }, "ha-bench");
            t.setDaemon(true);
            t.start();
            return t;
        }
    }

    private String ok(String line, String... answers) {
        return LunacmLines.ok(lunacm, line, answers);
    }

    private void deploy(InProcessAppliance hsm, NtlsListener ntls, String host) {
        ok("clientconfig deploy -server " + host + " -sshport " + hsm.sshPort() + " -ntlsport "
                + ntls.address().getPort() + " -client bench -partition par1 -user " + InProcessAppliance.ADMIN,
                InProcessAppliance.ADMIN_PASSWORD);
    }

    private void initPartition(long slot, String label) {
        ok("slot set -slot " + slot);
        ok("partition init -label " + label + " -domain bench", PO, PO, "proceed");
        ok("role login -name po", PO);
        ok("role init -name co -password Co#Init000");
        ok("role logout");
        ok("role login -name co -password Co#Init000");
        ok("role changepw -name co -oldpw Co#Init000 -newpw " + CO);
        ok("role logout");
    }
}
