package dev.dhsm.conformance.target;

import java.util.Objects;

/**
 * The credentials of one appliance shell account (such as {@code tenantadmin} or the console-only
 * {@code recover}): its name, its current password, and the password to choose when the appliance forces a
 * change at login (a factory-fresh or recovered account).
 */
public record Account(String name, String password, String replacementPassword) {
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    /** An account whose password the appliance must not ask to change. */
    public static Account of(String name, String password) {
        return new Account(name, password, null);
    }

    /** The same account after its password changed to {@code newPassword}. */
    public Account withPassword(String newPassword) {
        return new Account(name, newPassword, replacementPassword);
    }

    /** The same account, choosing {@code newPassword} if the appliance forces a change. */
    public Account withReplacement(String newPassword) {
        return new Account(name, password, newPassword);
    }

    @Override
    public String toString() {
        return "Account[" + name + "]";
    }
}
