package dev.dhsm.wire;

import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.message.Ok;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * An in-memory appliance behind the session handler: answers {@code Hello} with {@code HelloOk} and everything
 * else with {@code Ok}, unless a test installs its own answer or asks for answers to be held back.
 */
final class FakeNtlsService implements NtlsService {

    static final HelloOk HELLO_OK = new HelloOk(1, "7.2.0-220", "7.0.3", "1234567");

    final List<NtlsRequest> served = new ArrayList<>();
    final List<CompletableFuture<NtlsResponse>> held = new ArrayList<>();
    final List<NtlsProtocolViolation> violations = new ArrayList<>();
    final List<NtlsPeer> closed = new ArrayList<>();
    Function<NtlsRequest, NtlsResponse> answers = request -> request instanceof Hello ? HELLO_OK : new Ok();
    boolean holdAnswers;

    @Override
    public CompletionStage<NtlsResponse> serve(NtlsPeer peer, NtlsRequest request) {
        served.add(request);
        if (holdAnswers) {
            CompletableFuture<NtlsResponse> answer = new CompletableFuture<>();
            held.add(answer);
            return answer;
        }
        return CompletableFuture.completedFuture(answers.apply(request));
    }

    @Override
    public void protocolViolation(NtlsPeer peer, NtlsProtocolViolation violation) {
        violations.add(violation);
    }

    @Override
    public void connectionClosed(NtlsPeer peer) {
        closed.add(peer);
    }
}
