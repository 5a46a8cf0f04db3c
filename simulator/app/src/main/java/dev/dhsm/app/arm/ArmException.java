package dev.dhsm.app.arm;

import java.util.List;

/**
 * An ARM request refused the way Resource Manager refuses it: an HTTP status and the error envelope's
 * {@code code} and {@code message} (and {@code details} for deployment wrappers). Never carries a stack trace
 * to the client.
 */
public final class ArmException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<ArmError> details;

    public ArmException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public ArmException(int status, String code, String message, List<ArmError> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<ArmError> details() {
        return details;
    }

    public ArmError error() {
        return new ArmError(code, getMessage(), details);
    }

    static ArmException badRequest(String code, String message) {
        return new ArmException(400, code, message);
    }

    static ArmException invalidContent(String why) {
        return badRequest("InvalidRequestContent", "The request content was invalid and could not be deserialized: '"
                + why + "'.");
    }

    static ArmException resourceNotFound(String type, String name, String group) {
        return new ArmException(404, "ResourceNotFound", "The Resource '" + type + "/" + name
                + "' under resource group '" + group + "' was not found. For more details please go to "
                + "https://aka.ms/ARMResourceNotFoundFix");
    }

    static ArmException groupNotFound(String group) {
        return new ArmException(404, "ResourceGroupNotFound", "Resource group '" + group + "' could not be found.");
    }
}
