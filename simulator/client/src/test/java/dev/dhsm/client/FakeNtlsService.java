package dev.dhsm.client;

import dev.dhsm.wire.NtlsPeer;
import dev.dhsm.wire.NtlsService;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.HelloOk;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.SessionOpened;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.SlotInfo;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.message.Verify;
import dev.dhsm.wire.pkcs11.Ckr;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small appliance behind the wire module's session handler: its partitions, the PIN {@code userpin1}, a
 * "signature" that is the SHA-256 of the data, and {@code Ok} for the rest; {@link #holdAnswers} keeps requests
 * unanswered.
 */
final class FakeNtlsService implements NtlsService {

    static final String PIN = "userpin1";

    final String hsmSerial;
    final List<SlotInfo> slots;
    final Queue<NtlsRequest> served = new ConcurrentLinkedQueue<>();
    final Queue<NtlsPeer> closed = new ConcurrentLinkedQueue<>();
    private final AtomicLong sessions = new AtomicLong(100);
    volatile boolean holdAnswers;

    FakeNtlsService(String hsmSerial, String... partitionSerials) {
        this.hsmSerial = hsmSerial;
        this.slots = java.util.stream.IntStream.range(0, partitionSerials.length)
                .mapToObj(i -> new SlotInfo(i, partitionSerials[i], "par" + i, "LunaSA 7.2.0", "7.0.3",
                        "Luna User Partition With SO (PW) Signing With Cloning Mode", true))
                .toList();
    }

    @Override
    public CompletionStage<NtlsResponse> serve(NtlsPeer peer, NtlsRequest request) {
        if (!(request instanceof Hello)) {
            served.add(request);
        }
        if (holdAnswers && !(request instanceof Hello)) {
            return new CompletableFuture<>();
        }
        return CompletableFuture.completedFuture(answer(request));
    }

    private NtlsResponse answer(NtlsRequest request) {
        if (request instanceof Hello) {
            return new HelloOk(1, "7.2.0-220", "7.0.3", hsmSerial);
        }
        if (request instanceof ListSlots) {
            return new SlotList(slots);
        }
        if (request instanceof OpenSession open) {
            return open.slotId() < slots.size() ? new SessionOpened(sessions.incrementAndGet())
                    : new ErrorResponse(Ckr.SLOT_ID_INVALID, "no such slot");
        }
        if (request instanceof Login login) {
            return login.pin().equals(PIN) ? new Ok() : new ErrorResponse(Ckr.PIN_INCORRECT, "wrong password");
        }
        if (request instanceof Sign sign) {
            return new DataResult(Octets.of(sha256(sign.data().toByteArray())));
        }
        if (request instanceof Verify verify) {
            return Octets.of(sha256(verify.data().toByteArray())).equals(verify.signature()) ? new Ok()
                    : new ErrorResponse(Ckr.SIGNATURE_INVALID, "bad signature");
        }
        return new Ok();
    }

    @Override
    public void connectionClosed(NtlsPeer peer) {
        closed.add(peer);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
