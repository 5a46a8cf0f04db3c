package dev.dhsm.app.control;

import dev.dhsm.model.SupportRequest;
import java.time.Instant;

/**
 * A request to Microsoft support for one appliance (factory reset, or a hard reboot done 48 hours later), and
 * whether it is done by the fleet clock.
 */
public record SupportView(long id, SupportRequest.Kind kind, Instant requestedAt, Instant completesAt,
                          boolean completed) {
    static SupportView of(SupportRequest r, Instant now) {
        return new SupportView(r.id(), r.kind(), r.requestedAt(), r.completesAt(), r.completedAt(now));
    }
}
