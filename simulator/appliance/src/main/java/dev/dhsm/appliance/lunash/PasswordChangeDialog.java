package dev.dhsm.appliance.lunash;

import dev.dhsm.model.Appliance;
import dev.dhsm.model.ShellSession;
import java.util.Optional;

/**
 * The forced password change at first login (and after {@code recover}): the boxed notice, the
 * {@code New password:} / {@code Retype new password:} exchange with the appliance's password rules, and
 * the closing lines. The shell does not start until it succeeds.
 */
final class PasswordChangeDialog {
    private static final int ATTEMPTS = 3;

    private final Appliance appliance;
    private final ShellSession session;
    private final ShellIO io;

    PasswordChangeDialog(Appliance appliance, ShellSession session, ShellIO io) {
        this.appliance = appliance;
        this.session = session;
        this.io = io;
    }

    boolean isDue() {
        return appliance.transact(tx -> tx.accounts().mustChangePassword(session));
    }

    /** Runs the dialog when a change is due; answers whether the shell may go on. */
    boolean runIfDue() {
        if (!isDue()) {
            return true;
        }
        io.println("");
        io.println("*****************************************************");
        io.println("**                                                 **");
        io.println("**   For security purposes, you must change your   **");
        io.println("**   password.  Please choose a new password and   **");
        io.println("**   keep it in a safe place.  DO NOT LOSE IT!     **");
        io.println("**                                                 **");
        io.println("*****************************************************");
        io.println("Changing password for user " + session.account() + ".");
        io.println("You can now choose the new password.");
        io.println("The password must be at least 8 characters long.");
        io.println("The password must contain characters from at least 3 of the following 4 categories:");
        io.println("    - Uppercase letters (A through Z)");
        io.println("    - Lowercase letters (a through z)");
        io.println("    - Numbers (0 through 9)");
        io.println("    - Non-alphanumeric characters (such as !, $, #, %)");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String first = io.readSecret("New password: ");
            if (first == null) {
                return false;
            }
            String second = io.readSecret("Retype new password: ");
            if (second == null) {
                return false;
            }
            if (!first.equals(second)) {
                io.println("Sorry, passwords do not match.");
                continue;
            }
            Optional<String> problem = appliance.transact(tx -> tx.accounts().changePassword(session, first));
            if (problem.isPresent()) {
                io.println(problem.get());
                continue;
            }
            io.println("passwd: all authentication tokens updated successfully.");
            io.println("Password change successful.");
            return true;
        }
        io.println("passwd: Have exhausted maximum number of retries for service");
        return false;
    }
}
