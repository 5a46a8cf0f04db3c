package dev.dhsm.client.ha;

import dev.dhsm.client.KeyPairTemplate;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Role;
import dev.dhsm.client.SecretKeyTemplate;
import dev.dhsm.client.Session;
import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.pkcs11.Ckr;
import java.util.ArrayList;
import java.util.List;

/**
 * A session on an HA virtual slot: one PKCS#11 session spread over the group's alive members. Requests that read or
 * use keys go to one member at a time, round robin; when a member stops answering, the group drops it and the same
 * request is sent to the next member, so the application sees no error while one member is left. Logins, password
 * changes, policy changes and deletions go to every alive member; new objects are made on one member and cloned to
 * the others (the cloning path: blobs sealed under the partition's domain, never key material in the clear).
 *
 * <p>Object handles are the virtual slot's own ({@link VirtualObjects}). Thread-safe.
 */
final class HaSession implements Session {

    private final HaClient client;
    private final HaGroup group;
    private final long slotId;
    private final MemberSessions members;
    private final VirtualObjects objects = new VirtualObjects();

    HaSession(HaClient client, HaGroup group, long slotId) {
        this.client = client;
        this.group = group;
        this.slotId = slotId;
        this.members = new MemberSessions(client, group, objects);
    }

    @Override
    public long slotId() {
        return slotId;
    }

    HaGroup group() {
        return group;
    }

    MemberSessions members() {
        return members;
    }

    VirtualObjects objects() {
        return objects;
    }

    @Override
    public void login(Role role, String pin) {
        members.each(m -> {
            m.session().login(role, pin);
            return null;
        });
        members.loggedIn(role, pin);
    }

    @Override
    public void logout() {
        members.loggedIn(null, null);
        members.each(m -> {
            m.session().logout();
            return null;
        });
    }

    @Override
    public void initPin(Role role, String pin) {
        members.each(m -> {
            m.session().initPin(role, pin);
            return null;
        });
    }

    @Override
    public void setPin(Role role, String oldPin, String newPin) {
        members.each(m -> {
            m.session().setPin(role, oldPin, newPin);
            return null;
        });
        members.pinChanged(role, newPin);
    }

    @Override
    public void resetPin(Role role, String newPin) {
        members.each(m -> {
            m.session().resetPin(role, newPin);
            return null;
        });
    }

    @Override
    public RoleState roleState(Role role) {
        return members.any(m -> m.session().roleState(role));
    }

    @Override
    public List<PolicyValue> policies() {
        return members.any(m -> m.session().policies());
    }

    @Override
    public void setPolicy(long code, long value) {
        members.each(m -> {
            m.session().setPolicy(code, value);
            return null;
        });
    }

    @Override
    public KeyPairHandles generateKeyPair(KeyPairTemplate template) {
        return members.primary(m -> {
            KeyPairHandles made = m.session().generateKeyPair(template);
            long pub = objects.created(m, made.publicKey());
            long priv = objects.created(m, made.privateKey());
            members.replicate(m, List.of(made.publicKey(), made.privateKey()), List.of(pub, priv));
            return new KeyPairHandles(pub, priv);
        });
    }

    @Override
    public long generateKey(SecretKeyTemplate template) {
        return members.primary(m -> made(m, m.session().generateKey(template)));
    }

    @Override
    public long unwrapKey(long unwrappingKey, Mechanism mechanism, byte[] wrappedKey, List<Attribute> template) {
        return members.primary(m -> made(m, m.session().unwrapKey(m.handle(unwrappingKey), mechanism, wrappedKey,
                template)));
    }

    @Override
    public long cloneIn(byte[] blob) {
        return members.primary(m -> made(m, m.session().cloneIn(blob)));
    }

    private long made(MemberSession m, long handle) {
        long virtual = objects.created(m, handle);
        members.replicate(m, List.of(handle), List.of(virtual));
        return virtual;
    }

    @Override
    public List<Long> findObjects(List<Attribute> template) {
        return members.primary(m -> {
            List<Long> out = new ArrayList<>();
            for (long handle : m.session().findObjects(template)) {
                out.add(objects.found(m, handle));
            }
            return out;
        });
    }

    @Override
    public List<Attribute> attributes(long handle, List<Long> types) {
        return members.any(m -> m.session().attributes(m.handle(handle), types));
    }

    @Override
    public void destroy(long handle) {
        objects.require(handle);
        members.each(m -> {
            m.session().destroy(m.handle(handle));
            return null;
        });
        objects.forget(handle);
    }

    @Override
    public byte[] sign(long key, Mechanism mechanism, byte[] data) {
        return members.any(m -> m.session().sign(m.handle(key), mechanism, data));
    }

    @Override
    public boolean verify(long key, Mechanism mechanism, byte[] data, byte[] signature) {
        return members.any(m -> m.session().verify(m.handle(key), mechanism, data, signature));
    }

    @Override
    public byte[] encrypt(long key, Mechanism mechanism, byte[] data) {
        return members.any(m -> m.session().encrypt(m.handle(key), mechanism, data));
    }

    @Override
    public byte[] decrypt(long key, Mechanism mechanism, byte[] data) {
        return members.any(m -> m.session().decrypt(m.handle(key), mechanism, data));
    }

    @Override
    public byte[] wrapKey(long wrappingKey, long key, Mechanism mechanism) {
        return members.any(m -> m.session().wrapKey(m.handle(wrappingKey), m.handle(key), mechanism));
    }

    @Override
    public byte[] cloneOut(long handle) {
        return members.any(m -> m.session().cloneOut(m.handle(handle)));
    }

    @Override
    public void close() {
        members.close();
    }

    /** The error an application gets when no member is left. */
    static LunaClientException noMember(HaGroup group, LunaClientException last) {
        String why = "no member of the HA group " + group.label() + " is alive";
        return last == null ? new LunaClientException(Ckr.TOKEN_NOT_PRESENT, why)
                : new LunaClientException(last.code(), why + "; the last one failed: " + last.getMessage(), last);
    }
}
