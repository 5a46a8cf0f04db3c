package dev.dhsm.client.backup;

import dev.dhsm.client.LunaClientException;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one {@code partition archive backup} or {@code restore}: the backup partition, and one entry per
 * object in the order tried. Objects are tried one by one and a refusal does not stop the others, as on firmware
 * before 7.7.0.
 *
 * @param partition the backup partition name
 * @param objects   one outcome per object
 */
public record ArchiveReport(String partition, List<ObjectOutcome> objects) {

    public ArchiveReport {
        objects = List.copyOf(objects);
    }

    public long succeeded() {
        return objects.stream().filter(ObjectOutcome::ok).count();
    }

    /** The first refusal, which LunaCM's result line reports; empty when every object made it. */
    public Optional<LunaClientException> firstError() {
        return objects.stream().flatMap(o -> o.error().stream()).findFirst();
    }
}
