package dev.dhsm.conformance.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void escapesAndCarriageReturnsGo() {
        assertEquals("[local_host] lunash:>hsm show\nok\n",
                TerminalText.clean("\u001B[?2004h\u001B]0;title\u0007[local_host] lunash:>\u001B[1mhsm show\u001B[0m\r\nok\r\n"));
        assertEquals("a\nb", TerminalText.clean("a\rxx".replace("xx", "") + "\n\u001B(Bb\u001B7"));
    }

    @Test
    void aSequenceCutOffAtTheEndIsDropped() {
        assertEquals("text", TerminalText.clean("text\u001B[?20"));
        assertEquals("text", TerminalText.clean("text\u001B"));
    }

    @Test
    void controlCharactersGoButTabsAndNewlinesStay() {
        assertEquals("a\tb\nc", TerminalText.clean("a\tb\u0007\n\u0000c"));
    }
}
