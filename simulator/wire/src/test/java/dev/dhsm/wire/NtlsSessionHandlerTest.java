package dev.dhsm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.ErrorResponse;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.NtlsMessage;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.pkcs11.Ckr;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NtlsSessionHandlerTest {

    private static final Hello HELLO = new Hello(1, "client-01", "7.2.0");

    private final FakeNtlsService service = new FakeNtlsService();
    private EmbeddedChannel channel = appliance(NtlsLimits.DEFAULT);

    private EmbeddedChannel appliance(NtlsLimits limits) {
        return new EmbeddedChannel(NtlsFrameDecoder.forServer(limits), new NtlsFrameEncoder(limits),
                new NtlsSessionHandler(service, limits));
    }

    @Test
    void helloIsAnsweredUnderItsRequestId() {
        send(new NtlsFrame(77, HELLO));

        assertEquals(List.of(new NtlsFrame(77, FakeNtlsService.HELLO_OK)), responses());
        assertTrue(channel.isOpen());
    }

    @Test
    void aRequestBeforeHelloIsAnsweredWithAnErrorAndTheConnectionCloses() {
        send(new NtlsFrame(5, new ListSlots()));

        assertOnlyError(5, Ckr.CRYPTOKI_NOT_INITIALIZED);
        assertTrue(service.served.isEmpty());
        assertEquals(NtlsProtocolError.HELLO_REQUIRED, service.violations.get(0).error());
    }

    @Test
    void aSecondHelloIsAProtocolError() {
        send(new NtlsFrame(1, HELLO));
        send(new NtlsFrame(2, HELLO));

        List<NtlsFrame> responses = responses();
        assertEquals(new NtlsFrame(1, FakeNtlsService.HELLO_OK), responses.get(0));
        assertError(responses.get(1), 2, Ckr.CRYPTOKI_ALREADY_INITIALIZED);
        assertFalse(channel.isOpen());
    }

    @Test
    void aRequestSentBeforeHelloOkIsAProtocolError() {
        service.holdAnswers = true;
        sendAll(new NtlsFrame(1, HELLO), new NtlsFrame(2, new ListSlots()));

        assertOnlyError(2, Ckr.CRYPTOKI_NOT_INITIALIZED);
    }

    @Test
    void aHelloWithVersionZeroIsUnsupported() {
        send(new NtlsFrame(1, new Hello(0, "old", "1.0")));

        assertOnlyError(1, Ckr.FUNCTION_NOT_SUPPORTED);
    }

    @Test
    void aHelloTheServiceRefusesIsAnsweredAndTheConnectionCloses() {
        service.answers = request -> new ErrorResponse(Ckr.DEVICE_ERROR, "HSM is zeroized");
        send(new NtlsFrame(1, HELLO));

        assertOnlyError(1, Ckr.DEVICE_ERROR);
    }

    @Test
    void garbageAfterHelloGetsAnErrorFrameWithRequestIdZero() {
        send(new NtlsFrame(1, HELLO));
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {1, 2, 3, 4, 5}));

        List<NtlsFrame> responses = responses();
        assertError(responses.get(1), 0, Ckr.DEVICE_ERROR);
        assertFalse(channel.isOpen());
        assertEquals(NtlsProtocolError.BAD_MAGIC, service.violations.get(0).error());
        channel.checkException();
    }

    @Test
    void aMalformedPayloadIsBlamedOnItsRequest() {
        send(new NtlsFrame(1, HELLO));
        channel.writeInbound(RawFrames.frame(0x0006, 9, new byte[3]));

        assertError(responses().get(1), 9, Ckr.ARGUMENTS_BAD);
        assertFalse(channel.isOpen());
    }

    @Test
    void pipelinedRequestsRunOneAtATimeAndAreAnsweredInOrder() {
        send(new NtlsFrame(1, HELLO));
        service.holdAnswers = true;
        sendAll(new NtlsFrame(10, new Logout(1)), new NtlsFrame(11, new Logout(2)), new NtlsFrame(12, new Logout(3)));

        assertEquals(2, service.served.size(), "only the first pipelined request has started");
        service.held.get(0).complete(new Ok());
        assertEquals(3, service.served.size());
        service.held.get(1).complete(new ErrorResponse(Ckr.SESSION_HANDLE_INVALID, "no such session"));
        service.held.get(2).complete(new Ok());

        List<NtlsFrame> responses = responses();
        assertEquals(List.of(1L, 10L, 11L, 12L), responses.stream().map(NtlsFrame::requestId).toList());
        assertError(responses.get(2), 11, Ckr.SESSION_HANDLE_INVALID);
        assertTrue(channel.isOpen());
    }

    @Test
    void aRequestIdStillInFlightIsAProtocolError() {
        send(new NtlsFrame(1, HELLO));
        service.holdAnswers = true;
        sendAll(new NtlsFrame(10, new Logout(1)), new NtlsFrame(10, new Logout(2)));

        assertError(responses().get(1), 10, Ckr.OPERATION_ACTIVE);
        assertFalse(channel.isOpen());
    }

    @Test
    void requestIdZeroIsReserved() {
        send(new NtlsFrame(0, HELLO));

        assertOnlyError(0, Ckr.ARGUMENTS_BAD);
    }

    @Test
    void aFailingServiceAnswersGeneralErrorWithoutLeakingTheExceptionAndTheConnectionStays() {
        send(new NtlsFrame(1, HELLO));
        service.answers = request -> {
            throw new IllegalStateException("secret internal detail");
        };
        send(new NtlsFrame(2, new Logout(1)));

        ErrorResponse error = assertError(responses().get(1), 2, Ckr.GENERAL_ERROR);
        assertFalse(error.message().contains("secret"));
        assertTrue(channel.isOpen());
    }

    @Test
    void anAnswerTooLargeForAFrameBecomesAGeneralError() {
        channel = appliance(NtlsLimits.DEFAULT.withMaxPayloadLength(64));
        send(new NtlsFrame(1, HELLO));
        service.answers = request -> new DataResult(Octets.of(new byte[65]));
        send(new NtlsFrame(2, new Logout(1)));

        ErrorResponse error = assertError(responses().get(1), 2, Ckr.GENERAL_ERROR);
        assertTrue(error.message().contains("maximum frame size"));
        assertTrue(channel.isOpen());
    }

    @Test
    void aFullQueueStopsReadingUntilItDrains() {
        channel = appliance(new NtlsLimits(NtlsWireFormat.DEFAULT_MAX_PAYLOAD_LENGTH, 2));
        send(new NtlsFrame(1, HELLO));
        service.holdAnswers = true;

        sendAll(new NtlsFrame(2, new Logout(1)), new NtlsFrame(3, new Logout(1)));
        assertFalse(channel.config().isAutoRead());

        service.held.get(0).complete(new Ok());
        assertTrue(channel.config().isAutoRead());
    }

    @Test
    void closingTheConnectionTellsTheService() {
        send(new NtlsFrame(1, HELLO));
        channel.close();

        assertEquals(1, service.closed.size());
        assertTrue(service.closed.get(0).clientCertificate().isEmpty());
    }

    private void send(NtlsFrame frame) {
        sendAll(frame);
    }

    private void sendAll(NtlsFrame... frames) {
        ByteBuf stream = Unpooled.buffer();
        for (NtlsFrame frame : frames) {
            stream.writeBytes(NtlsFrameCodecTest.encode(frame));
        }
        channel.writeInbound(stream);
        channel.checkException();
    }

    private List<NtlsFrame> responses() {
        EmbeddedChannel client = new EmbeddedChannel(NtlsFrameDecoder.forClient(NtlsLimits.DEFAULT));
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            client.writeInbound(out);
        }
        List<NtlsFrame> frames = new ArrayList<>();
        for (Object in = client.readInbound(); in != null; in = client.readInbound()) {
            frames.add(assertInstanceOf(NtlsFrame.class, in));
        }
        return frames;
    }

    private void assertOnlyError(long requestId, long status) {
        List<NtlsFrame> responses = responses();
        assertEquals(1, responses.size(), responses.toString());
        assertError(responses.get(0), requestId, status);
        assertFalse(channel.isOpen());
    }

    private static ErrorResponse assertError(NtlsFrame frame, long requestId, long status) {
        assertEquals(requestId, frame.requestId());
        NtlsMessage message = frame.message();
        ErrorResponse error = assertInstanceOf(ErrorResponse.class, message);
        assertEquals(Ckr.name(status), Ckr.name(error.status()), error.message());
        return error;
    }
}
