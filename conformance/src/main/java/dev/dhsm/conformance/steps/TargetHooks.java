package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.LunashResponse;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Design rule 8 at run time: a {@code @destructive} or {@code @guarded} scenario runs only on a target that
 * declares itself disposable for it (skipped otherwise); and each scenario's sessions and target are closed
 * after it, with the transcript attached to the report when it failed.
 */
public final class TargetHooks {
    private final World world;

    public TargetHooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void guardHazards(Scenario scenario) {
        if (scenario.getSourceTagNames().contains("@destructive")) {
            world.require(Capability.DESTRUCTIVE_OK, "the scenario is @destructive and the target is not disposable");
        }
        if (scenario.getSourceTagNames().contains("@guarded")) {
            world.require(Capability.GUARDED_OK, "the scenario is @guarded and the target has not opted in");
        }
    }

    @After
    public void closeTarget(Scenario scenario) {
        try {
            if (scenario.isFailed()) {
                StringBuilder transcript = new StringBuilder();
                for (LunashResponse r : world.history()) {
                    transcript.append("lunash:> ").append(r.command()).append('\n').append(r.text()).append('\n');
                }
                scenario.attach(transcript.toString(), "text/plain", "lunash transcript");
            }
        } finally {
            world.close();
        }
    }
}
