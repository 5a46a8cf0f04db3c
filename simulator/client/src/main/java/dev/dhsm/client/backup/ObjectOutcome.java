package dev.dhsm.client.backup;

import dev.dhsm.client.LunaClientException;
import java.util.Optional;

/**
 * What happened to one object in {@code partition archive backup} or {@code restore}: cloned (with its handle on
 * the other side) or refused with the error the partition reported, as LunaCM prints one line per object.
 *
 * @param handle    the object's handle where it came from
 * @param label     its label
 * @param newHandle its handle where it went, when it was cloned
 * @param error     why it was refused, when it was
 */
public record ObjectOutcome(long handle, String label, Optional<Long> newHandle,
                            Optional<LunaClientException> error) {

    static ObjectOutcome cloned(long handle, String label, long newHandle) {
        return new ObjectOutcome(handle, label, Optional.of(newHandle), Optional.empty());
    }

    static ObjectOutcome refused(long handle, String label, LunaClientException error) {
        return new ObjectOutcome(handle, label, Optional.empty(), Optional.of(error));
    }

    public boolean ok() {
        return error.isEmpty();
    }
}
