package dev.dhsm.appliance.ntls.bench;

import dev.dhsm.model.Mechanism;
import dev.dhsm.wire.pkcs11.Ckm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A steady NTLS load to profile the listener under (for example with {@code -XX:StartFlightRecording}, or
 * {@code jcmd <pid> GC.class_histogram}): ECDSA P-256 or RSA-2048 signatures over NTLS, or idle sessions held open.
 *
 * <p>Arguments: {@code [ecdsa|rsa|idle, default ecdsa] [sessions, default 8] [seconds, default 20] [ntls|inprocess,
 * default ntls]}; in-process signs on one thread per session instead, for comparison.
 */
public final class NtlsProfileLoad {

    private NtlsProfileLoad() {
    }

    public static void main(String[] args) throws Exception {
        String load = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "ecdsa";
        boolean rsa = load.equals("rsa");
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Duration length = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
        try (BenchAppliance bench = new BenchAppliance()) {
            if (load.equals("idle")) {
                IdleSessions.Result held = new IdleSessions(bench).open(sessions, 16, length);
                System.out.printf(Locale.ROOT, "%d idle sessions: %.1f KB of heap each%n", held.connections(),
                        held.perSessionKb());
                return;
            }
            List<BenchAppliance.Connection> connections = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                connections.add(bench.open(true));
            }
            boolean inProcess = args.length > 3 && args[3].equalsIgnoreCase("inprocess");
            SignLoad sign = new SignLoad(bench, Duration.ofSeconds(1), length);
            ThreadCpu cpu = new ThreadCpu();
            Sample sample = inProcess
                    ? sign.inProcess(rsa ? bench.rsaKey : bench.ecKey,
                            rsa ? Mechanism.SHA256_RSA_PKCS : Mechanism.ECDSA_SHA256, sessions)
                    : sign.overNtls(connections, rsa ? bench.rsaKey : bench.ecKey,
                            rsa ? Ckm.SHA256_RSA_PKCS : Ckm.ECDSA_SHA256);
            cpu.since().forEach((group, millis) -> System.out.printf(Locale.ROOT, "  %-32s %6d ms CPU%n", group,
                    millis));
            System.out.printf(Locale.ROOT, "%s %s, %d sessions: %.0f/s on %.1f cores, %.0f per CPU-second%n",
                    rsa ? "RSA-2048" : "ECDSA P-256", inProcess ? "in-process" : "over NTLS", sessions, sample.perSecond(), sample.cores(),
                    sample.perCpuSecond());
        }
    }
}
