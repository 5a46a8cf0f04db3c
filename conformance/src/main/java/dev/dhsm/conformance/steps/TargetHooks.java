package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.catalogue.Hazard;
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
    private final ClientWorld client;

    public TargetHooks(World world, ClientWorld client) {
        this.world = world;
        this.client = client;
    }

    @Before(order = 0)
    public void guardHazards(Scenario scenario) {
        Hazard hazard = scenario.getSourceTagNames().contains("@destructive") ? Hazard.DESTRUCTIVE
                : scenario.getSourceTagNames().contains("@guarded") ? Hazard.GUARDED : Hazard.SAFE;
        world.target().hazardRefusal(hazard).ifPresent(reason -> world.skip(reason));
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
                String clientSide = client.transcript();
                if (!clientSide.isEmpty()) {
                    scenario.attach(clientSide, "text/plain", "LunaCM and application transcript");
                }
            }
        } finally {
            world.close();
        }
    }
}
