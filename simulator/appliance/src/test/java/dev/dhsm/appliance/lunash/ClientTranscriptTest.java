package dev.dhsm.appliance.lunash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ClientTranscriptTest {
    private final ShellFixture f = new ShellFixture().initialized();

    @Test
    void registerNeedsTheUploadedCertificateThenListsShowsAndAssigns() throws IOException {
        String missing = f.run("client register -client app1 -ip 10.0.0.5");
        assertTrue(missing.contains("Error:  'client register' failed. (C0000404 : RC_FILE_ERROR)"), missing);
        f.files.write("tenantadmin", "app1.pem", resource("/app1.pem"));
        assertTrue(f.run("client register -c app1 -ip 10.0.0.5").contains("'client register' successful."));
        assertEquals("\nregistered client 1: app1\n\n\nCommand Result : 0 (Success)\n", f.run("client list"));
        f.run("partition create -partition p1 -force");
        assertTrue(f.run("client assign -client app1 -partition p1").contains("'client assignPartition' successful."));
        assertTrue(f.run("client assignpartition -client app1 -partition p1").contains("client already has access"));
        String show = f.run("client show -client app1");
        assertTrue(show.contains("ClientID:     app1\nIPAddress:    10.0.0.5\nPartitions:   \"p1\"\n"), show);
        assertTrue(f.run("client fingerprint -client app1").matches("(?s)\nCertificate fingerprint: ([0-9A-F]{2}:){19}[0-9A-F]{2}\n.*"));
        assertTrue(f.run("client revokePartition -client app1 -partition p1").contains("'client revokePartition' successful."));
    }

    @Test
    void unknownClientsAreNotInList() {
        String out = f.run("client fingerprint -client ghost");
        assertTrue(out.startsWith("Error:  The client you specified does not exist.\n"
                + "        Use 'client list' to list all available clients.\n"
                + "Error:  'client fingerprint' failed. (C000040A : RC_OBJECT_NOT_IN_LIST)\n"), out);
        assertEquals("\nNo clients are registered.\n\n\nCommand Result : 0 (Success)\n", f.run("client list"));
    }

    @Test
    void ntlsShowIpcheckAndRestart() {
        assertTrue(f.run("ntls show").contains(String.format("   %-40s%s%n", "NTLS port:", "1792")));
        assertTrue(f.run("ntls ipcheck disable").contains("NTLS client source IP validation disabled."));
        assertTrue(f.run("ntls ipcheck disable").contains("is already disabled"));
        assertTrue(f.run("service restart ntls").endsWith("Command Result : 0 (Success)\n"));
    }

    @Test
    void regenCertIsRefusedWithoutCertificateTooling() {
        assertTrue(f.run("sysconf regenCert -force").contains("(C0000105 : RC_FUNCTION_NOT_SUPPORTED)"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ClientTranscriptTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
