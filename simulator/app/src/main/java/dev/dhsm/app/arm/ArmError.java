package dev.dhsm.app.arm;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One ARM error as the envelope {@code {"error":{"code","message","details"}}} carries it, and as a failed
 * resource keeps it for its deployment operation (FM-02).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ArmError(String code, String message, List<ArmError> details) {
    public ArmError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public ArmError(String code, String message) {
        this(code, message, List.of());
    }
}
