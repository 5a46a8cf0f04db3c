package dev.dhsm.client;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.AttributeValues;
import dev.dhsm.wire.message.CloneIn;
import dev.dhsm.wire.message.CloneOut;
import dev.dhsm.wire.message.CloseSession;
import dev.dhsm.wire.message.DataResult;
import dev.dhsm.wire.message.Decrypt;
import dev.dhsm.wire.message.DestroyObject;
import dev.dhsm.wire.message.Encrypt;
import dev.dhsm.wire.message.FindObjects;
import dev.dhsm.wire.message.GenerateKey;
import dev.dhsm.wire.message.GenerateKeyPair;
import dev.dhsm.wire.message.GetAttributes;
import dev.dhsm.wire.message.GetPolicies;
import dev.dhsm.wire.message.GetRoleState;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.ObjectHandle;
import dev.dhsm.wire.message.ObjectHandles;
import dev.dhsm.wire.message.Octets;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.PolicyList;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.ResetPin;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SetPolicy;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.UnwrapKey;
import dev.dhsm.wire.message.Verify;
import dev.dhsm.wire.message.WrapKey;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A PKCS#11 session on a partition of one appliance, bound to the NTLS connection it was opened on: every call is
 * one request on that connection. Thread-safe; when the connection closes, the appliance has already closed the
 * session, and calls fail with {@code RC_SERVER_DISCONNECTED}.
 */
final class NtlsSession implements Session {

    private final long slotId;
    private final NtlsConnection connection;
    private final long handle;
    private final Consumer<NtlsSession> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    NtlsSession(long slotId, NtlsConnection connection, long handle, Consumer<NtlsSession> onClose) {
        this.slotId = slotId;
        this.connection = connection;
        this.handle = handle;
        this.onClose = onClose;
    }

    @Override
    public long slotId() {
        return slotId;
    }

    @Override
    public void login(Role role, String pin) {
        connection.call(new Login(handle, role.userType(), pin), Ok.class);
    }

    @Override
    public void logout() {
        connection.call(new Logout(handle), Ok.class);
    }

    @Override
    public void initPin(Role role, String pin) {
        connection.call(new InitPin(handle, role.userType(), pin), Ok.class);
    }

    @Override
    public void setPin(Role role, String oldPin, String newPin) {
        connection.call(new SetPin(handle, role.userType(), oldPin, newPin), Ok.class);
    }

    @Override
    public void resetPin(Role role, String newPin) {
        connection.call(new ResetPin(handle, role.userType(), newPin), Ok.class);
    }

    @Override
    public RoleState roleState(Role role) {
        return connection.call(new GetRoleState(handle, role.userType()), RoleState.class);
    }

    @Override
    public List<PolicyValue> policies() {
        return connection.call(new GetPolicies(handle), PolicyList.class).policies();
    }

    @Override
    public void setPolicy(long code, long value) {
        connection.call(new SetPolicy(handle, code, value), Ok.class);
    }

    @Override
    public KeyPairHandles generateKeyPair(KeyPairTemplate template) {
        return connection.call(new GenerateKeyPair(handle, template.mechanism(), template.publicTemplate(),
                template.privateTemplate()), KeyPairHandles.class);
    }

    @Override
    public long generateKey(SecretKeyTemplate template) {
        return connection.call(new GenerateKey(handle, template.mechanism(), template.template()), ObjectHandle.class)
                .handle();
    }

    @Override
    public List<Long> findObjects(List<Attribute> template) {
        return connection.call(new FindObjects(handle, template), ObjectHandles.class).handles();
    }

    @Override
    public List<Attribute> attributes(long object, List<Long> types) {
        return connection.call(new GetAttributes(handle, object, types), AttributeValues.class).attributes();
    }

    @Override
    public void destroy(long object) {
        connection.call(new DestroyObject(handle, object), Ok.class);
    }

    @Override
    public byte[] sign(long key, Mechanism mechanism, byte[] data) {
        return data(new Sign(handle, key, mechanism, Octets.of(data)));
    }

    @Override
    public boolean verify(long key, Mechanism mechanism, byte[] data, byte[] signature) {
        try {
            connection.call(new Verify(handle, key, mechanism, Octets.of(data), Octets.of(signature)), Ok.class);
            return true;
        } catch (LunaClientException e) {
            if (e.code() == Ckr.SIGNATURE_INVALID) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public byte[] encrypt(long key, Mechanism mechanism, byte[] data) {
        return data(new Encrypt(handle, key, mechanism, Octets.of(data)));
    }

    @Override
    public byte[] decrypt(long key, Mechanism mechanism, byte[] data) {
        return data(new Decrypt(handle, key, mechanism, Octets.of(data)));
    }

    @Override
    public byte[] wrapKey(long wrappingKey, long key, Mechanism mechanism) {
        return data(new WrapKey(handle, wrappingKey, key, mechanism));
    }

    @Override
    public long unwrapKey(long unwrappingKey, Mechanism mechanism, byte[] wrappedKey, List<Attribute> template) {
        return connection.call(new UnwrapKey(handle, unwrappingKey, mechanism, Octets.of(wrappedKey), template),
                ObjectHandle.class).handle();
    }

    @Override
    public byte[] cloneOut(long object) {
        return data(new CloneOut(handle, object));
    }

    @Override
    public long cloneIn(byte[] blob) {
        return connection.call(new CloneIn(handle, Octets.of(blob)), ObjectHandle.class).handle();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        onClose.accept(this);
        if (connection.isOpen()) {
            try {
                connection.call(new CloseSession(handle), Ok.class);
            } catch (LunaClientException e) {
                // The appliance forgets the session with its connection anyway.
            }
        }
    }

    private byte[] data(dev.dhsm.wire.message.NtlsRequest request) {
        return connection.call(request, DataResult.class).data().toByteArray();
    }

    @Override
    public String toString() {
        return "NtlsSession[slot " + slotId + ", " + connection.server() + "]";
    }
}
