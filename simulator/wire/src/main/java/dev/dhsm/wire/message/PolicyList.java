package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;
import java.util.List;

/**
 * The partition's policies with their current values, in answer to {@link GetPolicies}.
 *
 * @param policies the policies in number order
 */
public record PolicyList(List<PolicyValue> policies) implements NtlsResponse {

    public PolicyList {
        policies = List.copyOf(policies);
    }

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).list(policies, (w, policy) -> policy.writeTo(w));
    }

    static PolicyList readFrom(PayloadReader in) {
        in.okStatus();
        return new PolicyList(in.list("policies", PolicyValue.MIN_SIZE, PolicyValue::readFrom));
    }
}
