package dev.dhsm.app;

import dev.dhsm.model.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dhsm serve}: powers on one emulated appliance, prints where it listens, and runs until Ctrl-C or
 * SIGTERM, which powers it off cleanly ({@code dhsm stopped}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = DhsmVersion.class, sortOptions = false,
        description = {"Run one emulated Luna 7 appliance until Ctrl-C or SIGTERM.",
            "Prints the addresses it listens on, then 'dhsm ready'."})
public final class ServeCommand implements Callable<Integer> {
    static final Path DEFAULT_DATA_DIR = Path.of("dhsm-data");
    private static final String LABEL = "%-19s%s%n";

    private final StopSignal stopSignal;

    @Spec
    CommandSpec spec;

    @Option(names = "--ssh-port", paramLabel = "PORT", defaultValue = "2222",
            description = "Port of lunash over SSH (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int sshPort;

    @Option(names = "--console-port", paramLabel = "PORT", defaultValue = "2323",
            description = "Port of the serial console, raw TCP (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int consolePort;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = NodeOptions.DEFAULT_BIND,
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback exposes the "
                    + "emulator, with its well-known factory passwords, to the network.")
    String bind;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the appliance state lives; it survives restarts and kill -9 (default: ./dhsm-data).")
    Path dataDir;

    @Option(names = "--ephemeral", description = "Keep the state in memory only; it is gone when dhsm stops.")
    boolean ephemeral;

    @Option(names = "--profile", paramLabel = "azure|thales", converter = ProfileConverter.class,
            description = "How a new appliance comes out of the box: azure (the default; admin account "
                    + "tenantadmin) or thales (admin account admin). A saved appliance keeps its profile.")
    Profile profile;

    ServeCommand(StopSignal stopSignal) {
        this.stopSignal = stopSignal;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        NodeOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApplianceNode node = ApplianceNode.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        stopSignal.onStop(() -> {
            node.close();
            out.println("dhsm stopped");
            out.flush();
            stopped.countDown();
        });
        if (profile != null && profile != node.appliance().profile()) {
            err.println("dhsm: note: --profile " + profile.name().toLowerCase(java.util.Locale.ROOT)
                    + " ignored: the saved appliance has profile "
                    + node.appliance().profile().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!InetAddress.getByName(options.bindAddress()).isLoopbackAddress()) {
            err.println("dhsm: warning: listening on " + options.bindAddress()
                    + " exposes the emulator and its factory passwords to the network");
        }
        err.flush();
        printBanner(out, node, options.bindAddress());
        stopped.await();
        return 0;
    }

    private NodeOptions options() {
        if (ephemeral && dataDir != null) {
            throw new ParameterException(spec.commandLine(), "--ephemeral and --data-dir exclude each other");
        }
        for (int port : new int[] {sshPort, consolePort}) {
            if (port < 0 || port > 65_535) {
                throw new ParameterException(spec.commandLine(), "a port must be 0 to 65535: " + port);
            }
        }
        Path dir = ephemeral ? null : (dataDir == null ? DEFAULT_DATA_DIR : dataDir).toAbsolutePath().normalize();
        return new NodeOptions(bind, sshPort, consolePort, dir, profile, null, null, null);
    }

    private static void printBanner(PrintWriter out, ApplianceNode node, String bindOption) {
        out.printf("dhsm %s: Luna 7 Network HSM, software %s, firmware %s, profile %s%n", DhsmVersion.dhsm(),
                dev.dhsm.model.Versions.SOFTWARE, dev.dhsm.model.Versions.FIRMWARE,
                node.appliance().profile().name().toLowerCase(java.util.Locale.ROOT));
        out.printf(LABEL, "lunash (ssh):", hostPort(node.sshAddress(), bindOption) + "  account "
                + node.appliance().profile().adminAccount());
        out.printf(LABEL, "serial console:", hostPort(node.consoleAddress(), bindOption));
        out.printf(LABEL, "state:", node.dataDir().map(Path::toString).orElse("ephemeral"));
        out.println("dhsm ready");
        out.flush();
    }

    /** {@code 127.0.0.1:2222}; a wildcard bind shows as given ({@code 0.0.0.0:2222}), IPv6 in brackets. */
    static String hostPort(InetSocketAddress address, String bindOption) {
        String host = address.getAddress().isAnyLocalAddress() ? bindOption : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Reads {@code azure} or {@code thales}, in any case. */
    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return Profile.parse(value);
        }
    }
}
