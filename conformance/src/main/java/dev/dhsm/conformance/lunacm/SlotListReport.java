package dev.dhsm.conformance.lunacm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The slots LunaCM lists ({@code slot list}, or its startup {@code Available HSMs}): one block per slot starting at
 * {@code Slot Id ->}, with {@code Label}, {@code Serial Number}, {@code Model}, {@code Slot Description} and the
 * rest. A slot whose description names a backup device is the Luna Backup HSM; every other slot is a partition.
 */
public final class SlotListReport {

    /** One slot's block. */
    public record SlotBlock(long slotId, Map<String, String> fields) {
        public SlotBlock {
            fields = Map.copyOf(fields);
        }

        public String field(String label) {
            return fields.getOrDefault(label, "");
        }

        public boolean isBackupHsm() {
            return field("Slot Description").toLowerCase(Locale.ROOT).contains("backup");
        }
    }

    private final List<SlotBlock> slots;

    private SlotListReport(List<SlotBlock> slots) {
        this.slots = List.copyOf(slots);
    }

    public static SlotListReport parse(String text) {
        List<SlotBlock> slots = new ArrayList<>();
        Long id = null;
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            Optional<String[]> field = ArrowFields.field(line);
            if (field.isEmpty()) {
                continue;
            }
            if (field.get()[0].equals("Slot Id")) {
                if (id != null) {
                    slots.add(new SlotBlock(id, fields));
                }
                id = Long.parseLong(field.get()[1]);
                fields = new LinkedHashMap<>();
            } else if (id != null) {
                fields.putIfAbsent(field.get()[0], field.get()[1]);
            }
        }
        if (id != null) {
            slots.add(new SlotBlock(id, fields));
        }
        return new SlotListReport(slots);
    }

    public List<SlotBlock> slots() {
        return slots;
    }

    /** The slots that are partitions (not the Backup HSM). */
    public List<SlotBlock> partitions() {
        return slots.stream().filter(s -> !s.isBackupHsm()).toList();
    }

    /** The Backup HSM's slot, if one is listed. */
    public Optional<SlotBlock> backupHsm() {
        return slots.stream().filter(SlotBlock::isBackupHsm).findFirst();
    }
}
