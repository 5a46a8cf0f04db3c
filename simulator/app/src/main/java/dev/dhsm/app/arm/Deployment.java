package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One template deployment into a resource group: the resources its template evaluated to, each deployed
 * (a deployment operation) once every resource it depends on has finished, and the deployment's own state,
 * {@code Running} until every operation has ended, then {@code Succeeded} or {@code Failed}.
 */
final class Deployment {
    String id;
    String name;
    String subscription;
    String group;
    String mode;
    String correlationId;
    ObjectNode parameters;
    String state;
    Instant startedAt;
    Instant endedAt;
    ArmError error;
    List<Step> steps = new ArrayList<>();

    /** One resource of the template and what deploying it did. */
    static final class Step {
        String operationId;
        String resourceId;
        String type;
        String name;
        String apiVersion;
        ObjectNode body;
        List<String> dependsOn = new ArrayList<>();
        /** {@code Pending} (waiting on dependencies), {@code Running}, {@code Succeeded}, {@code Failed}. */
        String state;
        String statusCode;
        ArmError error;
        Instant startedAt;
        Instant endedAt;
    }
}
