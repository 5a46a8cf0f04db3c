package dev.dhsm.conformance.target;

import java.util.List;

/**
 * The outcome of a stream of signatures by a {@link RunningApplication}.
 *
 * @param requested how many signatures were asked for
 * @param verified  how many came back and verified
 * @param failures  the failures, in order, as described by {@link ApplicationResult#describe()}
 */
public record SignatureStream(int requested, int verified, List<String> failures) {
    public SignatureStream {
        failures = List.copyOf(failures);
    }
}
