package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.Account;
import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.ConsoleSession;
import dev.dhsm.conformance.target.LoginRefusedException;
import dev.dhsm.conformance.target.LunashResponse;
import dev.dhsm.conformance.target.LunashSession;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The appliance's local serial console as a terminal server presents it: a raw TCP byte stream with
 * {@code \r\n} line endings, a {@code login as:} / {@code Password:} login, then lunash (or, for the
 * {@code recover} account, a message and a new {@code login as:}). One reader thread copies what the
 * console prints into a {@link Transcript}.
 */
public final class ConsoleDriver implements ConsoleSession {
    private static final Pattern LOGIN_AS = Pattern.compile("login as:\\s*$");
    private static final Pattern PASSWORD = Pattern.compile("(?<![Nn]ew )Password:\\s*$");

    private final Socket socket;
    private final OutputStream keyboard;
    private final Transcript transcript = new Transcript();
    private final Duration timeout;
    private final String enter;
    private final Thread reader;
    private ShellOnConsole shell;

    private ConsoleDriver(Socket socket, Duration timeout, String enter) throws IOException {
        this.socket = socket;
        this.timeout = timeout;
        this.enter = enter;
        this.keyboard = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        this.reader = new Thread(() -> pump(in), "dhsm-console-reader-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to the console at {@code address}; {@code enter} is what the Enter key sends ({@code "\r"} on a serial line). */
    public static ConsoleDriver connect(InetSocketAddress address, Duration timeout, String enter) {
        try {
            Socket socket = new Socket();
            socket.connect(address, (int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            return new ConsoleDriver(socket, timeout, enter);
        } catch (IOException e) {
            throw new TargetException("Could not reach the serial console at " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public LunashSession login(Account who) {
        if (shell != null && shell.open) {
            throw new IllegalStateException("a shell is already running on the console; close it first");
        }
        int from = authenticate(who);
        boolean refused = transcript.await("waiting for the console to accept " + who.name(), timeout, text -> {
            if (LOGIN_AS.matcher(text).find()) {
                return Optional.of(true);
            }
            return Question.LUNASH_PROMPT.matcher(text).find() || text.toLowerCase(java.util.Locale.ROOT)
                    .contains("new password:") ? Optional.of(false) : Optional.empty();
        });
        if (refused) {
            throw new LoginRefusedException("The serial console refused the login of " + who.name() + ":\n"
                    + transcript.sinceMark().indent(4));
        }
        LunashConversation conversation = new LunashConversation(transcript, this::type, enter, timeout);
        shell = new ShellOnConsole(conversation, conversation.awaitShell(who, from));
        return shell;
    }

    @Override
    public String loginWithoutShell(Account who) {
        int from = authenticate(who);
        try {
            transcript.await("waiting for the console to ask for a login again after " + who.name(), timeout,
                    text -> LOGIN_AS.matcher(text).find() ? Optional.of(true) : Optional.empty());
        } catch (TargetException e) {
            if (!socket.isClosed() && reader.isAlive()) {
                throw e;
            }
        }
        String text = transcript.since(from);
        return LOGIN_AS.matcher(text).replaceAll("").strip();
    }

    /** Answers {@code login as:} and {@code Password:}; returns the position where the login's output starts. */
    private int authenticate(Account who) {
        transcript.await("waiting for 'login as:' on the serial console", timeout,
                text -> LOGIN_AS.matcher(text).find() ? Optional.of(true) : Optional.empty());
        transcript.markEnd();
        type(who.name() + enter);
        transcript.await("waiting for 'Password:' on the serial console", timeout,
                text -> PASSWORD.matcher(text).find() ? Optional.of(true) : Optional.empty());
        transcript.markEnd();
        int from = transcript.position();
        type(who.password() + enter);
        return from;
    }

    private void type(String text) {
        try {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not send to the serial console", e);
        }
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                transcript.feed(buffer, 0, n);
            }
            transcript.end("the console closed the connection");
        } catch (IOException e) {
            transcript.end("the console connection failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (shell != null && shell.open) {
            shell.close();
        }
        try {
            socket.close();
        } catch (IOException e) {
            // nothing more to release
        }
        transcript.end("closed by the driver");
    }

    /** A lunash shell on the console; closing it logs out ({@code exit}) back to {@code login as:}. */
    private final class ShellOnConsole implements LunashSession {
        private final LunashConversation conversation;
        private final LunashConversation.Login login;
        private boolean open = true;

        ShellOnConsole(LunashConversation conversation, LunashConversation.Login login) {
            this.conversation = conversation;
            this.login = login;
        }

        @Override
        public Account account() {
            return login.account();
        }

        @Override
        public String loginText() {
            return login.text();
        }

        @Override
        public boolean passwordChangeForced() {
            return login.passwordChangeForced();
        }

        @Override
        public LunashResponse run(String commandLine, Answers answers) {
            return conversation.run(commandLine, answers);
        }

        @Override
        public void upload(String fileName, byte[] content) {
            throw new UnsupportedOperationException("the serial console has no file transfer; use SSH");
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            transcript.markEnd();
            type("exit" + enter);
            try {
                transcript.await("waiting for 'login as:' after exit", timeout,
                        text -> LOGIN_AS.matcher(text).find() ? Optional.of(true) : Optional.empty());
            } catch (TargetException e) {
                // the console may hang up instead of asking again; either way the shell is gone
            }
        }
    }
}
