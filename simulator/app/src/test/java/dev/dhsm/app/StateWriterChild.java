package dev.dhsm.app;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ManualClock;
import java.nio.file.Path;

/**
 * The process that {@link KillDashNineTest} kills: an appliance that records numbered changes through a
 * {@link FileStateStore} and prints {@code ack N} once the change has been saved.
 */
public final class StateWriterChild {
    private StateWriterChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int changes = Integer.parseInt(args[1]);
        Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"),
                ManualClock.startingAt("2025-03-01T10:00:00Z"), new FileStateStore(dataDir), new FakeFileArea());
        System.out.println("ready");
        System.out.flush();
        for (int i = 1; i <= changes; i++) {
            String message = KillDashNineTest.change(i);
            appliance.run(tx -> tx.syslog().ntls("info", message));
            System.out.println("ack " + i);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
    }
}
