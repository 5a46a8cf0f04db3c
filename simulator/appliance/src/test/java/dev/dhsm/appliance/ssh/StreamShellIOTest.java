package dev.dhsm.appliance.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamShellIOTest {
    @Test
    void readsLinesPrintsPromptsAndEndsAtEof() {
        String input = "hsm show\r\n" + "x".repeat(2000) + "\npass word\nlast";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamShellIO io = new StreamShellIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals("hsm show", io.readLine("p> "));
        assertEquals("pass word", io.readLine("p> "));
        assertEquals("last", io.readSecret("pw: "));
        assertNull(io.readLine("p> "));
        assertFalse(io.interactive());
        assertEquals("p> p> " + StreamShellIO.TOO_LONG + "\np> pw: p> ", out.toString(StandardCharsets.UTF_8));
    }
}
