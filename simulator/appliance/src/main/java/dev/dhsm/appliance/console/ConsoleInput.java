package dev.dhsm.appliance.console;

/** What the serial line delivers to the console session: a typed line, an over-long line, or a hang-up. */
sealed interface ConsoleInput {
    /** A complete line, without its line ending, after backspace editing. */
    record Line(String text) implements ConsoleInput {
    }

    /** Events on the line that carry no text. */
    enum Event implements ConsoleInput {
        /** A line longer than the console accepts was typed and thrown away. */
        TOO_LONG,
        /** The peer is gone (carrier lost): the shell must end. */
        HANG_UP
    }
}
