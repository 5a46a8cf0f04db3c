package dev.dhsm.conformance.target.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Hazard;
import org.junit.jupiter.api.Test;

/** Design rule 8, every combination: which hazards run on which target with which flags. */
class HazardGateTest {
    /** Runs (true) or is refused (false), for each target, disposable, allow-guarded, allow-destructive and hazard. */
    private static boolean runs(TargetKind kind, boolean disposable, boolean guarded, boolean destructive, Hazard h) {
        return new HazardGate(kind, disposable, guarded, destructive).refusal(h).isEmpty();
    }

    @Test
    void emulatorsRunEverything() {
        for (TargetKind kind : new TargetKind[] {TargetKind.EMULATOR, TargetKind.REMOTE_EMULATOR}) {
            for (Hazard h : Hazard.values()) {
                assertTrue(runs(kind, false, false, false, h), kind + " " + h);
            }
        }
    }

    @Test
    void onAnApplianceOnlyReadsRunWithoutFlags() {
        for (boolean disposable : new boolean[] {false, true}) {
            assertTrue(runs(TargetKind.APPLIANCE, disposable, false, false, Hazard.SAFE));
            assertEquals(false, runs(TargetKind.APPLIANCE, disposable, false, false, Hazard.GUARDED));
            assertEquals(false, runs(TargetKind.APPLIANCE, disposable, false, false, Hazard.DESTRUCTIVE));
        }
    }

    @Test
    void guardedNeedsAllowGuarded() {
        assertTrue(runs(TargetKind.APPLIANCE, false, true, false, Hazard.GUARDED));
        assertEquals(false, runs(TargetKind.APPLIANCE, true, false, true, Hazard.GUARDED));
        assertTrue(new HazardGate(TargetKind.APPLIANCE, false, false, false).refusal(Hazard.GUARDED).orElseThrow()
                .contains("--allow-guarded"));
    }

    @Test
    void destructiveNeedsBothTheFlagAndADisposableDevice() {
        assertTrue(runs(TargetKind.APPLIANCE, true, false, true, Hazard.DESTRUCTIVE));
        assertEquals(false, runs(TargetKind.APPLIANCE, false, true, true, Hazard.DESTRUCTIVE));
        assertEquals(false, runs(TargetKind.APPLIANCE, true, true, false, Hazard.DESTRUCTIVE));
        assertTrue(new HazardGate(TargetKind.APPLIANCE, false, true, true).refusal(Hazard.DESTRUCTIVE).orElseThrow()
                .contains("disposable: true"));
        assertTrue(new HazardGate(TargetKind.APPLIANCE, true, true, false).refusal(Hazard.DESTRUCTIVE).orElseThrow()
                .contains("--allow-destructive"));
    }
}
