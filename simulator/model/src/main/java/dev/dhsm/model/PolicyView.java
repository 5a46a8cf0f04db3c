package dev.dhsm.model;

/** One HSM policy's current value, as {@code hsm showPolicies} prints it. */
public record PolicyView(HsmPolicy policy, int value) {
}
