package dev.dhsm.appliance.ntls;

import dev.dhsm.model.CkrException;
import dev.dhsm.model.LunaException;
import dev.dhsm.wire.message.CloneIn;
import dev.dhsm.wire.message.CloneOut;
import dev.dhsm.wire.message.CloseSession;
import dev.dhsm.wire.message.Decrypt;
import dev.dhsm.wire.message.DestroyObject;
import dev.dhsm.wire.message.Encrypt;
import dev.dhsm.wire.message.FindObjects;
import dev.dhsm.wire.message.GenerateKey;
import dev.dhsm.wire.message.GenerateKeyPair;
import dev.dhsm.wire.message.GetAttributes;
import dev.dhsm.wire.message.GetPolicies;
import dev.dhsm.wire.message.GetRoleState;
import dev.dhsm.wire.message.Hello;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.InitToken;
import dev.dhsm.wire.message.ListSlots;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.NtlsRequest;
import dev.dhsm.wire.message.NtlsResponse;
import dev.dhsm.wire.message.OpenSession;
import dev.dhsm.wire.message.ResetPin;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SetPolicy;
import dev.dhsm.wire.message.Sign;
import dev.dhsm.wire.message.UnwrapKey;
import dev.dhsm.wire.message.Verify;
import dev.dhsm.wire.message.WrapKey;

/**
 * Answers the requests of one NTLS connection, each by one model call: picks the request's translation, and turns
 * a refusal from the model ({@link CkrException}, {@link LunaException}) into the {@code ErrorResponse} a Luna
 * client sees. Anything else thrown is an internal failure, which the session handler answers with
 * {@code CKR_GENERAL_ERROR} and logs on the appliance only.
 */
final class NtlsRequests {

    private final SlotRequests slots;
    private final RoleRequests roles;
    private final ObjectRequests objects;
    private final KeyTransferRequests transfers;
    private final CryptoRequests crypto;

    NtlsRequests(NtlsClient client) {
        this.slots = new SlotRequests(client);
        this.roles = new RoleRequests(client);
        this.objects = new ObjectRequests(client);
        this.transfers = new KeyTransferRequests(client);
        this.crypto = new CryptoRequests(client);
    }

    NtlsResponse answer(NtlsRequest request) {
        try {
            NtlsResponse response = sessionOrRole(request);
            return response != null ? response : objectOrCrypto(request);
        } catch (CkrException refused) {
            return ErrorResponses.of(refused);
        } catch (LunaException refused) {
            return ErrorResponses.of(refused);
        }
    }

    private NtlsResponse sessionOrRole(NtlsRequest request) {
        if (request instanceof Hello r) {
            return slots.hello(r);
        } else if (request instanceof ListSlots) {
            return slots.listSlots();
        } else if (request instanceof OpenSession r) {
            return slots.openSession(r);
        } else if (request instanceof CloseSession r) {
            return slots.closeSession(r);
        } else if (request instanceof InitToken r) {
            return slots.initToken(r);
        } else if (request instanceof Login r) {
            return roles.login(r);
        } else if (request instanceof Logout r) {
            return roles.logout(r);
        } else if (request instanceof InitPin r) {
            return roles.initPin(r);
        } else if (request instanceof SetPin r) {
            return roles.setPin(r);
        } else if (request instanceof ResetPin r) {
            return roles.resetPin(r);
        } else if (request instanceof GetRoleState r) {
            return roles.roleState(r);
        } else if (request instanceof GetPolicies r) {
            return roles.policies(r);
        } else if (request instanceof SetPolicy r) {
            return roles.setPolicy(r);
        }
        return null;
    }

    private NtlsResponse objectOrCrypto(NtlsRequest request) {
        if (request instanceof Sign r) {
            return crypto.sign(r);
        } else if (request instanceof Verify r) {
            return crypto.verify(r);
        } else if (request instanceof Encrypt r) {
            return crypto.encrypt(r);
        } else if (request instanceof Decrypt r) {
            return crypto.decrypt(r);
        } else if (request instanceof GenerateKey r) {
            return objects.generateKey(r);
        } else if (request instanceof GenerateKeyPair r) {
            return objects.generateKeyPair(r);
        } else if (request instanceof FindObjects r) {
            return objects.find(r);
        } else if (request instanceof GetAttributes r) {
            return objects.attributes(r);
        } else if (request instanceof DestroyObject r) {
            return objects.destroy(r);
        } else if (request instanceof WrapKey r) {
            return transfers.wrap(r);
        } else if (request instanceof UnwrapKey r) {
            return transfers.unwrap(r);
        } else if (request instanceof CloneOut r) {
            return transfers.cloneOut(r);
        } else if (request instanceof CloneIn r) {
            return transfers.cloneIn(r);
        }
        throw new IllegalArgumentException("no translation for " + request.getClass().getSimpleName());
    }
}
