package dev.dhsm.appliance.lunash;

/**
 * How a lunash command ended: {@code Command Result : 0 (Success)} or
 * {@code Command Result : 65535 (Luna Shell execution)}.
 */
public record CommandResult(int code, String text) {
    public static final CommandResult SUCCESS = new CommandResult(0, "Success");
    public static final CommandResult SHELL_FAILURE = new CommandResult(65535, "Luna Shell execution");

    public boolean success() {
        return code == 0;
    }

    /** The result line as printed. */
    public String line() {
        return "Command Result : " + code + " (" + text + ")";
    }
}
