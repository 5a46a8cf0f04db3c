package dev.dhsm.conformance.target;

/** The appliance refused a shell login (wrong password, unknown account, or an account not allowed on this channel). */
public final class LoginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LoginRefusedException(String message) {
        super(message);
    }

    public LoginRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
