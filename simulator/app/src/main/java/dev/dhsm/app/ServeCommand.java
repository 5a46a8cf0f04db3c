package dev.dhsm.app;

import dev.dhsm.app.arm.ArmIdentity;
import dev.dhsm.app.arm.ArmService;
import dev.dhsm.app.arm.ArmSettings;
import dev.dhsm.app.control.ControlServer;
import dev.dhsm.app.control.EmulatorControl;
import dev.dhsm.app.control.FleetClock;
import dev.dhsm.model.FleetLayout;
import dev.dhsm.model.Profile;
import dev.dhsm.model.SystemClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dhsm serve}: powers on one emulated appliance, or a fleet of them ({@code --stamps N}), and the HTTPS
 * control API, prints where they listen, and runs until Ctrl-C or SIGTERM, which powers everything off cleanly
 * ({@code dhsm stopped}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = DhsmVersion.class, sortOptions = false,
        description = {"Run one emulated Luna 7 appliance (or a fleet: --stamps) until Ctrl-C or SIGTERM.",
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

    @Option(names = "--ntls-port", paramLabel = "PORT", defaultValue = "1792",
            description = "Port of NTLS, the Luna client protocol (default: ${DEFAULT-VALUE}, as on the real "
                    + "appliance; 0 = any free port).")
    int ntlsPort;

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

    @Option(names = "--stamps", paramLabel = "N",
            description = "Run a fleet: N stamps of 12 customer devices, 2 spares and 1 test device, each on its own "
                    + "loopback address 127.0.1.x with the same ports (default: one appliance on --bind).")
    Integer stamps;

    @Option(names = "--region", paramLabel = "NAME", defaultValue = FleetOptions.DEFAULT_REGION,
            description = "The fleet's Azure region, part of every device id (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--arm-port", paramLabel = "PORT", defaultValue = "8443",
            description = "HTTPS port of the ARM facade and of the control API (/__admin/dhsm/, loopback clients "
                    + "only) (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int armPort;

    @Option(names = "--arm-retry-after", paramLabel = "SECONDS", defaultValue = "10",
            description = "Retry-After the ARM facade sends on long-running operations (default: ${DEFAULT-VALUE}; "
                    + "0 lets SDK clients poll at once).")
    int retryAfter;

    @Option(names = "--arm-allow", paramLabel = "SUBSCRIPTION", split = ",",
            description = "A subscription allowed to create dedicatedHSMs, besides the emulator's own "
                    + "(repeatable; FM-01).")
    List<String> allowedSubscriptions;

    @Option(names = "--arm-hsm-time", paramLabel = "DURATION", defaultValue = "PT2M30S",
            converter = DurationConverter.class,
            description = "How long an HSM takes from CheckingQuota to Succeeded on the emulator's clock "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration hsmTime;

    @Option(names = "--arm-delete-time", paramLabel = "DURATION", defaultValue = "PT40S",
            converter = DurationConverter.class,
            description = "How long deleting an HSM takes (default: ${DEFAULT-VALUE}).")
    Duration deleteTime;

    @Option(names = "--arm-gateway-time", paramLabel = "DURATION", defaultValue = "PT30M",
            converter = DurationConverter.class,
            description = "How long an ExpressRoute gateway stays Updating (default: ${DEFAULT-VALUE}).")
    Duration gatewayTime;

    @Option(names = "--arm-record", paramLabel = "URL",
            description = "Record mode: proxy ARM calls to this endpoint (e.g. https://management.azure.com) and "
                    + "write what it answers as WireMock mappings to <data-dir>/arm-recordings on stop.")
    URI recordTarget;

    ServeCommand(StopSignal stopSignal) {
        this.stopSignal = stopSignal;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        SystemClock clock = new SystemClock();
        NodeOptions options = options().withClock(clock);
        FleetOptions fleetOptions = fleetOptions(options);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArmSettings armSettings = armSettings();
        Fleet fleet = Fleet.start(fleetOptions);
        ControlServer control;
        try {
            FleetClock fleetClock = FleetClock.of(clock);
            ArmService arm = new ArmService(fleetClock, new SystemClock(), new FleetDevicePool(fleet), fleet.region(),
                    armSettings, options.dataDir());
            control = ControlServer.start(new EmulatorControl(fleet, fleetClock, arm), options.bindAddress(),
                    armPort, fleet.homeDirectory(), recordTarget);
        } catch (IOException | RuntimeException e) {
            fleet.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        stopSignal.onStop(() -> {
            control.close();
            fleet.close();
            out.println("dhsm stopped");
            out.flush();
            stopped.countDown();
        });
        Profile actual = fleet.members().get(0).node().appliance().profile();
        if (profile != null && profile != actual) {
            err.println("dhsm: note: --profile " + profile.name().toLowerCase(Locale.ROOT)
                    + " ignored: the saved appliance has profile " + actual.name().toLowerCase(Locale.ROOT));
        }
        fleet.placementNote().ifPresent(note -> err.println("dhsm: note: " + note));
        if (!InetAddress.getByName(options.bindAddress()).isLoopbackAddress()) {
            err.println("dhsm: warning: listening on " + options.bindAddress()
                    + " exposes the emulator and its factory passwords to the network");
        }
        err.flush();
        printBanner(out, fleet, control, options.bindAddress());
        stopped.await();
        return 0;
    }

    private ArmSettings armSettings() {
        if (recordTarget != null && (!"https".equalsIgnoreCase(recordTarget.getScheme())
                || recordTarget.getHost() == null)) {
            throw new ParameterException(spec.commandLine(), "--arm-record takes an https URL, e.g. "
                    + "https://management.azure.com: " + recordTarget);
        }
        List<String> allowed = new ArrayList<>(List.of(ArmIdentity.SUBSCRIPTION));
        if (allowedSubscriptions != null) {
            allowed.addAll(allowedSubscriptions);
        }
        try {
            return new ArmSettings(retryAfter, allowed, hsmTime, deleteTime, gatewayTime);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private FleetOptions fleetOptions(NodeOptions options) {
        if (armPort < 0 || armPort > 65_535) {
            throw new ParameterException(spec.commandLine(), "a port must be 0 to 65535: " + armPort);
        }
        if (stamps == null) {
            return FleetOptions.single(options);
        }
        if (stamps < 1 || stamps > FleetLayout.MAX_STAMPS) {
            throw new ParameterException(spec.commandLine(), "--stamps must be 1 to " + FleetLayout.MAX_STAMPS
                    + " (127.0.1.1-254 hold that many): " + stamps);
        }
        try {
            return FleetOptions.stamps(options, region, stamps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private NodeOptions options() {
        if (ephemeral && dataDir != null) {
            throw new ParameterException(spec.commandLine(), "--ephemeral and --data-dir exclude each other");
        }
        for (int port : new int[] {sshPort, consolePort, ntlsPort}) {
            if (port < 0 || port > 65_535) {
                throw new ParameterException(spec.commandLine(), "a port must be 0 to 65535: " + port);
            }
        }
        Path dir = ephemeral ? null : (dataDir == null ? DEFAULT_DATA_DIR : dataDir).toAbsolutePath().normalize();
        return new NodeOptions(bind, sshPort, consolePort, dir, profile, null, null, null, ntlsPort);
    }

    private static void printBanner(PrintWriter out, Fleet fleet, ControlServer control, String bindOption) {
        List<FleetMember> members = fleet.members();
        ApplianceNode first = members.get(0).node();
        out.printf("dhsm %s: Luna 7 Network HSM, software %s, firmware %s, profile %s%n", DhsmVersion.dhsm(),
                dev.dhsm.model.Versions.SOFTWARE, dev.dhsm.model.Versions.FIRMWARE,
                first.appliance().profile().name().toLowerCase(Locale.ROOT));
        String account = "  account " + first.appliance().profile().adminAccount();
        if (!fleet.options().isFleet()) {
            out.printf(LABEL, "lunash (ssh):", hostPort(first.sshAddress(), bindOption) + account);
            out.printf(LABEL, "serial console:", hostPort(first.consoleAddress(), bindOption));
            out.printf(LABEL, "NTLS:", hostPort(first.ntlsAddress(), bindOption));
        } else {
            printFleet(out, fleet, members, bindOption, account);
        }
        out.printf(LABEL, "ARM:", control.armUri() + "  (az cloud register, Azure SDKs: see docs/arm.md)");
        out.printf(LABEL, "control API:", control.controlUri() + "  (CA certificate " + control.caCertificate()
                + ")");
        out.printf(LABEL, "state:", first.dataDir().map(Path::toString).orElse("ephemeral"));
        out.println("dhsm ready");
        out.flush();
    }

    private static void printFleet(PrintWriter out, Fleet fleet, List<FleetMember> members, String bindOption,
            String account) {
        FleetMember first = members.get(0);
        FleetMember last = members.get(members.size() - 1);
        out.printf(LABEL, "fleet:", "region " + fleet.region() + ", " + fleet.options().stamps() + " stamp"
                + (fleet.options().stamps() == 1 ? "" : "s") + ", " + members.size() + " appliances ("
                + FleetLayout.CUSTOMER_PER_STAMP + " customer, " + FleetLayout.SPARES_PER_STAMP + " spare, "
                + FleetLayout.TEST_PER_STAMP + " test per stamp), " + first.id() + " to " + last.id());
        if (fleet.perDeviceAddress()) {
            out.printf(LABEL, "addresses:", first.sshAddress().getAddress().getHostAddress() + " to "
                    + last.sshAddress().getAddress().getHostAddress() + ", one per appliance, in that order");
            out.printf(LABEL, "lunash (ssh):", "port " + first.sshAddress().getPort() + " on every address"
                    + account);
            out.printf(LABEL, "serial console:", "port " + first.consoleAddress().getPort() + " on every address");
            out.printf(LABEL, "NTLS:", "port " + first.ntlsAddress().getPort() + " on every address");
        } else {
            out.printf(LABEL, "addresses:", hostPort(first.sshAddress(), bindOption).replaceAll(":\\d+$", "")
                    + " for every appliance, ports in fleet order");
            out.printf(LABEL, "lunash (ssh):", ports(members, m -> m.sshAddress()) + account);
            out.printf(LABEL, "serial console:", ports(members, m -> m.consoleAddress()));
            out.printf(LABEL, "NTLS:", ports(members, m -> m.ntlsAddress()));
        }
    }

    private static String ports(List<FleetMember> members, Function<FleetMember, InetSocketAddress> service) {
        int from = service.apply(members.get(0)).getPort();
        int to = service.apply(members.get(members.size() - 1)).getPort();
        return "ports " + from + " to " + to + (to - from == members.size() - 1 ? "" : " (any free ports)");
    }

    /** {@code 127.0.0.1:2222}; a wildcard bind shows as given ({@code 0.0.0.0:2222}), IPv6 in brackets. */
    static String hostPort(InetSocketAddress address, String bindOption) {
        String host = address.getAddress().isAnyLocalAddress() ? bindOption : address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Reads an ISO-8601 duration ({@code PT2M30S}) or a number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
            } catch (RuntimeException e) {
                throw new picocli.CommandLine.TypeConversionException("not a duration (PT2M30S, or seconds): "
                        + value);
            }
        }
    }

    /** Reads {@code azure} or {@code thales}, in any case. */
    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return Profile.parse(value);
        }
    }
}
