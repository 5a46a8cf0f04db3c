package dev.dhsm.wire.message;

/** A request the Luna client library sends to the appliance: one PKCS#11-shaped operation on a partition. */
public sealed interface NtlsRequest extends NtlsMessage
        permits Hello, ListSlots, OpenSession, CloseSession, Login, Logout, InitToken, InitPin, SetPin, ResetPin,
        GetRoleState, GetPolicies, SetPolicy, GenerateKey, GenerateKeyPair, FindObjects, GetAttributes,
        DestroyObject, Sign, Verify, Encrypt, Decrypt, WrapKey, UnwrapKey, CloneOut, CloneIn {
}
