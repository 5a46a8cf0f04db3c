package dev.dhsm.conformance.target.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetFileReaderTest {
    private static final Path FIXTURES = Path.of(System.getProperty("dhsm.fixtures.dir", "../fixtures"), "targets");

    private static TargetFile parse(String yaml) {
        return TargetFileReader.parse(yaml, Path.of("/tmp/t/my-target.yaml"));
    }

    private static String refusal(String yaml) {
        return assertThrows(TargetFileException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void theExampleFilesRead() {
        TargetFile emulator = TargetFileReader.read(FIXTURES.resolve("emulator.yaml"));
        assertEquals(TargetKind.EMULATOR, emulator.kind());
        TargetFile remote = TargetFileReader.read(FIXTURES.resolve("remote-emulator.yaml"));
        assertEquals(TargetKind.REMOTE_EMULATOR, remote.kind());
        assertEquals("https://127.0.0.1:8443/__admin/dhsm/", remote.control().orElseThrow().url());
        assertTrue(remote.control().orElseThrow().caFile().endsWith(Path.of("dhsm-data", "arm-ca.pem").toString())
                || remote.control().orElseThrow().caFile().normalize().endsWith("dhsm-data/arm-ca.pem"));
        TargetFile appliance = TargetFileReader.read(FIXTURES.resolve("appliance.yaml"));
        assertEquals(TargetKind.APPLIANCE, appliance.kind());
        assertFalse(appliance.disposable());
        assertEquals("DHSM_ADMIN_PASSWORD", appliance.ssh().orElseThrow().passwordEnv());
        assertEquals(List.of("conformance1"), appliance.partitions());
        assertEquals(60, appliance.expect().minCertificateDays());
        assertEquals(Path.of("/usr/safenet/lunaclient/bin/lunacm"), appliance.lunacm().orElseThrow().binary());
        TargetFile.ArmSection arm = appliance.arm().orElseThrow();
        assertTrue(arm.tokenFromAzCli());
        assertEquals(Optional.of("eastus"), arm.location());
        assertEquals(Optional.of("hsmgw"), arm.gateway());
        assertEquals("hsm-prod-rg", arm.resourceGroup());
    }

    @Test
    void theNameDefaultsToTheFileName() {
        assertEquals("my-target", parse("kind: emulator\n").name());
    }

    @Test
    void aMinimalApplianceTakesTheStandardPortsAndAccount() {
        TargetFile f = parse("kind: appliance\nssh:\n  host: 10.0.0.4\n  passwordEnv: PW\n");
        assertEquals(22, f.ssh().orElseThrow().port());
        assertEquals("tenantadmin", f.ssh().orElseThrow().account());
        assertEquals(1792, f.ntlsPort());
        assertEquals(Optional.empty(), f.lunacm());
        assertEquals(TargetFile.Expectations.defaults(), f.expect());
    }

    @Test
    void unknownKeysAreRefusedWithTheirPath() {
        assertTrue(refusal("kind: emulator\nflavour: x\n").contains("unknown key 'flavour'"));
        String nested = refusal("kind: appliance\nssh:\n  host: h\n  passwordEnv: PW\n  prot: 22\n");
        assertTrue(nested.contains("unknown key 'ssh.prot'") && nested.contains("port"), nested);
    }

    @Test
    void secretsWrittenInTheFileAreRefused() {
        String m = refusal("kind: appliance\nssh:\n  host: h\n  password: hunter22\n");
        assertTrue(m.contains("'ssh.password'") && m.contains("environment"), m);
        assertTrue(refusal("kind: remote-emulator\narm:\n  token: abc\n").contains("'arm.token'"));
        assertTrue(refusal("kind: emulator\nsoPin: 1234\n").contains("'soPin'"));
    }

    @Test
    void missingSettingsAndBadValuesAreNamed() {
        assertTrue(refusal("kind: appliance\n").contains("'ssh' section"));
        assertTrue(refusal("kind: appliance\nssh:\n  host: h\n").contains("'ssh.passwordEnv'"));
        assertTrue(refusal("kind: mainframe\n").contains("not one of emulator, remote-emulator, appliance"));
        assertTrue(refusal("name: x\n").contains("'kind'"));
        assertTrue(refusal("kind: remote-emulator\ncontrol:\n  url: http://x/\n  caFile: ca.pem\n").contains("https://"));
        assertTrue(refusal("kind: appliance\nssh:\n  host: h\n  port: twenty-two\n  passwordEnv: P\n").contains("whole number"));
        assertTrue(refusal("kind: appliance\ndisposable: maybe\nssh:\n  host: h\n  passwordEnv: P\n").contains("true or false"));
        assertTrue(refusal("kind: emulator\nexpect:\n  policy15: 2\n").contains("0 or 1"));
        assertTrue(refusal("kind: [emulator\n").contains("not valid YAML"));
        assertTrue(refusal("kind: emulator\narm:\n  subscription: s\n  resourceGroup: r\n  tokenFrom: environment\n")
                .contains("tokenEnv"));
        assertTrue(refusal("kind: emulator\narm:\n  subscription: s\n  resourceGroup: r\n  vnet: v\n")
                .contains("unknown key 'arm.vnet'"));
    }
}
