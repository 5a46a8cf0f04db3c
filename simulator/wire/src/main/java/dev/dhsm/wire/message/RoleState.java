package dev.dhsm.wire.message;

import dev.dhsm.wire.pkcs11.Ckr;

/**
 * A partition role's state, in answer to {@link GetRoleState}.
 *
 * @param initialized whether the role has a password
 * @param locked whether failed logins have locked the role
 * @param pinExpired whether the password must be changed before use (HSM policy 21)
 * @param failedLogins consecutive failed logins so far
 * @param loginsLeft failed logins left before the threshold consequence
 */
public record RoleState(boolean initialized, boolean locked, boolean pinExpired, long failedLogins, long loginsLeft)
        implements NtlsResponse {

    @Override
    public void writeTo(PayloadWriter out) {
        out.uint32(Ckr.OK).bool(initialized).bool(locked).bool(pinExpired).uint32(failedLogins).uint32(loginsLeft);
    }

    static RoleState readFrom(PayloadReader in) {
        in.okStatus();
        return new RoleState(
                in.bool("initialized"),
                in.bool("locked"),
                in.bool("pinExpired"),
                in.uint32("failedLogins"),
                in.uint32("loginsLeft"));
    }
}
