package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.arm.ArmOperation;
import dev.dhsm.conformance.arm.ArmResponse;
import dev.dhsm.conformance.target.ArmPacing;
import dev.dhsm.conformance.target.TargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a long-running ARM operation to its end the way the Azure SDK's poller does (reference §5.2):
 * after a PUT's 200/201 with a non-terminal {@code provisioningState}, the {@code Azure-AsyncOperation} URL if
 * there is one, else GETs of the resource; after a 202, {@code Azure-AsyncOperation} first, then {@code Location},
 * until the answer is no longer 202. Between polls the target's {@link ArmPacing} lets time pass: on a real
 * subscription the {@code Retry-After} (or {@link #DEFAULT_INTERVAL}), on the emulator's virtual clock a fixed
 * {@link #VIRTUAL_STEP} (the emulator's {@code Retry-After} only paces real clients). Gives up after the pacing's
 * patience, or {@link #MAX_POLLS} polls, with the states seen so far.
 */
final class ArmPoller {
    /** The HSM client builder's default poll interval (reference §5.2). */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
    /** How far the virtual clock moves between polls. */
    static final Duration VIRTUAL_STEP = Duration.ofSeconds(30);
    /** A bound on polls whatever the clock says, so a server that answers Retry-After: 0 forever cannot hang a run. */
    static final int MAX_POLLS = 2_000;
    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "canceled");

    private final HttpsArmClient client;
    private final ArmPacing pacing;
    private int polls;

    ArmPoller(HttpsArmClient client, ArmPacing pacing) {
        this.client = client;
        this.pacing = pacing;
    }

    ArmOperation followPut(String path, String apiVersion, ArmResponse initial) {
        polls = 0;
        List<String> states = new ArrayList<>();
        if (!initial.isSuccess()) {
            return new ArmOperation(initial, states, initial);
        }
        note(states, initial.resource().provisioningState());
        Optional<String> async = initial.header("Azure-AsyncOperation");
        if (initial.status() == 202) {
            ArmOperation op = followLocation(initial);
            if (!op.last().isSuccess()) {
                return op;
            }
        } else if (async.isPresent() && !initial.resource().terminal()) {
            ArmResponse status = pollAsync(async.get(), initial, states);
            if (!status.isSuccess() || !"succeeded".equalsIgnoreCase(status.body().path("status").asText())) {
                return new ArmOperation(initial, states, status);
            }
        } else if (initial.resource().terminal()) {
            return new ArmOperation(initial, states, initial);
        }
        Duration waited = Duration.ZERO;
        ArmResponse last = initial.status() == 202 || async.isPresent() ? client.get(path, apiVersion) : initial;
        while (true) {
            if (last != initial) {
                note(states, last.resource().provisioningState());
                if (!last.isSuccess() || last.resource().terminal()) {
                    return new ArmOperation(initial, states, last);
                }
            }
            waited = pause(last, waited, states, path);
            last = client.get(path, apiVersion);
        }
    }

    /** Follows a 202 ({@code Azure-AsyncOperation}, else {@code Location}); anything else is already final. */
    ArmOperation followLocation(ArmResponse initial) {
        polls = 0;
        List<String> states = new ArrayList<>();
        if (initial.status() != 202) {
            return new ArmOperation(initial, states, initial);
        }
        Optional<String> async = initial.header("Azure-AsyncOperation");
        if (async.isPresent()) {
            return new ArmOperation(initial, states, pollAsync(async.get(), initial, states));
        }
        String location = initial.header("Location").orElseThrow(() -> new TargetException(
                "ARM answered 202 without an Azure-AsyncOperation or Location header: " + initial.describe()));
        Duration waited = Duration.ZERO;
        ArmResponse last = initial;
        while (last.status() == 202) {
            note(states, "InProgress");
            waited = pause(last, waited, states, location);
            location = last.header("Location").orElse(location);
            last = client.getAbsolute(location);
        }
        return new ArmOperation(initial, states, last);
    }

    private ArmResponse pollAsync(String url, ArmResponse initial, List<String> states) {
        Duration waited = Duration.ZERO;
        ArmResponse last = initial;
        while (true) {
            waited = pause(last, waited, states, url);
            last = client.getAbsolute(url);
            String status = last.body().path("status").asText("");
            note(states, status);
            if (!last.isSuccess() || TERMINAL.contains(status.toLowerCase(Locale.ROOT))) {
                return last;
            }
        }
    }

    private Duration pause(ArmResponse last, Duration waited, List<String> states, String what) {
        Duration interval = pacing.virtual() ? VIRTUAL_STEP : retryAfter(last).orElse(DEFAULT_INTERVAL);
        Duration next = waited.plus(interval);
        if (++polls > MAX_POLLS || next.compareTo(pacing.patience()) > 0) {
            throw new TargetException("The operation on " + what + " did not finish within " + pacing.patience()
                    + (pacing.virtual() ? " on the virtual clock" : "") + "; states seen: " + states + "; last answer: "
                    + last.describe());
        }
        pacing.pass(interval);
        return next;
    }

    /** {@code Retry-After} in whole seconds (the ARM RPC allows no HTTP date); empty when absent or malformed. */
    static Optional<Duration> retryAfter(ArmResponse r) {
        try {
            return r.header("Retry-After").map(String::trim).map(Long::parseLong).filter(s -> s >= 0)
                    .map(Duration::ofSeconds);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void note(List<String> states, String state) {
        if (state != null && !state.isEmpty() && (states.isEmpty() || !states.get(states.size() - 1).equals(state))) {
            states.add(state);
        }
    }
}
