package dev.dhsm.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Scenarios tagged {@code @arm} ask for a target with its Azure Resource Manager endpoint before it starts (on the
 * emulator: a fleet of stamps behind the ARM facade, instead of one appliance); a failed one gets the ARM requests
 * and answers attached to its report.
 */
public final class ArmHooks {
    public static final String TAG = "@arm";

    private final World world;
    private final ArmWorld arm;

    public ArmHooks(World world, ArmWorld arm) {
        this.world = world;
        this.arm = arm;
    }

    /** Runs before {@link TargetHooks}, which may start the target to check its hazards. */
    @Before(order = -1)
    public void armTarget(Scenario scenario) {
        if (scenario.getSourceTagNames().contains(TAG)) {
            world.wantArm();
        }
    }

    /** Runs before {@link TargetHooks#closeTarget} (later {@code @After} hooks of higher order run first). */
    @After(order = 20000)
    public void attachTranscript(Scenario scenario) {
        String text = arm.transcript();
        if (scenario.isFailed() && !text.isEmpty()) {
            scenario.attach(text, "text/plain", "ARM requests and answers");
        }
    }
}
