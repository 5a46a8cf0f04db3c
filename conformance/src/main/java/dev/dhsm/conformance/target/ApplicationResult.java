package dev.dhsm.conformance.target;

import java.util.OptionalLong;

/**
 * How one run of a PKCS#11 application on the client host ended: success, or the return code the Luna client
 * library gave it ({@code CKR_*} from the appliance, {@code RC_*} from the client layer), with its name.
 *
 * @param operation what the application did, e.g. {@code sign with "sign1" on slot 0}
 * @param code      empty on success, else the return code
 * @param codeName  the code's name, e.g. {@code CKR_PIN_LOCKED}; empty on success
 * @param detail    the library's message on failure, or what the application observed on success
 */
public record ApplicationResult(String operation, OptionalLong code, String codeName, String detail) {

    public static ApplicationResult ok(String operation, String detail) {
        return new ApplicationResult(operation, OptionalLong.empty(), "", detail);
    }

    public static ApplicationResult failed(String operation, long code, String codeName, String detail) {
        return new ApplicationResult(operation, OptionalLong.of(code), codeName, detail);
    }

    public boolean succeeded() {
        return code.isEmpty();
    }

    public String describe() {
        return "the application's '" + operation + "' " + (succeeded() ? "succeeded: " + detail
                : "failed with 0x" + String.format("%08X", code.getAsLong()) + " (" + codeName + "): " + detail);
    }
}
