package dev.dhsm.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A saved appliance state that the emulator will not load, as a real appliance refuses a configuration it
 * cannot read: the file is corrupt or was written by a newer emulator. The file is left as it was.
 */
public final class StateFileRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public StateFileRefusedException(Path file, String reason) {
        super("refusing state file " + file.toAbsolutePath() + ": " + reason
                + " (the file was left untouched; move it away to start afresh)");
        this.file = file;
        this.reason = reason;
    }

    /** The file that was refused. */
    public Path file() {
        return file;
    }

    /** Why, in a few words, e.g. {@code not JSON} or {@code format 7 is newer than this emulator (1)}. */
    public String reason() {
        return reason;
    }
}
