package dev.dhsm.client.lunacm;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.LunaClient;
import dev.dhsm.client.UnconfiguredClient;
import dev.dhsm.client.backup.BackupHsm;
import dev.dhsm.client.exchange.CertificateExchange;
import dev.dhsm.client.ha.HaClient;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code lunacm} program: {@code lunacm} alone is the interactive shell, {@code lunacm -c <command>} runs one
 * command after the banner and slot listing, {@code lunacm -q <command>} runs it quietly (its output and result line
 * only), with prompts answered from standard input. The configuration is {@code Chrystoki.conf} in the directory
 * named by {@code ChrystokiConfigurationPath} (as the real client), else {@code /etc/Chrystoki.conf}; dhsm adds
 * {@code -conf <file>} to name it directly. The client's certificates live beside it.
 */
public final class LunaCm {

    /** The environment variable the Luna client reads its configuration directory from. */
    public static final String CONF_PATH_VARIABLE = "ChrystokiConfigurationPath";
    private static final String CONF_NAME = "Chrystoki.conf";

    private LunaCm() {
    }

    /** Runs lunacm with the process environment; answers the exit status (0, or 1 after a failed command). */
    public static int run(String[] args, InputStream in, PrintStream out) {
        return run(args, in, out, System.getenv());
    }

    /** Runs lunacm with the given environment variables. */
    public static int run(String[] args, InputStream in, PrintStream out, Map<String, String> env) {
        Invocation call;
        try {
            call = Invocation.parse(args, env);
        } catch (UsageException e) {
            out.println("Error: " + e.getMessage());
            out.println("Usage: lunacm [-conf <Chrystoki.conf>] [-c <command> | -q <command>]");
            return 2;
        }
        LunacmEnvironment environment = new LunacmEnvironment(InstantSource.system(), new SecureRandom(),
                call.confFile(), call.confFile().toAbsolutePath().getParent());
        try (LunacmState state = state(environment)) {
            Lunacm lunacm = new Lunacm(state);
            boolean terminal = call.command() == null && in == System.in && out == System.out
                    && System.console() != null;
            if (terminal) {
                try (JlineShellIO io = JlineShellIO.system()) {
                    lunacm.runShell(io);
                }
                return 0;
            }
            ShellIO io = new StreamShellIO(in, out);
            if (call.command() == null) {
                lunacm.runShell(io);
                return 0;
            }
            if (!call.quiet()) {
                lunacm.startup(io);
            }
            return lunacm.execute(io, call.command()) == 0 ? 0 : 1;
        }
    }

    /** The LunaCM state for a configuration file: the client library, the backup HSM, the certificate exchange. */
    public static LunacmState state(LunacmEnvironment environment) {
        Path confFile = environment.confFile();
        Supplier<LunaClient> connector = () -> {
            if (!Files.exists(confFile)) {
                return new UnconfiguredClient();
            }
            ChrystokiConf conf = ChrystokiConf.read(confFile);
            return conf.servers().isEmpty() ? new UnconfiguredClient()
                    : HaClient.start(conf, environment.clock());
        };
        BackupHsm backup = null;
        if (Files.exists(confFile)) {
            ChrystokiConf conf = ChrystokiConf.read(confFile);
            if (conf.backupDirectory().isPresent()) {
                backup = new BackupHsm(conf.backupDirectory().get(), conf.backupSerial());
            }
        }
        return new LunacmState(connector, backup, new CertificateExchange(environment.clock(), environment.random()),
                environment);
    }

    /** What the command line asked for. */
    private record Invocation(Path confFile, String command, boolean quiet) {

        static Invocation parse(String[] args, Map<String, String> env) {
            Path conf = defaultConf(env);
            List<String> rest = new ArrayList<>(List.of(args));
            if (rest.size() >= 2 && rest.get(0).equalsIgnoreCase("-conf")) {
                conf = Path.of(rest.get(1));
                rest = rest.subList(2, rest.size());
            }
            if (rest.isEmpty()) {
                return new Invocation(conf, null, false);
            }
            String mode = rest.get(0).toLowerCase(java.util.Locale.ROOT);
            if ((!mode.equals("-c") && !mode.equals("-q")) || rest.size() < 2) {
                throw new UsageException("unexpected arguments: " + String.join(" ", rest));
            }
            return new Invocation(conf, commandLine(rest.subList(1, rest.size())), mode.equals("-q"));
        }

        private static Path defaultConf(Map<String, String> env) {
            String dir = env.get(CONF_PATH_VARIABLE);
            return dir == null || dir.isBlank() ? Path.of("/etc", CONF_NAME) : Path.of(dir, CONF_NAME);
        }

        /** The words joined again, quoting those that hold blanks. */
        private static String commandLine(List<String> words) {
            List<String> quoted = new ArrayList<>();
            for (String w : words) {
                quoted.add(w.contains(" ") || w.isEmpty() ? "\"" + w + "\"" : w);
            }
            return String.join(" ", quoted);
        }
    }
}
