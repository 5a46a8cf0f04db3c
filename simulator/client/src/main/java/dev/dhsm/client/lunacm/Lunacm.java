package dev.dhsm.client.lunacm;

import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.Slot;
import java.util.List;
import java.util.Locale;

/**
 * The LunaCM 7.2.0-220 command language over the client library, as pure text in and text out: the banner, the
 * {@code Available HSMs} listing, the {@code lunacm:>} prompt, one command per line, each ending in
 * {@code Command Result : No Error} or {@code Command Result : 0x<8 hex digits> (<name>)}. It never touches a
 * terminal or socket itself: transports hand it a {@link ShellIO}.
 */
public final class Lunacm {

    public static final String BANNER =
            "lunacm (64-bit) v7.2.0-220. Copyright (c) 2018 SafeNet. All rights reserved.";
    public static final String PROMPT = "lunacm:>";

    private final LunacmState state;
    private final CommandTable table = StandardCommands.table();

    public Lunacm(LunacmState state) {
        this.state = state;
    }

    public LunacmState state() {
        return state;
    }

    /** The banner and the slot listing LunaCM prints when it starts. */
    public void startup(ShellIO io) {
        io.println(BANNER);
        List<Slot> slots;
        try {
            slots = state.refreshSlots();
        } catch (LunaClientException e) {
            io.println("");
            io.println("  Error: " + e.getMessage());
            slots = List.of();
        }
        SlotListing.startup(io, slots, state.unreachable(), state.currentSlotId());
        io.flush();
    }

    /** An interactive session: startup, then commands until {@code exit} or end of input. */
    public void runShell(ShellIO io) {
        startup(io);
        while (true) {
            String line = io.readLine(PROMPT);
            if (line == null || isExit(line)) {
                break;
            }
            if (!line.isBlank()) {
                execute(io, line);
                io.println("");
            }
            io.flush();
        }
        io.flush();
    }

    /** Runs one command line and prints its output and result line; answers the result code (0 = success). */
    public long execute(ShellIO io, String line) {
        long result = table.execute(new CommandContext(state, io), line);
        io.flush();
        return result;
    }

    static boolean isExit(String line) {
        String t = line.trim().toLowerCase(Locale.ROOT);
        return t.equals("exit") || t.equals("quit");
    }
}
