package dev.dhsm.client;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.pkcs11.Cka;
import dev.dhsm.wire.pkcs11.Cko;
import dev.dhsm.wire.pkcs11.Ckr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A session on a {@link FakePartition}: the role rules LunaCM relies on (who initializes whom, wrong passwords,
 * already logged in), objects, policies and cloning, where a blob only goes into a partition of the same domain.
 */
final class FakeSession implements Session {

    private final long slotId;
    private final FakePartition p;
    private Role role;

    FakeSession(long slotId, FakePartition partition) {
        this.slotId = slotId;
        this.p = partition;
    }

    @Override
    public long slotId() {
        return slotId;
    }

    @Override
    public void login(Role who, String pin) {
        if (!p.initialized || p.pins.get(who) == null) {
            throw new LunaClientException(Ckr.USER_PIN_NOT_INITIALIZED, who.shortName() + " is not initialized");
        }
        if (role != null) {
            throw new LunaClientException(role == who ? Ckr.USER_ALREADY_LOGGED_IN
                    : Ckr.USER_ANOTHER_ALREADY_LOGGED_IN, "already logged in");
        }
        if (!p.pins.get(who).equals(pin)) {
            p.failures.merge(who, 1, Integer::sum);
            throw new LunaClientException(Ckr.PIN_INCORRECT, "wrong password");
        }
        p.failures.remove(who);
        role = who;
    }

    @Override
    public void logout() {
        if (role == null) {
            throw new LunaClientException(Ckr.USER_NOT_LOGGED_IN, "nobody is logged in");
        }
        role = null;
    }

    @Override
    public void initPin(Role who, String pin) {
        require(who == Role.CO ? Role.PO : Role.CO);
        p.pins.put(who, pin);
        p.expired.put(who, true);
    }

    @Override
    public void setPin(Role who, String oldPin, String newPin) {
        require(who);
        if (!p.pins.get(who).equals(oldPin)) {
            throw new LunaClientException(Ckr.PIN_INCORRECT, "wrong old password");
        }
        p.pins.put(who, newPin);
        p.expired.put(who, false);
    }

    @Override
    public void resetPin(Role who, String newPin) {
        initPin(who, newPin);
    }

    @Override
    public RoleState roleState(Role who) {
        int failed = p.failures.getOrDefault(who, 0);
        return new RoleState(p.initialized && p.pins.containsKey(who), false,
                p.expired.getOrDefault(who, false), failed, 10 - failed);
    }

    @Override
    public List<PolicyValue> policies() {
        List<PolicyValue> out = new ArrayList<>();
        p.policies.forEach((code, value) -> out.add(new PolicyValue(code, "Policy " + code, value)));
        return out;
    }

    @Override
    public void setPolicy(long code, long value) {
        require(Role.PO);
        if (!p.policies.containsKey(code)) {
            throw new LunaClientException(Ckr.POLICY_ID_INVALID, "no policy " + code);
        }
        p.policies.put(code, value);
    }

    @Override
    public KeyPairHandles generateKeyPair(KeyPairTemplate template) {
        require(Role.CO);
        return new KeyPairHandles(p.add(template.label(), Cko.PUBLIC_KEY), p.add(template.label(), Cko.PRIVATE_KEY));
    }

    @Override
    public long generateKey(SecretKeyTemplate template) {
        require(Role.CO);
        return p.add(template.label(), Cko.SECRET_KEY);
    }

    @Override
    public List<Long> findObjects(List<Attribute> template) {
        return role == null ? List.of() : List.copyOf(p.objects.keySet());
    }

    @Override
    public List<Attribute> attributes(long handle, List<Long> types) {
        FakePartition.FakeObject o = object(handle);
        List<Attribute> out = new ArrayList<>();
        for (long type : types) {
            out.add(type == Cka.LABEL ? Attribute.string(type, o.label())
                    : type == Cka.CLASS ? Attribute.ulong(type, o.objectClass()) : Attribute.unavailable(type));
        }
        return out;
    }

    @Override
    public void destroy(long handle) {
        require(Role.CO);
        object(handle);
        p.objects.remove(handle);
    }

    @Override
    public byte[] sign(long key, Mechanism mechanism, byte[] data) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public boolean verify(long key, Mechanism mechanism, byte[] data, byte[] signature) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public byte[] encrypt(long key, Mechanism mechanism, byte[] data) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public byte[] decrypt(long key, Mechanism mechanism, byte[] data) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public byte[] wrapKey(long wrappingKey, long key, Mechanism mechanism) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public long unwrapKey(long unwrappingKey, Mechanism mechanism, byte[] wrappedKey, List<Attribute> template) {
        throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "fake");
    }

    @Override
    public byte[] cloneOut(long handle) {
        require(Role.CO);
        FakePartition.FakeObject o = object(handle);
        if (o.label().startsWith("nocopy")) {
            throw new LunaClientException(Ckr.KEY_NOT_WRAPPABLE, "cloning forbidden");
        }
        return (o.domain() + "\n" + o.objectClass() + "\n" + o.label()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public long cloneIn(byte[] blob) {
        require(Role.CO);
        String[] parts = new String(blob, StandardCharsets.UTF_8).split("\n", 3);
        if (!parts[0].equals(p.domain)) {
            throw new LunaClientException(ReturnCodes.CKR_CERTIFICATE_INVALID, "another cloning domain");
        }
        return p.add(parts[2], Long.parseLong(parts[1]));
    }

    @Override
    public void close() {
        role = null;
    }

    private void require(Role who) {
        if (role != who) {
            throw new LunaClientException(Ckr.USER_NOT_LOGGED_IN, who.shortName() + " must be logged in");
        }
    }

    private FakePartition.FakeObject object(long handle) {
        FakePartition.FakeObject o = p.objects.get(handle);
        if (o == null) {
            throw new LunaClientException(Ckr.OBJECT_HANDLE_INVALID, "no object " + handle);
        }
        return o;
    }
}
