package dev.dhsm.appliance.lunash;

import dev.dhsm.model.HsmView;
import dev.dhsm.model.PartitionView;

/** {@code hsm show}: appliance and HSM details in the 7.2.0-220 layout, column for column. */
final class HsmShowCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("hsm", "show", "Display HSM information");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        HsmView v = ctx.appliance().transact(tx -> tx.hsm().view(ctx.session()));
        ShellIO io = ctx.io();
        io.println("");
        io.println("");
        section(io, "Appliance Details:");
        io.println(field(33, "Software Version:", v.softwareVersion()));
        io.println("");
        section(io, "HSM Details:");
        io.println(field(36, "HSM Label:", v.label()));
        io.println(field(36, "Serial #:", v.serial()));
        io.println(field(36, "Firmware:", v.firmware()));
        io.println(field(36, "HSM Model:", v.model()));
        io.println(field(36, "HSM Part Number:", v.partNumber()));
        io.println(field(36, "Authentication Method:", "Password"));
        io.println(field(36, "HSM Admin login status:", v.soLoggedIn() ? "Logged In" : "Not Logged In"));
        io.println(field(36, "HSM Admin login attempts left:", v.zeroized() ? "HSM IS ZEROIZED !!!!"
                : v.soAttemptsLeft() + " before HSM zeroization!"));
        io.println(field(36, "RPV Initialized:", "No"));
        io.println(field(36, "Audit Role Initialized:", yesNo(v.auditInitialized())));
        io.println(field(36, "Remote Login Initialized:", "No"));
        io.println(field(36, "Manually Zeroized:", yesNo(v.manuallyZeroized())));
        io.println(field(36, "Secure Transport Mode:", "No"));
        io.println(field(36, "HSM Tamper State:", "No tamper(s)"));
        io.println("");
        io.println("   Partitions created on HSM:");
        io.println("   ==============================");
        if (v.partitions().isEmpty()) {
            io.println("   There are no partitions.");
        }
        for (PartitionView p : v.partitions()) {
            io.println("   Partition: " + p.serial() + ", Name: " + p.name());
        }
        io.println("");
        io.println("");
        io.println(field(37, "Number of partitions allowed:", String.valueOf(v.partitionsAllowed())));
        io.println(field(37, "Number of partitions created:", String.valueOf(v.partitions().size())));
        io.println("");
        section(io, "FIPS 140-2 Operation:");
        io.println(v.fipsMode() ? "   The HSM is in FIPS 140-2 approved operation mode."
                : "   The HSM is NOT in FIPS 140-2 approved operation mode.");
        io.println("");
        section(io, "HSM Storage Information:");
        io.println(field(37, "Maximum HSM Storage Space (Bytes):", String.valueOf(v.storageMax())));
        io.println(field(37, "Space In Use (Bytes):", String.valueOf(v.storageUsed())));
        io.println(field(37, "Free Space Left (Bytes):", String.valueOf(v.storageFree())));
        io.println("");
        section(io, "Environmental Information on HSM:");
        io.println(field(37, "Battery Voltage:", "3.093 V"));
        io.println(field(37, "Battery Warning Threshold Voltage:", "2.750 V"));
        io.println(field(37, "System Temp:", "35 deg. C"));
        io.println(field(37, "System Temp Warning Threshold:", "75 deg. C"));
        io.println("");
    }

    private static void section(ShellIO io, String title) {
        io.println("   " + title);
        io.println("   " + "=".repeat(title.length()));
    }

    /** A {@code label: value} line: label at column 4, value at column 4 + width. */
    static String field(int width, String label, String value) {
        String line = "   " + String.format("%-" + width + "s", label) + value;
        return line.stripTrailing();
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
