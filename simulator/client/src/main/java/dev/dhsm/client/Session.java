package dev.dhsm.client;

import dev.dhsm.wire.message.Attribute;
import dev.dhsm.wire.message.KeyPairHandles;
import dev.dhsm.wire.message.Mechanism;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.pkcs11.Cka;
import java.util.ArrayList;
import java.util.List;

/**
 * A PKCS#11 session on one Luna partition slot ({@code C_OpenSession} ... {@code C_CloseSession}): the logins,
 * role administration, policies, key generation, object search, crypto, wrapping and cloning LunaCM and
 * applications perform. Every failure throws {@link LunaClientException} with the {@code CKR_*} code.
 *
 * <p>Implementations are thread-safe: several threads may sign through one session, and many sessions may share
 * one connection. A later virtual HA slot is one more implementation over several member sessions.
 */
public interface Session extends AutoCloseable {

    /** The client slot this session was opened on. */
    long slotId();

    /** {@code C_Login}: LunaCM {@code role login -name po|co|cu}. */
    void login(Role role, String pin);

    /** {@code C_Logout}: LunaCM {@code role logout}. */
    void logout();

    /** {@code C_InitPIN}: the PO initializes the CO, the CO the CU ({@code role init}). */
    void initPin(Role role, String pin);

    /** {@code C_SetPIN}: the logged-in role changes its own password ({@code role changepw}). */
    void setPin(Role role, String oldPin, String newPin);

    /** {@code CA_ResetPIN}: the PO resets the CO, the CO the CU ({@code role resetpw}). */
    void resetPin(Role role, String newPin);

    /** What {@code role show} prints about a role. */
    RoleState roleState(Role role);

    /** The partition policies ({@code partition showpolicies}), in number order. */
    List<PolicyValue> policies();

    /** {@code partition changepolicy -policy code -value value} (the PO must be logged in). */
    void setPolicy(long code, long value);

    /** {@code C_GenerateKeyPair}. */
    KeyPairHandles generateKeyPair(KeyPairTemplate template);

    /** {@code C_GenerateKey}: answers the new key's handle. */
    long generateKey(SecretKeyTemplate template);

    /** {@code C_FindObjects} with a template; an empty template finds every object the session may see. */
    List<Long> findObjects(List<Attribute> template);

    /** Objects with this label and class; a null argument matches anything. */
    default List<Long> findObjects(String label, Long objectClass) {
        List<Attribute> template = new ArrayList<>();
        if (label != null) {
            template.add(Attribute.string(Cka.LABEL, label));
        }
        if (objectClass != null) {
            template.add(Attribute.ulong(Cka.CLASS, objectClass));
        }
        return findObjects(template);
    }

    /**
     * {@code C_GetAttributeValue}: one entry per type, in order; a sensitive or unknown attribute comes back
     * unavailable rather than failing the call.
     */
    List<Attribute> attributes(long handle, List<Long> types);

    /** {@code C_DestroyObject}. */
    void destroy(long handle);

    /** {@code C_Sign}. */
    byte[] sign(long key, Mechanism mechanism, byte[] data);

    /** {@code C_Verify}: false for {@code CKR_SIGNATURE_INVALID}, any other failure throws. */
    boolean verify(long key, Mechanism mechanism, byte[] data, byte[] signature);

    /** {@code C_Encrypt}. */
    byte[] encrypt(long key, Mechanism mechanism, byte[] data);

    /** {@code C_Decrypt}. */
    byte[] decrypt(long key, Mechanism mechanism, byte[] data);

    /** {@code C_WrapKey}. */
    byte[] wrapKey(long wrappingKey, long key, Mechanism mechanism);

    /** {@code C_UnwrapKey}: answers the new key's handle. */
    long unwrapKey(long unwrappingKey, Mechanism mechanism, byte[] wrappedKey, List<Attribute> template);

    /** Luna cloning, source side: the object sealed under the partition's cloning domain. */
    byte[] cloneOut(long handle);

    /** Luna cloning, target side: a blob from another cloning domain is refused ({@code CKR_CERTIFICATE_INVALID}). */
    long cloneIn(byte[] blob);

    /** {@code C_CloseSession}; a session already gone (its connection closed) closes quietly. */
    @Override
    void close();
}
