package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.model.Mechanism;
import dev.dhsm.wire.pkcs11.Ckm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the appliance's NTLS listener against baselines taken in the same run on the same machine: signatures
 * per second over NTLS (RSA-2048 SHA256_RSA_PKCS, ECDSA P-256 ECDSA_SHA256) with 1, 8 and 64 sessions against the
 * same signatures in-process; full TLS handshakes per second against a bare Netty + BCJSSE echo server; and the
 * heap held by 1,000 idle NTLS sessions. Not a test (Surefire never runs it): see {@code docs/benchmarks.md}.
 *
 * <p>Arguments: {@code [seconds per figure, default 3] [idle sessions, default 1000]}.
 */
public final class NtlsBenchmark {

    private static final int[] SESSIONS = {1, 8, 64};
    /** Each figure and its baseline are measured in this many alternating windows. */
    private static final int ROUNDS = 6;

    private NtlsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration perFigure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
        int idle = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Duration measure = perFigure.dividedBy(ROUNDS);
        Duration warmup = Duration.ofMillis(250);
        System.out.printf(Locale.ROOT, "dhsm NTLS benchmark: %d cores, Java %s; each figure and its baseline measured "
                + "for %d s in %d alternating windows%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), perFigure.toSeconds(), ROUNDS);
        printLoad("before");
        try (BenchAppliance bench = new BenchAppliance()) {
            SignLoad sign = new SignLoad(bench, warmup, measure);
            List<String> rows = new ArrayList<>();
            warmUp(bench);
            for (int sessions : SESSIONS) {
                List<BenchAppliance.Connection> connections = connect(bench, sessions);
                rows.add(signRow(sign, connections, "RSA-2048 SHA256_RSA_PKCS", bench.rsaKey,
                        Mechanism.SHA256_RSA_PKCS, Ckm.SHA256_RSA_PKCS));
                rows.add(signRow(sign, connections, "ECDSA P-256 ECDSA_SHA256", bench.ecKey, Mechanism.ECDSA_SHA256,
                        Ckm.ECDSA_SHA256));
                connections.forEach(c -> c.channel().close().syncUninterruptibly());
            }
            System.out.println();
            System.out.println("In-process: one thread per session, at most one per core. Cores: what the process used.");
            System.out.println();
            System.out.println("| Signatures | Sessions | In-process /s | Over NTLS /s | Ratio | Ratio per CPU-second |");
            System.out.println("|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            handshakes(bench, warmup, measure);
            IdleSessions.Result held = new IdleSessions(bench).open(idle, 16);
            System.out.printf(Locale.ROOT, "%n%d idle NTLS sessions (client and server ends): %.1f MB of heap, "
                    + "%.1f KB each; opened in %.1f s%n", held.connections(), held.heapBytes() / 1048576.0,
                    held.perSessionKb(), held.openSeconds());
        }
        printLoad("after");
    }

    /** Other processes' load skews throughput (not so much the per-CPU-second figures): show it with the results. */
    private static void printLoad(String when) {
        System.out.printf(Locale.ROOT, "System load average %s: %.1f%n", when,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Lets the JIT compile both paths (signing, TLS, the NTLS pipeline) before anything is measured. */
    private static void warmUp(BenchAppliance bench) throws Exception {
        SignLoad sign = new SignLoad(bench, Duration.ZERO, Duration.ofSeconds(2));
        for (int sessions : new int[] {1, 8}) {
            List<BenchAppliance.Connection> connections = connect(bench, sessions);
            for (int round = 0; round < 2; round++) {
                sign.inProcess(bench.rsaKey, Mechanism.SHA256_RSA_PKCS, Math.min(sessions, 2));
                sign.overNtls(connections, bench.rsaKey, Ckm.SHA256_RSA_PKCS);
                sign.inProcess(bench.ecKey, Mechanism.ECDSA_SHA256, Math.min(sessions, 2));
                sign.overNtls(connections, bench.ecKey, Ckm.ECDSA_SHA256);
            }
            connections.forEach(c -> c.channel().close().syncUninterruptibly());
        }
    }

    private static List<BenchAppliance.Connection> connect(BenchAppliance bench, int sessions) throws Exception {
        List<BenchAppliance.Connection> connections = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            connections.add(bench.open(true));
        }
        return connections;
    }

    /**
     * In-process and over NTLS in alternating windows, so drift on a shared machine hits both sides alike. The
     * in-process side signs on as many threads as there are sessions, up to one per core: more threads than cores
     * only queue on the JDK's and the crypto engine's locks (RSA blinding, the shared SecureRandom) and would make
     * the baseline slower than the machine can sign.
     */
    private static String signRow(SignLoad sign, List<BenchAppliance.Connection> connections, String name, long key,
                                  Mechanism mechanism, long ckm) throws Exception {
        int threads = Math.min(connections.size(), Runtime.getRuntime().availableProcessors());
        Sample inProcess = Sample.NONE;
        Sample ntls = Sample.NONE;
        for (int round = 0; round < ROUNDS; round++) {
            inProcess = inProcess.plus(sign.inProcess(key, mechanism, threads));
            ntls = ntls.plus(sign.overNtls(connections, key, ckm));
        }
        return String.format(Locale.ROOT, "| %s | %d | %.0f (%.1f cores) | %.0f (%.1f cores) | **%.2f** | %.2f |",
                name, connections.size(), inProcess.perSecond(), inProcess.cores(), ntls.perSecond(), ntls.cores(),
                ntls.perSecond() / inProcess.perSecond(), ntls.perCpuSecond() / inProcess.perCpuSecond());
    }

    private static void handshakes(BenchAppliance bench, Duration warmup, Duration measure) throws Exception {
        HandshakeLoad load = new HandshakeLoad(bench, warmup, measure, 4);
        try (BareTlsEchoServer bare = new BareTlsEchoServer(bench.serverIdentity(), bench.client.certificate(),
                bench.clock::now)) {
            Sample baseline = Sample.NONE;
            Sample ntls = Sample.NONE;
            for (int round = 0; round < ROUNDS; round++) {
                baseline = baseline.plus(load.against(bare.address()));
                ntls = ntls.plus(load.against(bench.listener.address()));
            }
            System.out.printf(Locale.ROOT, "%nFull TLS handshakes (client certificate, 4 connectors): bare Netty + "
                    + "BCJSSE %.0f/s, NTLS listener %.0f/s, ratio %.2f (per CPU-second %.2f)%n", baseline.perSecond(),
                    ntls.perSecond(), ntls.perSecond() / baseline.perSecond(),
                    ntls.perCpuSecond() / baseline.perCpuSecond());
        }
    }
}
