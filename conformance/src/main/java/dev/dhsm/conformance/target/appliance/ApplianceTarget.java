package dev.dhsm.conformance.target.appliance;

import dev.dhsm.conformance.catalogue.Hazard;
import dev.dhsm.conformance.driver.ProcessLunacm;
import dev.dhsm.conformance.driver.RealTimePacing;
import dev.dhsm.conformance.driver.SshEndpoint;
import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.ApplianceAddress;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.ArmNetworkNames;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.EmulatorControl;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.HazardGate;
import dev.dhsm.conformance.target.file.TargetFile;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A real Luna 7 Network HSM: lunash over SSH with the admin account whose password the environment holds, the
 * real {@code lunacm} binary on this machine (when the target file names it) for partition-level steps, and no
 * control plane, no serial console and no clock to move. Guarded and destructive scenarios run only as the
 * {@link HazardGate} allows; commands may name only the partitions the file lists.
 */
public final class ApplianceTarget implements Target {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TargetFile file;
    private final TargetFile.SshSection sshSection;
    private final HazardGate gate;
    private final Map<String, String> environment;
    private final SshEndpoint ssh;
    private final List<String> lunacmCommand;

    ApplianceTarget(TargetFile file, HazardGate gate, Map<String, String> environment, List<String> lunacmCommand) {
        this.file = file;
        this.sshSection = file.ssh().orElseThrow(() -> new TargetException("an appliance target needs an ssh section"));
        this.gate = gate;
        this.environment = environment;
        this.lunacmCommand = lunacmCommand;
        this.ssh = new SshEndpoint(new InetSocketAddress(sshSection.host(), sshSection.port()), TIMEOUT);
    }

    /** Connects to the appliance the file describes; secrets come from the process environment. */
    public static ApplianceTarget connect(TargetFile file, HazardGate gate) {
        List<String> lunacm = file.lunacm().map(l -> List.of(l.binary().toString())).orElse(List.of());
        return new ApplianceTarget(file, gate, System.getenv(), lunacm);
    }

    /** The same, with LunaCM started by {@code lunacmCommand} (for example {@code java ... dhsm lunacm}). */
    public static ApplianceTarget connect(TargetFile file, HazardGate gate, Map<String, String> environment,
            List<String> lunacmCommand) {
        return new ApplianceTarget(file, gate, environment, lunacmCommand);
    }

    private String secret(String variable, String what) {
        String value = environment.get(variable);
        if (value == null || value.isEmpty()) {
            throw new TargetException("the target file says " + what + " is in the environment variable " + variable
                    + ", which is not set");
        }
        return value;
    }

    @Override
    public String name() {
        return "appliance " + file.name() + " (ssh " + sshSection.account() + "@" + sshSection.host() + ":"
                + sshSection.port() + (file.disposable() ? ", disposable" : "") + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> caps = EnumSet.noneOf(Capability.class);
        if (!lunacmCommand.isEmpty()) {
            caps.add(Capability.LUNACM);
        }
        if (file.arm().isPresent()) {
            caps.add(Capability.ARM);
        }
        if (gate.refusal(Hazard.GUARDED).isEmpty()) {
            caps.add(Capability.GUARDED_OK);
        }
        if (gate.refusal(Hazard.DESTRUCTIVE).isEmpty()) {
            caps.add(Capability.DESTRUCTIVE_OK);
        }
        return caps;
    }

    @Override
    public Optional<String> hazardRefusal(Hazard hazard) {
        return gate.refusal(hazard);
    }

    @Override
    public Account adminAccount() {
        return Account.of(sshSection.account(), secret(sshSection.passwordEnv(), "the admin password"));
    }

    @Override
    public Account recoverAccount() {
        throw new UnsupportedOperationException("the recover account works only on the serial console, which "
                + name() + " does not offer");
    }

    @Override
    public String auditorPassword() {
        String variable = sshSection.auditorPasswordEnv().orElseThrow(() -> new TargetException(
                "the scenario needs the Auditor's password: add 'ssh.auditorPasswordEnv' to the target file"));
        return secret(variable, "the Auditor's password");
    }

    @Override
    public LunashSession openShell(Account who) {
        return new PartitionFence(ssh.openShell(who), file.partitions());
    }

    @Override
    public ConsoleSession openConsole() {
        throw new UnsupportedOperationException(name() + " has no serial console the suite can reach");
    }

    @Override
    public ApplianceAddress address() {
        return new ApplianceAddress(sshSection.host(), sshSection.port(), file.ntlsPort());
    }

    @Override
    public LunacmSession lunacm() {
        if (lunacmCommand.isEmpty()) {
            throw new UnsupportedOperationException("the target file names no lunacm binary");
        }
        Path conf = file.lunacm().map(TargetFile.LunacmSection::chrystokiConf)
                .orElseThrow(() -> new UnsupportedOperationException("the target file names no Chrystoki.conf"));
        return ProcessLunacm.start(lunacmCommand, conf, LunacmSession.DEFAULT_TIMEOUT);
    }

    /**
     * The subscription the target file's {@code arm} section names, on Azure's ARM endpoint (or the one it names)
     * with the JVM's default trust, a token from the variable it names or from the Azure CLI, and real-time polling.
     * Only read-only ARM checks run: creating resources ({@code ARM_DEPLOYMENTS}) is never offered here.
     */
    @Override
    public Optional<ArmEndpoint> arm() {
        return file.arm().map(a -> new ArmEndpoint(URI.create(a.endpoint()), Optional.empty(), a.subscription(),
                required(a.tenant(), "tenant"), required(a.location(), "location"),
                a.tokenEnv().<ArmCredential>map(ArmCredential.FromEnvironment::new)
                        .orElseGet(() -> new ArmCredential.AzureCli(ArmCredential.AzureCli.MANAGEMENT)),
                new RealTimePacing(Duration.ofMinutes(30)),
                new ArmNetworkNames(a.resourceGroup(), required(a.virtualNetwork(), "virtualNetwork"),
                        required(a.hsmSubnet(), "hsmSubnet"), required(a.gateway(), "gateway"),
                        required(a.addressSpace(), "addressSpace"), required(a.hsmSubnetRange(), "hsmSubnetRange"))));
    }

    private static String required(Optional<String> value, String key) {
        return value.orElseThrow(() -> new TargetException("the ARM checks need 'arm." + key + "' in the target file"));
    }

    @Override
    public ClientApplication application() {
        throw new UnsupportedOperationException(name() + " has no PKCS#11 test application on its client host");
    }

    @Override
    public TargetFile.Expectations intended() {
        return file.expect();
    }

    @Override
    public Optional<EmulatorControl> control() {
        return Optional.empty();
    }

    @Override
    public void close() {
        ssh.close();
    }
}
