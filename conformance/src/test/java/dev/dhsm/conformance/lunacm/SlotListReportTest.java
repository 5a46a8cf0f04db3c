package dev.dhsm.conformance.lunacm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotListReportTest {

    static final String LISTING = """

              Slot Id ->              0
              Label ->                fm14p
              Serial Number ->        5724130000001
              Model ->                LunaSA 7.2.0
              Firmware Version ->     7.0.3
              Configuration ->        Luna User Partition With SO (PW) Signing With Cloning Mode
              Slot Description ->     Net Token Slot

              Slot Id ->              1
              Label ->                Backup HSM
              Serial Number ->        700001
              Model ->                G5Backup
              Firmware Version ->     6.28.0
              Configuration ->        Luna Backup HSM
              Slot Description ->     Backup Device

              Current Slot Id: 0

            Command Result : No Error
            """;

    @Test
    void partitionsAndTheBackupHsmAreTold() {
        SlotListReport report = SlotListReport.parse(LISTING);
        assertEquals(List.of(0L, 1L), report.slots().stream().map(SlotListReport.SlotBlock::slotId).toList());
        assertEquals(1, report.partitions().size());
        assertEquals("fm14p", report.partitions().get(0).field("Label"));
        assertEquals(1L, report.backupHsm().orElseThrow().slotId());
    }

    @Test
    void anEmptyLabelIsEmptyAndNoSlotsIsNoSlots() {
        SlotListReport report = SlotListReport.parse("  Slot Id ->              0\n  Label ->\n"
                + "  Slot Description ->     Net Token Slot\n");
        assertEquals("", report.slots().get(0).field("Label"));
        assertTrue(SlotListReport.parse("\n  Current Slot Id: None\n").slots().isEmpty());
    }

    @Test
    void arrowFieldsReadTheFirstValueOfALabel() {
        ArrowFields fields = ArrowFields.parse("  Partition Initialized ->                no\n"
                + "  Partition Label ->\n  Partition Initialized ->  yes\n");
        assertEquals("no", fields.get("Partition Initialized").orElseThrow());
        assertEquals("no", fields.get("Partition Initialized ->").orElseThrow());
        assertEquals("", fields.get("Partition Label").orElseThrow());
        assertTrue(fields.get("Logged In").isEmpty());
    }
}
