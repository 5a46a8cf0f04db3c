package dev.dhsm.wire.message;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table of NTLS message types: each type's 16-bit wire code, its record, how to read it, and for a request
 * the typed response that answers it (an {@link ErrorResponse} may answer any request).
 *
 * <p>Requests have codes below {@code 0x8000}; responses have the top bit set; {@code 0xFFFF} is the error
 * response. {@code docs/ntls-protocol.md} lists the same table.
 */
public enum NtlsMessageType {

    HELLO(0x0001, Hello.class, Hello::readFrom, HelloOk.class),
    LIST_SLOTS(0x0002, ListSlots.class, ListSlots::readFrom, SlotList.class),
    OPEN_SESSION(0x0003, OpenSession.class, OpenSession::readFrom, SessionOpened.class),
    CLOSE_SESSION(0x0004, CloseSession.class, CloseSession::readFrom, Ok.class),
    LOGIN(0x0005, Login.class, Login::readFrom, Ok.class),
    LOGOUT(0x0006, Logout.class, Logout::readFrom, Ok.class),
    INIT_TOKEN(0x0007, InitToken.class, InitToken::readFrom, Ok.class),
    INIT_PIN(0x0008, InitPin.class, InitPin::readFrom, Ok.class),
    SET_PIN(0x0009, SetPin.class, SetPin::readFrom, Ok.class),
    RESET_PIN(0x000A, ResetPin.class, ResetPin::readFrom, Ok.class),
    GET_ROLE_STATE(0x000B, GetRoleState.class, GetRoleState::readFrom, RoleState.class),
    GET_POLICIES(0x000C, GetPolicies.class, GetPolicies::readFrom, PolicyList.class),
    SET_POLICY(0x000D, SetPolicy.class, SetPolicy::readFrom, Ok.class),
    GENERATE_KEY(0x000E, GenerateKey.class, GenerateKey::readFrom, ObjectHandle.class),
    GENERATE_KEY_PAIR(0x000F, GenerateKeyPair.class, GenerateKeyPair::readFrom, KeyPairHandles.class),
    FIND_OBJECTS(0x0010, FindObjects.class, FindObjects::readFrom, ObjectHandles.class),
    GET_ATTRIBUTES(0x0011, GetAttributes.class, GetAttributes::readFrom, AttributeValues.class),
    DESTROY_OBJECT(0x0012, DestroyObject.class, DestroyObject::readFrom, Ok.class),
    SIGN(0x0013, Sign.class, Sign::readFrom, DataResult.class),
    VERIFY(0x0014, Verify.class, Verify::readFrom, Ok.class),
    ENCRYPT(0x0015, Encrypt.class, Encrypt::readFrom, DataResult.class),
    DECRYPT(0x0016, Decrypt.class, Decrypt::readFrom, DataResult.class),
    WRAP_KEY(0x0017, WrapKey.class, WrapKey::readFrom, DataResult.class),
    UNWRAP_KEY(0x0018, UnwrapKey.class, UnwrapKey::readFrom, ObjectHandle.class),
    CLONE_OUT(0x0019, CloneOut.class, CloneOut::readFrom, DataResult.class),
    CLONE_IN(0x001A, CloneIn.class, CloneIn::readFrom, ObjectHandle.class),

    OK(0x8000, Ok.class, Ok::readFrom, null),
    HELLO_OK(0x8001, HelloOk.class, HelloOk::readFrom, null),
    SLOT_LIST(0x8002, SlotList.class, SlotList::readFrom, null),
    SESSION_OPENED(0x8003, SessionOpened.class, SessionOpened::readFrom, null),
    ROLE_STATE(0x8004, RoleState.class, RoleState::readFrom, null),
    POLICY_LIST(0x8005, PolicyList.class, PolicyList::readFrom, null),
    OBJECT_HANDLE(0x8006, ObjectHandle.class, ObjectHandle::readFrom, null),
    KEY_PAIR_HANDLES(0x8007, KeyPairHandles.class, KeyPairHandles::readFrom, null),
    OBJECT_HANDLES(0x8008, ObjectHandles.class, ObjectHandles::readFrom, null),
    ATTRIBUTE_VALUES(0x8009, AttributeValues.class, AttributeValues::readFrom, null),
    DATA_RESULT(0x800A, DataResult.class, DataResult::readFrom, null),
    ERROR_RESPONSE(0xFFFF, ErrorResponse.class, ErrorResponse::readFrom, null);

    private static final int RESPONSE_BIT = 0x8000;
    private static final Map<Integer, NtlsMessageType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NtlsMessageType::code, Function.identity()));
    private static final Map<Class<?>, NtlsMessageType> BY_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(type -> type.messageClass, Function.identity()));

    private final int code;
    private final Class<? extends NtlsMessage> messageClass;
    private final Function<PayloadReader, ? extends NtlsMessage> reader;
    private final Class<? extends NtlsResponse> answer;

    NtlsMessageType(int code, Class<? extends NtlsMessage> messageClass,
                    Function<PayloadReader, ? extends NtlsMessage> reader, Class<? extends NtlsResponse> answer) {
        this.code = code;
        this.messageClass = messageClass;
        this.reader = reader;
        this.answer = answer;
    }

    /** The type with this wire code, if there is one. */
    public static Optional<NtlsMessageType> forCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The type of a message record. */
    public static NtlsMessageType of(NtlsMessage message) {
        return BY_CLASS.get(message.getClass());
    }

    /** The 16-bit wire code. */
    public int code() {
        return code;
    }

    public boolean isRequest() {
        return (code & RESPONSE_BIT) == 0;
    }

    /** The record's simple name, e.g. {@code Sign}, as error texts and the protocol document spell it. */
    public String messageName() {
        return messageClass.getSimpleName();
    }

    /**
     * Whether {@code response} is an acceptable answer to a request of this type: its typed response, or an
     * {@link ErrorResponse}. Always false for a response type.
     */
    public boolean isAnsweredBy(NtlsResponse response) {
        return answer != null && (response instanceof ErrorResponse || answer.isInstance(response));
    }

    /**
     * Reads one payload of this type, which must be consumed exactly.
     *
     * @throws MalformedPayloadException if a field does not parse, a value breaks a record's rules, or bytes are
     * left over
     */
    public NtlsMessage decode(ByteBuf payload) {
        PayloadReader in = new PayloadReader(payload, messageName());
        NtlsMessage message;
        try {
            message = reader.apply(in);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedPayloadException(messageName() + ": " + e.getMessage(), e);
        }
        in.expectEnd();
        return message;
    }
}
