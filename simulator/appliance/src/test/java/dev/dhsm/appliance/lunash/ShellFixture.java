package dev.dhsm.appliance.lunash;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.Channel;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.ShellSession;
import dev.dhsm.model.StateSink;

/** A factory-fresh Azure appliance in memory, a logged-in admin session and a scripted terminal. */
final class ShellFixture {
    final ManualClock clock = ManualClock.startingAt("2026-03-01T10:00:00Z");
    final FakeFileArea files = new FakeFileArea();
    final Appliance appliance = Appliance.factoryNew(ApplianceConfig.azure("hsm1", "572413"), clock,
            StateSink.NONE, files);
    final Lunash lunash = new Lunash(appliance);
    final ScriptedIO io = new ScriptedIO();
    final ShellSession session;

    ShellFixture() {
        this(Channel.SSH);
    }

    ShellFixture(Channel channel) {
        session = appliance.login("tenantadmin", "PASSWORD", channel, "127.0.0.1/50000").session().orElseThrow();
    }

    /** Runs one command, answering its prompts with {@code answers}; returns what it printed. */
    String run(String line, String... answers) {
        io.take();
        io.feed(answers);
        lunash.execute(session, io, line);
        return io.take();
    }

    /** Initializes the HSM and logs the SO in. */
    ShellFixture initialized() {
        run("hsm init -label HSM1 -password SOpassw0rd -domain dom1 -force");
        run("hsm login -password SOpassw0rd");
        return this;
    }
}
