package dev.dhsm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.SlotList;
import dev.dhsm.wire.pkcs11.Ckr;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class NtlsClientHandlerTest {

    private final NtlsClientHandler handler = new NtlsClientHandler();
    private final EmbeddedChannel channel = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT),
            new NtlsFrameEncoder(NtlsLimits.DEFAULT), handler);
    private final EmbeddedChannel appliance = new EmbeddedChannel(NtlsFrameDecoder.forServer(NtlsLimits.DEFAULT));

    @Test
    void responsesArrivingOutOfOrderReachTheirOwnRequests() {
        CompletableFuture<NtlsResponse> slots = handler.send(new ListSlots());
        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));
        List<NtlsFrame> sent = sentFrames();

        answer(new NtlsFrame(sent.get(1).requestId(), new Ok()));
        answer(new NtlsFrame(sent.get(0).requestId(), new SlotList(List.of())));

        assertEquals(new SlotList(List.of()), slots.join());
        assertEquals(new Ok(), logout.join());
        assertEquals(0, handler.pendingCount());
    }

    @Test
    void requestIdsAreDistinctAndNeverZero() {
        handler.send(new Logout(1));
        handler.send(new Logout(2));
        List<NtlsFrame> sent = sentFrames();

        assertNotEquals(sent.get(0).requestId(), sent.get(1).requestId());
        assertTrue(sent.stream().allMatch(frame -> frame.requestId() != 0));
    }

    @Test
    void anErrorResponseAnswersAnyRequest() {
        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));
        long id = sentFrames().get(0).requestId();
        answer(new NtlsFrame(id, new ErrorResponse(Ckr.USER_NOT_LOGGED_IN, "not logged in")));

        assertEquals(Ckr.USER_NOT_LOGGED_IN, logout.join().status());
        assertTrue(channel.isOpen());
    }

    @Test
    void aResponseToNoPendingRequestFailsEverythingAndCloses() {
        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));
        long id = sentFrames().get(0).requestId();

        answer(new NtlsFrame(id + 1000, new Ok()));

        assertEquals(NtlsProtocolError.UNEXPECTED_RESPONSE, protocolFailure(logout).error().orElseThrow());
        assertFalse(channel.isOpen());
    }

    @Test
    void aResponseOfTheWrongTypeIsAProtocolError() {
        CompletableFuture<NtlsResponse> slots = handler.send(new ListSlots());
        answer(new NtlsFrame(sentFrames().get(0).requestId(), new DataResult(Octets.EMPTY)));

        assertEquals(NtlsProtocolError.RESPONSE_TYPE_MISMATCH, protocolFailure(slots).error().orElseThrow());
        assertFalse(channel.isOpen());
    }

    @Test
    void aConnectionLevelErrorFromTheApplianceFailsEveryPendingRequest() {
        CompletableFuture<NtlsResponse> first = handler.send(new Logout(1));
        CompletableFuture<NtlsResponse> second = handler.send(new Logout(2));

        answer(new NtlsFrame(0, new ErrorResponse(Ckr.DEVICE_ERROR, "not an NTLS frame")));

        assertEquals(Ckr.DEVICE_ERROR, protocolFailure(first).status());
        assertEquals(Ckr.DEVICE_ERROR, protocolFailure(second).status());
    }

    @Test
    void garbageFromTheApplianceFailsPendingRequests() {
        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {'H', 'T', 'T', 'P'}));

        assertEquals(NtlsProtocolError.BAD_MAGIC, protocolFailure(logout).error().orElseThrow());
        channel.checkException();
    }

    @Test
    void closingTheConnectionFailsPendingRequests() {
        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));
        channel.close();

        CompletionException failure = assertThrows(CompletionException.class, logout::join);
        assertInstanceOf(ClosedChannelException.class, failure.getCause());
    }

    @Test
    void sendingOnAClosedConnectionFailsAtOnce() {
        channel.close();

        CompletableFuture<NtlsResponse> logout = handler.send(new Logout(1));

        assertTrue(logout.isCompletedExceptionally());
    }

    private List<NtlsFrame> sentFrames() {
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            appliance.writeInbound(out);
        }
        List<NtlsFrame> frames = new java.util.ArrayList<>();
        for (Object in = appliance.readInbound(); in != null; in = appliance.readInbound()) {
            NtlsFrame frame = assertInstanceOf(NtlsFrame.class, in);
            assertInstanceOf(NtlsRequest.class, frame.message());
            frames.add(frame);
        }
        return frames;
    }

    private void answer(NtlsFrame response) {
        channel.writeInbound(NtlsFrameCodecTest.encode(response));
    }

    private static NtlsProtocolException protocolFailure(CompletableFuture<NtlsResponse> future) {
        CompletionException failure = assertThrows(CompletionException.class, future::join);
        NtlsProtocolException cause = assertInstanceOf(NtlsProtocolException.class, failure.getCause());
        assertSame(cause, failure.getCause());
        return cause;
    }
}
