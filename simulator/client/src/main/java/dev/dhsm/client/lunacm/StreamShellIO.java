package dev.dhsm.client.lunacm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * LunaCM on plain streams: a script piped in, or {@code lunacm -c}/{@code -q} answering its prompts from standard
 * input. Nothing typed is echoed (there is no terminal to echo it), so each answer is followed by a line break to
 * keep the transcript readable; secrets are never written.
 */
public final class StreamShellIO implements ShellIO {

    private final BufferedReader in;
    private final PrintStream out;

    public StreamShellIO(InputStream in, PrintStream out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public void print(String text) {
        out.print(text);
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        String line = read();
        if (line != null) {
            out.print("\n");
        }
        return line;
    }

    @Override
    public String readSecret(String prompt) {
        return readLine(prompt);
    }

    @Override
    public void flush() {
        out.flush();
    }

    private String read() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
