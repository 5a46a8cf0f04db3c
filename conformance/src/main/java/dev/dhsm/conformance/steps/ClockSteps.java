package dev.dhsm.conformance.steps;

import dev.dhsm.conformance.target.Capability;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.time.Duration;

/** Time passing on the appliance: on a target with a virtual clock it passes at once; elsewhere the step skips. */
public final class ClockSteps {
    private final World world;

    public ClockSteps(World world) {
        this.world = world;
    }

    @Given("the target's clock can be moved")
    public void clockCanBeMoved() {
        world.require(Capability.VIRTUAL_TIME, "the scenario waits minutes on the appliance clock");
    }

    @When("{int} minute(s) pass(es) on the appliance clock")
    public void minutesPass(int minutes) {
        world.require(Capability.VIRTUAL_TIME, "the scenario waits minutes on the appliance clock");
        world.target().control().orElseThrow(() -> new IllegalStateException(
                world.target().name() + " claims VIRTUAL_TIME but has no control plane"))
                .advanceClock(Duration.ofMinutes(minutes));
    }
}
