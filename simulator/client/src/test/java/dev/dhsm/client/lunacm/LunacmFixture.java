package dev.dhsm.client.lunacm;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.FakeLunaClient;
import dev.dhsm.client.FakePartition;
import dev.dhsm.client.backup.BackupHsm;
import dev.dhsm.client.exchange.DeployRequest;
import dev.dhsm.client.ha.HaClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * LunaCM over a fake client library: partitions in memory, a backup HSM in a temporary directory, a deployer that
 * records what it was asked, and a scripted terminal.
 */
final class LunacmFixture {

    final FakeLunaClient client;
    final List<DeployRequest> deployed = new ArrayList<>();
    final ScriptedIO io = new ScriptedIO();
    final Lunacm lunacm;
    int connects;

    LunacmFixture(Path dir, FakePartition... partitions) {
        this(dir, false, partitions);
    }

    /** With {@code ha}, the fake client sits under the HA layer, configured from the fixture's Chrystoki.conf. */
    LunacmFixture(Path dir, boolean ha, FakePartition... partitions) {
        client = new FakeLunaClient(partitions);
        LunacmEnvironment env = new LunacmEnvironment(InstantSource.fixed(Instant.parse("2026-03-01T10:00:00Z")),
                new SecureRandom(new byte[] {7}), dir.resolve("Chrystoki.conf"), dir);
        LunacmState state = new LunacmState(() -> {
            connects++;
            if (!ha) {
                return client;
            }
            Path conf = dir.resolve("Chrystoki.conf");
            return new HaClient(client, java.nio.file.Files.exists(conf) ? ChrystokiConf.read(conf)
                    : ChrystokiConf.empty(), env.clock());
        }, new BackupHsm(dir.resolve("backup"), "700001"), (request, progress) -> {
            deployed.add(request);
            progress.accept("deployed " + request.clientName());
        }, env);
        lunacm = new Lunacm(state);
    }

    /** Runs one line with scripted answers; answers what was shown. */
    String run(String line, String... answers) {
        io.take();
        io.feed(answers);
        lunacm.execute(io, line);
        return io.take();
    }

    String startup() {
        io.take();
        lunacm.startup(io);
        return io.take();
    }
}
