package dev.dhsm.conformance.target.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dhsm.conformance.driver.ClientHost;
import dev.dhsm.conformance.driver.ConsoleDriver;
import dev.dhsm.conformance.driver.FollowingClock;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.TargetFile;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code dhsm serve} running elsewhere, reached as a client would reach a real appliance (lunash over SSH, the
 * serial console over TCP, NTLS from an emulated client host in this process) plus its HTTPS control API for what
 * only an emulator offers: the clock, faults, support actions, and a reset to factory state before every scenario.
 * It has one appliance, so scenarios run on it one at a time.
 */
public final class RemoteEmulatorTarget implements Target {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long CLIENT_SEED = 20260105L;
    private static final Set<Capability> CAPABILITIES = EnumSet.of(Capability.VIRTUAL_TIME, Capability.FAULTS,
            Capability.RESET, Capability.GUARDED_OK, Capability.DESTRUCTIVE_OK, Capability.SERIAL_CONSOLE,
            Capability.LUNACM, Capability.BACKUP_HSM, Capability.SUPPORT);

    private final TargetFile file;
    private final String label;
    private final String applianceId;
    private final InetSocketAddress sshAddress;
    private final InetSocketAddress consoleAddress;
    private final InetSocketAddress ntlsAddress;
    private final SshEndpoint ssh;
    private final FollowingClock clock;
    private final RemoteControl control;
    private ClientHost clientHost;

    private RemoteEmulatorTarget(TargetFile file, ControlApiClient api, JsonNode appliance, Optional<String> hostOverride) {
        this.file = file;
        this.label = file.name();
        this.applianceId = appliance.path("id").asText();
        this.sshAddress = address(appliance, "ssh", hostOverride);
        this.consoleAddress = address(appliance, "console", hostOverride);
        this.ntlsAddress = address(appliance, "ntls", hostOverride);
        this.clock = FollowingClock.at(Instant.parse(api.get("clock").path("now").asText()));
        this.control = new RemoteControl(api, applianceId, clock::follow);
        this.ssh = new SshEndpoint(sshAddress, TIMEOUT);
    }

    /**
     * Connects to the emulator the target file names and resets its fleet to factory state, so the scenario starts
     * on a fresh appliance as it does in process.
     */
    public static RemoteEmulatorTarget connect(TargetFile file) {
        TargetFile.ControlSection section = file.control().orElseThrow(
                () -> new TargetException("a remote-emulator target needs a control section"));
        ControlApiClient api = new ControlApiClient(URI.create(section.url()), section.caFile(), TIMEOUT);
        api.post("reset", "");
        JsonNode appliances = api.get("appliances").path("appliances");
        JsonNode chosen = null;
        for (JsonNode a : appliances) {
            if (section.appliance().map(id -> id.equals(a.path("id").asText())).orElse(true)) {
                chosen = a;
                break;
            }
        }
        if (chosen == null) {
            throw new TargetException("the emulator at " + section.url() + " has no appliance "
                    + section.appliance().orElse("at all"));
        }
        return new RemoteEmulatorTarget(file, api, chosen, section.host());
    }

    private static InetSocketAddress address(JsonNode appliance, String field, Optional<String> hostOverride) {
        String hostPort = appliance.path(field).asText();
        int colon = hostPort.lastIndexOf(':');
        if (colon < 0) {
            throw new TargetException("the control API gave no " + field + " address for " + appliance.path("id").asText());
        }
        String host = hostOverride.orElse(hostPort.substring(0, colon));
        return new InetSocketAddress(host, Integer.parseInt(hostPort.substring(colon + 1)));
    }

    @Override
    public String name() {
        return "remote-emulator " + label + " (" + applianceId + ", ssh " + sshAddress
                + ", ntls " + ntlsAddress + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Account adminAccount() {
        return Account.of("tenantadmin", "PASSWORD");
    }

    @Override
    public Account recoverAccount() {
        return Account.of("recover", "PASSWORD");
    }

    @Override
    public String auditorPassword() {
        return "PASSWORD";
    }

    @Override
    public LunashSession openShell(Account who) {
        return ssh.openShell(who);
    }

    @Override
    public ConsoleSession openConsole() {
        return ConsoleDriver.connect(consoleAddress, TIMEOUT, "\r");
    }

    @Override
    public ApplianceAddress address() {
        return new ApplianceAddress(sshAddress.getHostString(), sshAddress.getPort(), ntlsAddress.getPort());
    }

    @Override
    public LunacmSession lunacm() {
        return clientHost().lunacm();
    }

    @Override
    public ClientApplication application() {
        return clientHost().application();
    }

    private synchronized ClientHost clientHost() {
        if (clientHost == null) {
            clientHost = ClientHost.create(clock, CLIENT_SEED, LunacmSession.DEFAULT_TIMEOUT);
        }
        return clientHost;
    }

    @Override
    public TargetFile.Expectations intended() {
        return file.expect();
    }

    @Override
    public Optional<EmulatorControl> control() {
        return Optional.of(control);
    }

    @Override
    public void close() {
        try (SshEndpoint s = ssh) {
            if (clientHost != null) {
                clientHost.close();
            }
        }
    }
}
