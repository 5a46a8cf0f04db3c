package dev.dhsm.client.lunacm;

import dev.dhsm.client.ServerFailure;
import dev.dhsm.client.Slot;
import java.util.List;

/**
 * How LunaCM prints slots, at startup ({@code Available HSMs:} ... {@code Current Slot Id: 0}) and for
 * {@code slot list}: one block per slot, two-space indent, values in column 27 (reference §1.3).
 */
final class SlotListing {

    private static final int LABEL_WIDTH = 24;

    private SlotListing() {
    }

    /** The startup listing. */
    static void startup(ShellIO io, List<Slot> slots, List<ServerFailure> unreachable, long current) {
        io.println("");
        io.println("  Available HSMs:");
        io.println("");
        for (Slot slot : slots) {
            block(io, slot);
            io.println("");
        }
        failures(io, unreachable);
        io.println("");
        io.println("  Current Slot Id: " + (slots.isEmpty() ? "None" : Long.toString(current)));
        io.println("");
    }

    /** One slot's block. */
    static void block(ShellIO io, Slot slot) {
        field(io, "Slot Id ->", Long.toString(slot.slotId()));
        field(io, "Label ->", slot.label());
        field(io, "Serial Number ->", slot.partitionSerial());
        field(io, "Model ->", slot.model());
        field(io, "Firmware Version ->", slot.firmwareVersion());
        field(io, "Configuration ->", slot.configuration());
        field(io, "Slot Description ->", slot.description());
    }

    /** One line per server that could not be reached (ours: the real client just leaves its slots out). */
    static void failures(ShellIO io, List<ServerFailure> unreachable) {
        for (ServerFailure failure : unreachable) {
            io.println("  Server " + failure.server() + " is unreachable: " + failure.error().describe());
            io.println("    " + failure.error().getMessage());
            io.println("");
        }
    }

    /** {@code "  Label ->                value"}, without trailing blanks when the value is empty. */
    static void field(ShellIO io, String label, String value) {
        io.println(("  " + pad(label, LABEL_WIDTH) + value).stripTrailing());
    }

    static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
