package dev.dhsm.conformance.driver;

import dev.dhsm.client.lunacm.LunaCm;
import dev.dhsm.client.lunacm.Lunacm;
import dev.dhsm.client.lunacm.LunacmEnvironment;
import dev.dhsm.client.lunacm.LunacmState;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;

/**
 * dhsm's LunaCM language ({@code dev.dhsm.client.lunacm}) run in this process as {@code lunacm} runs it: the same
 * state built from the client host's {@code Chrystoki.conf} (client library over real NTLS, the Backup HSM, the
 * certificate exchange over real SSH), one command per call on the driver's own thread, each bounded by a deadline,
 * its questions answered by a {@link LunacmTerminal}. A process driver for the real {@code lunacm} binary would
 * implement {@link LunacmSession} over its standard streams with the same answers.
 */
public final class InProcessLunacm implements LunacmSession {
    private final LunacmState state;
    private final Lunacm lunacm;
    private final Duration timeout;
    private final BoundedCall thread = new BoundedCall("dhsm-conformance-lunacm");
    private final String startup;

    private InProcessLunacm(LunacmEnvironment environment, Duration timeout) {
        this.state = LunaCm.state(environment);
        this.lunacm = new Lunacm(state);
        this.timeout = timeout;
        LunacmTerminal terminal = new LunacmTerminal(Answers.none());
        try {
            this.startup = thread.call(() -> {
                lunacm.startup(terminal);
                return terminal.text();
            }, timeout, "LunaCM's startup", terminal::text);
        } catch (RuntimeException e) {
            thread.close();
            state.close();
            throw e;
        }
    }

    /** Starts LunaCM on the client host described by {@code environment}. */
    public static InProcessLunacm start(LunacmEnvironment environment, Duration timeout) {
        return new InProcessLunacm(environment, timeout);
    }

    @Override
    public String startupText() {
        return startup;
    }

    @Override
    public LunacmResponse run(String commandLine, Answers answers) {
        LunacmTerminal terminal = new LunacmTerminal(answers);
        thread.call(() -> lunacm.execute(terminal, commandLine), timeout, "LunaCM '" + commandLine + "'",
                terminal::text);
        terminal.unanswered().ifPresent(prompt -> {
            throw new TargetException("LunaCM '" + commandLine + "' asked '" + prompt
                    + "' and the step supplied no answer; output so far:\n" + terminal.text().indent(4));
        });
        return LunacmResponse.parse(commandLine, terminal.text());
    }

    @Override
    public void close() {
        try {
            thread.call(() -> {
                state.close();
                return null;
            }, timeout, "closing LunaCM", () -> "");
        } finally {
            thread.close();
        }
    }
}
