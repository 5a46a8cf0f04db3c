package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dhsm.model.Channel;
import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.LoginOutcome;
import dev.dhsm.model.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetTest {
    private final ManualClock clock = ManualClock.startingAt("2026-01-05T09:00:00Z");

    @TempDir
    Path dataDir;

    private NodeOptions ephemeral() {
        return NodeOptions.ephemeral().withAnyFreePorts().withClock(clock);
    }

    @Test
    void oneStampIsFifteenAppliancesOnTheirOwnAddressesAllOnTheSamePorts() throws IOException {
        assumeTrue(Fleet.canBind("127.0.1.1"), "this OS binds 127.0.0.1 only");
        try (Fleet fleet = Fleet.start(FleetOptions.stamps(ephemeral(), "eastus", 1))) {
            List<FleetMember> members = fleet.members();
            assertEquals(15, members.size());
            assertTrue(fleet.perDeviceAddress());
            assertTrue(fleet.placementNote().isEmpty());
            assertEquals(IntStream.rangeClosed(1, 15).mapToObj(i -> "127.0.1." + i).toList(),
                    members.stream().map(m -> m.sshAddress().getAddress().getHostAddress()).toList());
            assertEquals(1, members.stream().map(m -> m.sshAddress().getPort()).distinct().count());
            assertEquals(1, members.stream().map(m -> m.consoleAddress().getPort()).distinct().count());
            assertEquals("eastus-s1-d01", members.get(0).id());
            assertEquals(12, members.stream().filter(m -> m.slot().kind() == DeviceKind.CUSTOMER).count());
            assertEquals(DeviceKind.TEST, members.get(14).slot().kind());
            assertEquals(15, members.stream().map(m -> m.node().appliance()).distinct().count());

            FleetMember d01 = members.get(0);
            FleetMember d02 = members.get(1);
            assertEquals(d01.sshAddress().getPort(), d02.sshAddress().getPort());
            try (LunashOverSsh first = LunashOverSsh.firstLogin(d01.sshAddress(), "tenantadmin", "Fleet!Pass1")) {
                assertTrue(first.run("hsm show").contains("572413"), "d01 has the first serial");
                assertEquals(1, d01.node().appliance().sessions().size());
                assertTrue(d02.node().appliance().sessions().isEmpty());
                try (LunashOverSsh second = LunashOverSsh.firstLogin(d02.sshAddress(), "tenantadmin",
                        "Other!Pass2")) {
                    assertTrue(second.run("hsm show").contains("572414"), "d02 has the next serial");
                }
            }
            assertEquals(LoginOutcome.Kind.DENIED, d02.node().appliance()
                    .login("tenantadmin", "Fleet!Pass1", Channel.SSH, "test").kind(), "each has its own accounts");
        }
    }

    @Test
    void theAppliancesShareThreadsSoAnIdleFleetHasFew() throws IOException {
        assumeTrue(Fleet.canBind("127.0.1.1"), "this OS binds 127.0.0.1 only");
        int before = Thread.activeCount();
        try (Fleet fleet = Fleet.start(FleetOptions.stamps(ephemeral(), "westeurope", 1))) {
            assertEquals(15, fleet.members().size());
            assertEquals("westeurope-s1-d15", fleet.members().get(14).id());
            int added = Thread.activeCount() - before;
            assertTrue(added < 10, "15 idle appliances started " + added + " threads");
        }
    }

    @Test
    void withAnotherBindAddressEveryApplianceListensThereOnPortsOfItsOwn() throws IOException {
        try (Fleet fleet = Fleet.start(FleetOptions.stamps(ephemeral().withBindAddress("localhost"), "eastus", 1))) {
            assertFalse(fleet.perDeviceAddress());
            assertTrue(fleet.placementNote().orElseThrow().contains("--bind localhost"));
            Set<Integer> ports = fleet.members().stream().map(m -> m.sshAddress().getPort())
                    .collect(Collectors.toSet());
            assertEquals(15, ports.size());
            assertTrue(fleet.members().stream().allMatch(m -> m.sshAddress().getAddress().isLoopbackAddress()));
        }
    }

    @Test
    void offsetPortsThatWouldOverlapAreRefusedBeforeAnythingListens() {
        NodeOptions crowded = ephemeral().withBindAddress("localhost").withPorts(42_000, 42_010);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fleet.start(FleetOptions.stamps(crowded, "eastus", 1)));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void aDurableFleetKeepsEachApplianceInItsOwnDirectoryAcrossARestart() throws IOException {
        NodeOptions durable = NodeOptions.durable(dataDir).withAnyFreePorts().withClock(clock);
        try (Fleet fleet = Fleet.start(FleetOptions.stamps(durable, "eastus", 1))) {
            assertEquals(dataDir.toAbsolutePath().normalize(), fleet.homeDirectory());
            FileStateStoreTest.loginAndChangePassword(fleet.member("eastus-s1-d07").orElseThrow().node().appliance());
        }
        for (int d = 1; d <= 15; d++) {
            assertTrue(Files.isRegularFile(dataDir.resolve(String.format("appliances/eastus-s1-d%02d/state.json", d))));
        }
        try (Fleet fleet = Fleet.start(FleetOptions.stamps(durable, "eastus", 1))) {
            assertEquals(LoginOutcome.Kind.ACCEPTED, fleet.member("eastus-s1-d07").orElseThrow().node().appliance()
                    .login("tenantadmin", "Secret-0ne", Channel.SSH, "test").kind());
        }
    }
}
