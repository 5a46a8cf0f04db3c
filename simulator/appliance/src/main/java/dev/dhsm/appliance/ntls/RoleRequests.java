package dev.dhsm.appliance.ntls;

import dev.dhsm.model.Ckr;
import dev.dhsm.model.CkrException;
import dev.dhsm.model.PartitionPolicy;
import dev.dhsm.model.PartitionSession;
import dev.dhsm.model.RoleView;
import dev.dhsm.wire.message.GetPolicies;
import dev.dhsm.wire.message.GetRoleState;
import dev.dhsm.wire.message.InitPin;
import dev.dhsm.wire.message.Login;
import dev.dhsm.wire.message.Logout;
import dev.dhsm.wire.message.Ok;
import dev.dhsm.wire.message.PolicyList;
import dev.dhsm.wire.message.PolicyValue;
import dev.dhsm.wire.message.ResetPin;
import dev.dhsm.wire.message.RoleState;
import dev.dhsm.wire.message.SetPin;
import dev.dhsm.wire.message.SetPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partition roles and policies as LunaCM drives them over NTLS: {@code role login|logout|init|changepw|
 * resetpw|show} ({@code C_Login}, {@code C_Logout}, {@code C_InitPIN}, {@code C_SetPIN}, {@code CA_ResetPIN}) and
 * {@code partition showpolicies|changepolicy}. The model decides every outcome.
 */
final class RoleRequests {

    private final NtlsClient client;

    RoleRequests(NtlsClient client) {
        this.client = client;
    }

    Ok login(Login request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.roles().login(session, UserTypes.role(request.userType()), request.pin()));
        return new Ok();
    }

    Ok logout(Logout request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.roles().logout(session));
        return new Ok();
    }

    Ok initPin(InitPin request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.roles().initRole(session, UserTypes.role(request.role()), request.pin()));
        return new Ok();
    }

    Ok setPin(SetPin request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.roles().changePin(session, UserTypes.role(request.role()), request.oldPin(),
                request.newPin()));
        return new Ok();
    }

    Ok resetPin(ResetPin request) {
        PartitionSession session = client.session(request.session());
        client.appliance().run(tx -> tx.roles().resetPin(session, UserTypes.role(request.role()),
                request.newPin()));
        return new Ok();
    }

    RoleState roleState(GetRoleState request) {
        PartitionSession session = client.session(request.session());
        RoleView role = client.appliance().transact(tx -> tx.roles().show(session, UserTypes.role(request.role())));
        return new RoleState(role.initialized(), role.locked(), role.pinExpired(), role.failures(),
                role.loginsLeft());
    }

    PolicyList policies(GetPolicies request) {
        PartitionSession session = client.session(request.session());
        Map<PartitionPolicy, Integer> values = client.appliance().transact(tx -> tx.partitionPolicies().show(session));
        List<PolicyValue> out = new ArrayList<>();
        values.forEach((policy, value) -> out.add(new PolicyValue(policy.code(), policy.displayName(), value)));
        return new PolicyList(out);
    }

    Ok setPolicy(SetPolicy request) {
        PartitionSession session = client.session(request.session());
        int code = narrow(request.code());
        int value = narrow(request.value());
        client.appliance().run(tx -> tx.partitionPolicies().change(session, code, value));
        return new Ok();
    }

    /** A policy number or value no partition policy can hold is a bad argument. */
    private static int narrow(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CkrException(Ckr.ARGUMENTS_BAD, "value " + Long.toUnsignedString(value) + " is out of range");
        }
        return (int) value;
    }
}
