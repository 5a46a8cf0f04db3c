package dev.dhsm.appliance.ssh;

import dev.dhsm.appliance.lunash.ShellIO;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lunash over an SSH channel without a pseudo-terminal ({@code ssh hsm <<EOF}, a piped script, or one
 * command given on the ssh command line): lines read straight from stdin with no editing and no echo,
 * every prompt still printed (drivers look for it), {@code \n} line endings.
 */
final class StreamShellIO implements ShellIO, Closeable {
    static final int MAX_LINE_BYTES = 1024;
    static final String TOO_LONG = "Error:  Input line too long (maximum " + MAX_LINE_BYTES + " characters).";
    private static final Logger LOG = LoggerFactory.getLogger(StreamShellIO.class);

    private final InputStream in;
    private final OutputStream out;
    private volatile boolean broken;

    StreamShellIO(InputStream in, OutputStream out) {
        this.in = new BufferedInputStream(in);
        this.out = out;
    }

    @Override
    public void print(String text) {
        if (broken) {
            return;
        }
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            gone(e);
        }
    }

    @Override
    public String readLine(String prompt) {
        while (true) {
            print(prompt);
            flush();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int length = 0;
            int last = -1;
            int b;
            try {
                while ((b = in.read()) >= 0 && b != '\n') {
                    length++;
                    last = b;
                    if (line.size() <= MAX_LINE_BYTES) {
                        line.write(b);
                    }
                }
            } catch (IOException e) {
                gone(e);
                return null;
            }
            if (b < 0 && length == 0) {
                return null;
            }
            int content = last == '\r' ? length - 1 : length;
            if (content > MAX_LINE_BYTES) {
                println(TOO_LONG);
                continue;
            }
            return new String(line.toByteArray(), 0, content, StandardCharsets.UTF_8);
        }
    }

    @Override
    public String readSecret(String prompt) {
        return readLine(prompt);
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void flush() {
        if (broken) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            gone(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("closing the channel's input", e);
        }
    }

    private void gone(IOException e) {
        if (!broken) {
            broken = true;
            LOG.debug("ssh channel stream closed", e);
        }
    }
}
