package dev.dhsm.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

/**
 * Scenarios tagged {@code @arm} ask for a target with its Azure Resource Manager endpoint before it starts (on the
 * emulator: a fleet of stamps behind the ARM facade, instead of one appliance; {@code @stamps-N} for N stamps); a
 * failed one gets the ARM requests and answers attached to its report.
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
            world.wantArm(stamps(scenario));
        }
    }

    /** {@code @stamps-N} asks for N stamps (FM-06, FM-07 use two); one otherwise, as each costs 15 appliances. */
    static int stamps(Scenario scenario) {
        for (String tag : scenario.getSourceTagNames()) {
            if (tag.matches("@stamps-[1-9]")) {
                return Integer.parseInt(tag.substring(8));
            }
        }
        return 1;
    }

    /**
     * Runs before {@link TargetHooks#closeTarget} ({@code @After} hooks of higher order run first): on a real
     * subscription removes the scenario's HSMs and resource group (a leftover fails the scenario, since it is
     * billed), then attaches the ARM transcript of a failed scenario.
     */
    @After(order = 20000)
    public void cleanUpAndAttach(Scenario scenario) {
        java.util.List<String> left = arm.removeWhatTheScenarioCreated();
        String text = arm.transcript();
        if ((scenario.isFailed() || !left.isEmpty()) && !text.isEmpty()) {
            scenario.attach(text, "text/plain", "ARM requests and answers");
        }
        if (!left.isEmpty()) {
            throw new AssertionError("Resources the scenario created are still in the subscription: " + left);
        }
    }
}
