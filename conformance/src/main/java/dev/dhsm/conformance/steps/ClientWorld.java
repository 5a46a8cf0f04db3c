package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.ApplicationResult;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.ClientApplication;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunacmSession;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario's view of the target's client host, created by PicoContainer for each scenario next to its
 * {@link World}: the LunaCM process (started on first use and closed with the scenario), the last LunaCM command's
 * response, the application's last result, and everything both did, for the report of a failed scenario.
 */
public final class ClientWorld {
    private final World world;
    private LunacmSession lunacm;
    private LunacmResponse last;
    private ApplicationResult lastResult;
    private final List<String> transcript = new ArrayList<>();

    public ClientWorld(World world) {
        this.world = world;
    }

    /** The LunaCM process, started on first use; needs {@link Capability#LUNACM}. */
    public LunacmSession lunacm() {
        requireClientHost();
        if (lunacm == null) {
            lunacm = world.track(world.target().lunacm());
            transcript.add(lunacm.startupText());
        }
        return lunacm;
    }

    /** Skips the scenario when the target has no client host. */
    public void requireClientHost() {
        world.require(Capability.LUNACM, "the scenario uses LunaCM and the Luna client library on a client host");
    }

    /** Runs a LunaCM command and makes its response the one {@code Then the LunaCM command ...} checks. */
    public LunacmResponse run(String commandLine, Answers answers) {
        last = observe(commandLine, answers);
        return last;
    }

    public LunacmResponse run(String commandLine) {
        return run(commandLine, Answers.none());
    }

    /** Runs a LunaCM command a step needs only for itself: it goes into the transcript only. */
    public LunacmResponse observe(String commandLine, Answers answers) {
        LunacmResponse r = lunacm().run(commandLine, answers);
        transcript.add("lunacm:> " + commandLine + "\n" + r.text());
        return r;
    }

    public LunacmResponse last() {
        if (last == null) {
            throw new IllegalStateException("no LunaCM command has run yet in this scenario");
        }
        return last;
    }

    /** The PKCS#11 application on the client host. */
    public ClientApplication application() {
        requireClientHost();
        try {
            return world.target().application();
        } catch (UnsupportedOperationException e) {
            world.skip("the scenario makes and uses keys through a PKCS#11 application: " + e.getMessage());
            throw e;
        }
    }

    public ApplicationResult record(ApplicationResult result) {
        lastResult = result;
        transcript.add("application: " + result.describe() + "\n");
        return result;
    }

    public ApplicationResult lastResult() {
        if (lastResult == null) {
            throw new IllegalStateException("the application has not run yet in this scenario");
        }
        return lastResult;
    }

    /** What LunaCM and the application did, in order. */
    public String transcript() {
        return String.join("\n", transcript);
    }
}
