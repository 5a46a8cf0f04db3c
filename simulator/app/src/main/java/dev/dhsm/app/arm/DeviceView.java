package dev.dhsm.app.arm;

/**
 * A device as the control API shows it: where it sits and what holds it ({@code free}, {@code allocated}
 * to the HSM resource {@code hsm}, {@code occupied} by another customer, or {@code reserved}: a spare or
 * the stamp's test device).
 */
public record DeviceView(String id, int stamp, String kind, String address, String state, String hsm) {
}
