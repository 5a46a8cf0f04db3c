package dev.dhsm.conformance.target.appliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.catalogue.Hazard;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.ArmEndpoint;
import dev.dhsm.conformance.target.Capability;
import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.HazardGate;
import dev.dhsm.conformance.target.file.TargetFile;
import dev.dhsm.conformance.target.file.TargetFileReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an appliance target file becomes: capabilities, the hazard gate, secrets from the environment, ARM. */
class ApplianceTargetTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("dhsm.fixtures.dir", "../fixtures"), "targets",
            "appliance.yaml");

    @Test
    void theExampleFileGivesAnArmEndpointAndNoDeployments() {
        TargetFile file = TargetFileReader.read(EXAMPLE);
        try (ApplianceTarget t = ApplianceTarget.connect(file, HazardGate.of(file, false, false),
                Map.of("DHSM_ADMIN_PASSWORD", "secret"), List.of("lunacm"))) {
            assertTrue(t.has(Capability.ARM) && t.has(Capability.LUNACM));
            assertFalse(t.has(Capability.ARM_DEPLOYMENTS) || t.has(Capability.GUARDED_OK) || t.has(Capability.VIRTUAL_TIME));
            assertTrue(t.hazardRefusal(Hazard.GUARDED).orElseThrow().contains("--allow-guarded"));
            ArmEndpoint arm = t.arm().orElseThrow();
            assertEquals("eastus", arm.location());
            assertEquals("hsmgw", arm.network().gateway());
            assertEquals(new ArmCredential.AzureCli(ArmCredential.AzureCli.MANAGEMENT), arm.credential());
            assertEquals("secret", t.adminAccount().password());
            assertTrue(t.control().isEmpty());
        }
    }

    @Test
    void aMissingSecretIsNamed() {
        TargetFile file = TargetFileReader.read(EXAMPLE);
        try (ApplianceTarget t = ApplianceTarget.connect(file, HazardGate.of(file, false, false), Map.of(), List.of())) {
            TargetException e = assertThrows(TargetException.class, t::adminAccount);
            assertTrue(e.getMessage().contains("DHSM_ADMIN_PASSWORD"), e.getMessage());
            assertFalse(t.has(Capability.LUNACM));
        }
    }
}
