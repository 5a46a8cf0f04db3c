package dev.dhsm.app.control;

/**
 * A control-plane request that cannot be carried out, with the HTTP status and the stable error code the
 * control API answers with ({@code {"error":{"code":...,"message":...}}}).
 */
public final class ControlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ControlException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 400: the request is malformed or asks for something impossible. */
    public static ControlException badRequest(String message) {
        return new ControlException(400, "InvalidRequest", message);
    }

    /** 404: no such appliance in this fleet. */
    public static ControlException noSuchAppliance(String id) {
        return new ControlException(404, "ApplianceNotFound", "no appliance \"" + id + "\" in this fleet");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
