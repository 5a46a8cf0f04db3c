package dev.dhsm.conformance.steps;

import static dev.dhsm.conformance.steps.LunacmSteps.requireSuccess;

import dev.dhsm.conformance.lunacm.SlotListReport;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.LunacmResponse;

/** The Luna Backup HSM's slot as LunaCM lists it now (slots renumber when an appliance drops out of the list). */
final class BackupHsmSlot {
    private final World world;
    private final ClientWorld client;

    BackupHsmSlot(World world, ClientWorld client) {
        this.world = world;
        this.client = client;
    }

    /** The slot number; skips the scenario on a target without a Backup HSM. */
    long id() {
        world.require(Capability.BACKUP_HSM, "the scenario backs a partition up to a Luna Backup HSM");
        LunacmResponse r = client.observe("slot list", Answers.none());
        requireSuccess(r);
        return SlotListReport.parse(r.text()).backupHsm().orElseThrow(() -> new AssertionError(
                "The target claims a Backup HSM but LunaCM lists none; " + r.describe())).slotId();
    }
}
