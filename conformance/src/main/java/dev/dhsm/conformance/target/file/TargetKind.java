package dev.dhsm.conformance.target.file;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a target file points the suite at: an emulated appliance in this process, a {@code dhsm serve} elsewhere
 * reached over the wire and its control API, or a real Luna 7 Network HSM.
 */
public enum TargetKind {
    EMULATOR("emulator"),
    REMOTE_EMULATOR("remote-emulator"),
    APPLIANCE("appliance");

    private final String word;

    TargetKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether the target is real equipment, where the hazard rule (design rule 8) applies. */
    public boolean isRealEquipment() {
        return this == APPLIANCE;
    }

    public static TargetKind parse(String text) {
        String w = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TargetKind k : values()) {
            if (k.word.equals(w)) {
                return k;
            }
        }
        throw new TargetFileException("kind '" + text + "' is not one of "
                + Arrays.stream(values()).map(TargetKind::word).collect(Collectors.joining(", ")));
    }
}
