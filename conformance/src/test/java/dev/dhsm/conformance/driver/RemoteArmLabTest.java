package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.app.Fleet;
import dev.dhsm.app.FleetOptions;
import dev.dhsm.app.NodeOptions;
import dev.dhsm.app.control.ControlServer;
import dev.dhsm.app.control.EmulatorControl;
import dev.dhsm.app.control.FleetClock;
import dev.dhsm.conformance.arm.ArmBodies;
import dev.dhsm.conformance.arm.ArmClient;
import dev.dhsm.conformance.arm.ArmIds;
import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.model.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ARM side of an emulator reached only through its HTTPS control API, as a remote-emulator target sees it:
 * an appliance on its own with the ARM facade, served by the real control server.
 */
class RemoteArmLabTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir
    Path dir;
    private Fleet fleet;
    private ControlServer server;
    private EmulatorControl control;

    @BeforeEach
    void start() throws Exception {
        ManualClock clock = new ManualClock(START);
        fleet = Fleet.start(FleetOptions.single(NodeOptions.ephemeral().withAnyFreePorts().withClock(clock)));
        control = new EmulatorControl(fleet, FleetClock.of(clock));
        server = ControlServer.start(control, "127.0.0.1", 0, dir);
    }

    @AfterEach
    void stop() {
        server.close();
        fleet.close();
    }

    @Test
    void theEndpointTheClockAndTheAllowListComeThroughTheControlApi() {
        RemoteArmLab lab = RemoteArmLab.connect(server.controlUri(), server.caCertificate(), Duration.ofSeconds(10));
        assertEquals(server.armUri(), lab.endpoint().resourceManager());
        assertEquals(1, lab.stamps());

        lab.endpoint().pacing().pass(Duration.ofMinutes(3));
        assertEquals(START.plus(Duration.ofMinutes(3)), control.clock().now());

        try (ArmClient arm = HttpsArmClient.open(lab.endpoint(), Duration.ofSeconds(10))) {
            String sub = arm.subscriptionId();
            ArmResponse provider = arm.get("/subscriptions/" + sub + "/providers/Microsoft.HardwareSecurityModules",
                    ArmIds.RESOURCES_API);
            assertEquals("Registered", provider.body().path("registrationState").asText(), provider::describe);

            lab.allowSubscription(sub, false);
            assertTrue(arm.createOrUpdate(ArmIds.resourceGroup(sub, "rg1"), ArmIds.RESOURCES_API,
                    ArmBodies.resourceGroup(arm.location())).succeeded());
            assertTrue(arm.createOrUpdate(ArmIds.virtualNetwork(sub, "rg1", "vnet"), ArmIds.NETWORK_API,
                    ArmBodies.virtualNetwork(arm.location(), "127.0.0.0/16")).succeeded());
            assertTrue(arm.createOrUpdate(ArmIds.subnet(sub, "rg1", "vnet", "hsmsubnet"), ArmIds.NETWORK_API,
                    ArmBodies.subnet("hsmsubnet", "127.0.1.0/24", Optional.of(ArmIds.HSM_TYPE))).succeeded());
            ArmOperation refused = arm.createOrUpdate(ArmIds.dedicatedHsm(sub, "rg1", "hsm1"), ArmIds.HSM_API,
                    ArmBodies.dedicatedHsm(arm.location(), "stamp1",
                            ArmIds.subnet(sub, "rg1", "vnet", "hsmsubnet"), Optional.empty()));
            assertTrue(refused.refused(), refused::describe);
            assertTrue(refused.failureText().orElseThrow().contains("HSMrequest@microsoft.com"), refused::describe);
        }
        lab.allowSubscription(lab.endpoint().subscriptionId(), true);
        assertFalse(lab.deviceOf("/subscriptions/x/resourceGroups/rg1/providers/" + ArmIds.HSM_TYPE + "/hsm1")
                .isPresent());
        assertTrue(lab.inFreePool(fleet.members().get(0).id()));
    }
}
