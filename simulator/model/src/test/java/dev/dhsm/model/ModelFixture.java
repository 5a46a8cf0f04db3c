package dev.dhsm.model;

import java.util.concurrent.atomic.AtomicInteger;

/** A factory-fresh Azure appliance with a manual clock, a counting state sink and an SSH admin session. */
final class ModelFixture {
    static final String SO_PASSWORD = "SOpassw0rd";

    final ManualClock clock = ManualClock.startingAt("2026-03-01T10:00:00Z");
    final AtomicInteger saves = new AtomicInteger();
    final FakeFileArea files = new FakeFileArea();
    final Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock,
            state -> saves.incrementAndGet(), files);
    final ShellSession ssh = login(Channel.SSH);

    ShellSession login(Channel channel) {
        return appliance.login("tenantadmin", "PASSWORD", channel, "127.0.0.1/1").session().orElseThrow();
    }

    ModelFixture initialized() {
        appliance.run(tx -> tx.hsm().hardInit(ssh, "HSM1", SO_PASSWORD, "dom1"));
        appliance.run(tx -> tx.hsm().login(ssh, SO_PASSWORD));
        return this;
    }

    LunaError failure(Runnable r) {
        try {
            r.run();
        } catch (LunaException e) {
            return e.error();
        }
        throw new AssertionError("expected a LunaException");
    }
}
