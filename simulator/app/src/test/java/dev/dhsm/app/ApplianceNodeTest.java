package dev.dhsm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.model.Channel;
import dev.dhsm.model.LoginOutcome;
import dev.dhsm.model.ManualClock;
import dev.dhsm.model.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplianceNodeTest {
    @TempDir
    Path dataDir;

    private final ManualClock clock = ManualClock.startingAt("2025-03-01T10:00:00Z");

    private NodeOptions durable() {
        return NodeOptions.durable(dataDir).withAnyFreePorts().withClock(clock);
    }

    @Test
    void aRestartedNodeRemembersWhatHappened() throws IOException {
        try (ApplianceNode node = ApplianceNode.start(durable())) {
            assertEquals(clock, node.clock());
            assertEquals(Optional.of(dataDir.toAbsolutePath().normalize()), node.dataDir());
            FileStateStoreTest.loginAndChangePassword(node.appliance());
        }
        try (ApplianceNode node = ApplianceNode.start(durable())) {
            assertEquals(LoginOutcome.Kind.DENIED,
                    node.appliance().login("tenantadmin", "PASSWORD", Channel.SSH, "10.0.0.1").kind());
            assertEquals(LoginOutcome.Kind.ACCEPTED,
                    node.appliance().login("tenantadmin", "Secret-0ne", Channel.SSH, "10.0.0.1").kind());
        }
    }

    @Test
    void aSavedApplianceKeepsItsProfile() throws IOException {
        try (ApplianceNode node = ApplianceNode.start(durable().withProfile(Profile.THALES))) {
            assertEquals(Profile.THALES, node.appliance().profile());
        }
        try (ApplianceNode node = ApplianceNode.start(durable())) {
            assertEquals(Profile.THALES, node.appliance().profile());
            assertEquals("admin", node.lunash().appliance().profile().adminAccount());
        }
    }

    @Test
    void twoNodesCannotShareADataDir() throws IOException {
        try (ApplianceNode first = ApplianceNode.start(durable())) {
            IOException refused = assertThrows(IOException.class, () -> ApplianceNode.start(durable()));
            assertTrue(refused.getMessage().contains("in use by another dhsm process"), refused.getMessage());
            assertTrue(first.appliance().sessions().isEmpty());
        }
        ApplianceNode.start(durable()).close();
    }

    @Test
    void anEphemeralNodeWritesNothingToTheDataDirAndCleansUp() throws IOException {
        Path files;
        try (ApplianceNode node = ApplianceNode.start(NodeOptions.ephemeral().withAnyFreePorts().withClock(clock))) {
            assertEquals(Optional.empty(), node.dataDir());
            files = node.filesRoot();
            assertTrue(Files.isDirectory(files));
            FileStateStoreTest.loginAndChangePassword(node.appliance());
        }
        assertFalse(Files.exists(files));
        try (var entries = Files.list(dataDir)) {
            assertEquals(0, entries.count());
        }
    }

    @Test
    void theNodeAnswersOnItsSshAndConsolePorts() throws IOException {
        try (ApplianceNode node = ApplianceNode.start(NodeOptions.ephemeral().withAnyFreePorts().withClock(clock))) {
            assertTrue(node.sshAddress().getAddress().isLoopbackAddress());
            assertTrue(node.sshAddress().getPort() > 0);
            try (Socket ssh = new Socket(node.sshAddress().getAddress(), node.sshAddress().getPort())) {
                ssh.setSoTimeout(30_000);
                String banner = new BufferedReader(new InputStreamReader(ssh.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertTrue(banner.startsWith("SSH-2.0-"), banner);
            }
            try (Socket console = new Socket(node.consoleAddress().getAddress(), node.consoleAddress().getPort())) {
                assertTrue(console.isConnected());
            }
        }
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        ApplianceNode node = ApplianceNode.start(durable());
        node.close();
        node.close();
    }
}
