package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.Target;
import dev.dhsm.conformance.target.TargetFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * One scenario's view of the appliance under test, created by PicoContainer for each scenario and shared by
 * its step classes: the target (started on first use), the shells the administrator has open, the credentials
 * as they stand after forced password changes, and the last command's response.
 */
public final class World {
    private final TargetFactory factory;
    private Target target;
    private int armStamps;
    private Account admin;
    private String hsmSoPassword;
    private int passwordsChosen;
    private LunashSession shell;
    private ConsoleSession console;
    private LunashResponse last;
    private final List<LunashResponse> history = new ArrayList<>();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    public World() {
        this.factory = TargetFactory.fromEnvironment();
    }

    /**
     * Asks for a target with an Azure Resource Manager endpoint (on the emulator: a fleet of {@code stamps} stamps
     * with the ARM facade); must come before the target starts. Scenarios tagged {@code @arm} ask for it (see {@code ArmSteps}).
     */
    public void wantArm(int stamps) {
        if (target != null) {
            throw new IllegalStateException("the target has started already; ask for ARM before the first step");
        }
        armStamps = stamps;
    }

    /** The target, started at the first step that needs it. */
    public Target target() {
        if (target == null) {
            target = armStamps > 0 ? factory.openWithArm(armStamps) : factory.open();
            admin = target.adminAccount();
        }
        return target;
    }

    /** Skips the scenario (reported as skipped, with the reason) when the target lacks {@code capability}. */
    public void require(Capability capability, String why) {
        Assumptions.assumeTrue(target().has(capability),
                () -> "Skipped: " + target().name() + " lacks " + capability + " (" + why + ")");
    }

    /** Skips the scenario (reported as skipped) with {@code reason}. */
    public void skip(String reason) {
        Assumptions.abort("Skipped on " + target().name() + ": " + reason);
    }

    /** The admin account with its current password and a fresh one ready in case the appliance forces a change. */
    public Account admin() {
        target();
        return admin.withReplacement(choosePassword());
    }

    /** Records the admin's password after a login changed it. */
    public void adminIs(Account account) {
        this.admin = account;
    }

    /** A new appliance password that meets the rules (8+ characters, 3 of 4 classes) and was not used before. */
    public String choosePassword() {
        passwordsChosen++;
        return "Conformance-" + passwordsChosen + "x!";
    }

    /** Logs the administrator in over SSH and makes that the shell commands go to. */
    public LunashSession loginOverSsh() {
        LunashSession s = track(target().openShell(admin()));
        adminIs(s.account());
        shell = s;
        return s;
    }

    /**
     * Logs the administrator in over SSH on another appliance than the target's own (one an ARM deployment handed
     * out) and makes that the shell commands go to.
     */
    public LunashSession loginOverSshAt(dev.dhsm.conformance.target.ApplianceAddress at) {
        LunashSession s = track(target().openShell(at, admin()));
        adminIs(s.account());
        shell = s;
        return s;
    }

    /** The shell the administrator types into: the latest one opened, over SSH unless the console was chosen. */
    public LunashSession shell() {
        if (shell == null) {
            loginOverSsh();
        }
        return shell;
    }

    public void useShell(LunashSession s) {
        shell = s;
    }

    /** The serial console, connected on first use; needs {@link Capability#SERIAL_CONSOLE}. */
    public ConsoleSession console() {
        require(Capability.SERIAL_CONSOLE, "the scenario uses the local serial console");
        if (console == null) {
            console = track(target().openConsole());
        }
        return console;
    }

    /** Runs a command in the current shell and remembers its response. */
    public LunashResponse run(String commandLine, dev.dhsm.conformance.target.Answers answers) {
        LunashResponse r = shell().run(commandLine, answers);
        record(r);
        return r;
    }

    public LunashResponse run(String commandLine) {
        return run(commandLine, dev.dhsm.conformance.target.Answers.none());
    }

    public void record(LunashResponse response) {
        last = response;
        history.add(response);
    }

    /**
     * Runs a command a step needs only to look at the appliance (such as {@code hsm show}): it goes into the
     * transcript but does not become the "last command" that {@code Then the command ...} steps check.
     */
    public LunashResponse observe(String commandLine) {
        LunashResponse r = shell().run(commandLine);
        history.add(r);
        return r;
    }

    /** The response the last step got. */
    public LunashResponse last() {
        if (last == null) {
            throw new IllegalStateException("no command has run yet in this scenario");
        }
        return last;
    }

    public List<LunashResponse> history() {
        return List.copyOf(history);
    }

    public Optional<String> hsmSoPassword() {
        return Optional.ofNullable(hsmSoPassword);
    }

    public void hsmSoPasswordIs(String password) {
        this.hsmSoPassword = password;
    }

    public <T extends AutoCloseable> T track(T resource) {
        opened.push(resource);
        return resource;
    }

    /** Closes shells, the console and the target, newest first. */
    public void close() {
        RuntimeException failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                failure = failure == null ? new IllegalStateException("closing the scenario's sessions failed", e) : failure;
            }
        }
        if (target != null) {
            try {
                target.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
            target = null;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
