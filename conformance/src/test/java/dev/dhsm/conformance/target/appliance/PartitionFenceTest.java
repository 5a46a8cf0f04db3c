package dev.dhsm.conformance.target.appliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.TargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartitionFenceTest {
    /** A shell that records what reached it and answers every command with an empty success. */
    private static final class RecordingShell implements LunashSession {
        final List<String> sent = new ArrayList<>();

        @Override
        public Account account() {
            return Account.of("tenantadmin", "x");
        }

        @Override
        public String loginText() {
            return "";
        }

        @Override
        public boolean passwordChangeForced() {
            return false;
        }

        @Override
        public LunashResponse run(String commandLine, Answers answers) {
            sent.add(commandLine);
            return LunashResponse.parse(commandLine, "\nCommand Result : 0 (Success)\n");
        }

        @Override
        public void upload(String fileName, byte[] content) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void findsThePartitionOptionAndItsAbbreviations() {
        assertEquals(Optional.of("p1"), PartitionFence.partitionNamed("partition create -partition p1 -force"));
        assertEquals(Optional.of("p2"), PartitionFence.partitionNamed("client assignPartition -client a -par p2"));
        assertEquals(Optional.of("p3"), PartitionFence.partitionNamed("partition delete -PARTITION \"p3\""));
        assertEquals(Optional.empty(), PartitionFence.partitionNamed("hsm show"));
        assertEquals(Optional.empty(), PartitionFence.partitionNamed("client register -client a -hostname h"));
    }

    @Test
    void onlyListedPartitionsReachTheAppliance() {
        RecordingShell shell = new RecordingShell();
        PartitionFence fence = new PartitionFence(shell, List.of("conformance1"));
        fence.run("hsm show", Answers.none());
        fence.run("partition show -partition conformance1", Answers.none());
        TargetException e = assertThrows(TargetException.class,
                () -> fence.run("partition delete -partition production", Answers.proceed()));
        assertTrue(e.getMessage().contains("'production'") && e.getMessage().contains("[conformance1]"), e.getMessage());
        assertEquals(List.of("hsm show", "partition show -partition conformance1"), shell.sent);
    }
}
