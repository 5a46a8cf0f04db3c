package dev.dhsm.app.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.DeviceSlot;
import dev.dhsm.model.FleetLayout;
import dev.dhsm.model.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARM state survives a restart: written atomically to {@code arm/state.json}, read back, format checked. */
class ArmStateFileTest {
    private static final String SUB = ArmIdentity.SUBSCRIPTION;

    /** A stamp of devices that hold no key material and reset instantly. */
    private static final class StampPool implements DevicePool {
        private final List<DeviceSlot> slots = FleetLayout.devices("eastus", 1, 1000);

        @Override
        public List<DeviceSlot> devices() {
            return slots;
        }

        @Override
        public boolean holdsKeyMaterial(String deviceId) {
            return false;
        }

        @Override
        public void reset(String deviceId) {
            // nothing to reset in this pool
        }
    }

    private static ArmResponse call(ArmService arm, String method, String path, String body) {
        List<String> segments = ArmTransformer.split(path);
        return arm.handle(new ArmCall(method, segments, Map.of(), Map.of("api-version", "2021-11-30"), body,
                "https://127.0.0.1:8443", ArmIdentity.CLIENT_ID));
    }

    private static ArmService service(ManualClock clock, Path dir) {
        return new ArmService(clock, clock, new StampPool(), "eastus", ArmSettings.defaults(), dir);
    }

    @Test
    void resourcesAndProvisioningProgressSurviveARestart(@TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));
        ArmService first = service(clock, dir);
        String rg = "/subscriptions/" + SUB + "/resourceGroups/rg";
        call(first, "PUT", rg, "{\"location\":\"eastus\"}");
        call(first, "PUT", rg + "/providers/Microsoft.Network/virtualNetworks/vnet", "{\"location\":\"eastus\","
                + "\"properties\":{\"addressSpace\":{\"addressPrefixes\":[\"127.0.0.0/16\"]},\"subnets\":[{\"name\":"
                + "\"s\",\"properties\":{\"addressPrefix\":\"127.0.1.0/24\",\"delegations\":[{\"name\":\"0\","
                + "\"properties\":{\"serviceName\":\"Microsoft.HardwareSecurityModules/dedicatedHSMs\"}}]}}]}}");
        ArmResponse created = call(first, "PUT", rg + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs/hsm-1",
                "{\"location\":\"eastus\",\"sku\":{\"name\":\"SafeNet Luna Network HSM A790\"},\"properties\":"
                        + "{\"networkProfile\":{\"subnet\":{\"id\":\"" + rg
                        + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/s\"}}}}");
        assertEquals(200, created.status());
        String token = first.tokens().issueDefault().accessToken();
        assertTrue(Files.readString(dir.resolve("arm/state.json")).contains("\"format\" : 1"));

        clock.advance(Duration.ofMinutes(1));
        ArmService second = service(clock, dir);
        ArmResponse again = call(second, "GET", rg + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs/hsm-1",
                null);
        assertEquals("Provisioning", again.body().at("/properties/provisioningState").asText());
        assertEquals(ArmIdentity.CLIENT_ID, second.tokens().verify("Bearer " + token));
        assertEquals("allocated", second.devices().get(0).state());
    }

    @Test
    void aStateFileOfANewerFormatIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("arm"));
        Files.writeString(dir.resolve("arm/state.json"), "{\"format\":99}");
        ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> service(clock, dir));
        assertTrue(refused.getMessage().contains("format 99"), refused.getMessage());
    }
}
