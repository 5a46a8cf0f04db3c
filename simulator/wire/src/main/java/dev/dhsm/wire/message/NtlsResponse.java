package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * The appliance's answer to one request. Every response carries a {@code CKR_*} status: typed responses report
 * {@code CKR_OK} (except {@link AttributeValues}, which may report a partial read), and every failure is an
 * {@link ErrorResponse}.
 */
public sealed interface NtlsResponse extends NtlsMessage
        permits Ok, HelloOk, SlotList, SessionOpened, RoleState, PolicyList, ObjectHandle, KeyPairHandles,
        ObjectHandles, AttributeValues, DataResult, ErrorResponse {

    /** The {@code CKR_*} status. */
    default long status() {
        return Ckr.OK;
    }

    /** Whether the status is {@code CKR_OK}. */
    default boolean isOk() {
        return status() == Ckr.OK;
    }
}
