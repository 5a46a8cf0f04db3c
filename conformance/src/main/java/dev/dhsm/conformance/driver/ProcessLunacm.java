package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.Answers;
import dev.dhsm.conformance.target.LunacmResponse;
import dev.dhsm.conformance.target.LunacmSession;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A LunaCM binary run as a process on this machine (the real {@code lunacm} of a Luna client installation, or
 * {@code dhsm lunacm}, which behaves like it): started with {@code ChrystokiConfigurationPath} naming the directory of
 * its {@code Chrystoki.conf}, driven over its standard streams. Each command is typed after the {@code lunacm:>}
 * prompt; the driver reads up to the next prompt, answering questions (passwords, cloning domains,
 * {@code proceed}) from the step's {@link Answers}. Every wait is bounded and fails with the output so far.
 */
public final class ProcessLunacm implements LunacmSession {
    static final Pattern PROMPT = Pattern.compile("lunacm:>\\s*$");
    private static final int MAX_ANSWERS = 16;

    private final Process process;
    private final OutputStream keyboard;
    private final Transcript transcript = new Transcript();
    private final Duration timeout;
    private final String startup;

    private ProcessLunacm(Process process, Duration timeout, String what) {
        this.process = process;
        this.keyboard = process.getOutputStream();
        this.timeout = timeout;
        Thread reader = new Thread(() -> pump(process.getInputStream()), "dhsm-conformance-lunacm-process");
        reader.setDaemon(true);
        reader.start();
        String text = transcript.await("waiting for " + what + " to show the lunacm:> prompt", timeout,
                t -> PROMPT.matcher(t).find() ? Optional.of(t) : Optional.empty());
        this.startup = stripPrompt(text);
    }

    /**
     * Starts {@code command} (the binary and any arguments) with {@code ChrystokiConfigurationPath} set to the
     * directory holding {@code chrystokiConf}.
     */
    public static ProcessLunacm start(List<String> command, Path chrystokiConf, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path dir = chrystokiConf.toAbsolutePath().getParent();
        builder.environment().put("ChrystokiConfigurationPath", dir.toString());
        builder.directory(dir.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TargetException("cannot start LunaCM (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
        try {
            return new ProcessLunacm(process, timeout, String.join(" ", command));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                transcript.feed(buffer, 0, n);
            }
            transcript.end("LunaCM exited");
        } catch (IOException e) {
            transcript.end("reading LunaCM's output failed: " + e.getMessage());
        }
    }

    @Override
    public String startupText() {
        return startup;
    }

    @Override
    public LunacmResponse run(String commandLine, Answers answers) {
        transcript.markEnd();
        int start = transcript.position();
        Answers.Script script = answers.script();
        type(commandLine);
        for (int answered = 0; answered <= MAX_ANSWERS; answered++) {
            Optional<Question> q = Optional.empty();
            String waiting = "waiting for LunaCM '" + commandLine + "' to finish";
            q = transcript.await(waiting, timeout, ProcessLunacm::classify);
            if (q.isEmpty()) {
                String text = stripPrompt(transcript.since(start));
                transcript.markEnd();
                return LunacmResponse.parse(commandLine, text);
            }
            String answer = answerTo(q.get(), script);
            if (answer == null) {
                throw new TargetException("LunaCM '" + commandLine + "' asked for "
                        + q.get().name().toLowerCase(java.util.Locale.ROOT)
                        + " and the step supplied no answer; output so far:\n" + transcript.since(start).indent(4));
            }
            transcript.markEnd();
            type(answer);
        }
        throw new TargetException("LunaCM '" + commandLine + "' kept asking questions; output so far:\n"
                + transcript.since(start).indent(4));
    }

    /** Empty inside means the prompt came back; otherwise the question LunaCM is waiting on. */
    private static Optional<Optional<Question>> classify(String text) {
        if (PROMPT.matcher(text).find()) {
            return Optional.of(Optional.empty());
        }
        return Question.at(text).filter(q -> q != Question.PROMPT).map(Optional::of);
    }

    private static String answerTo(Question q, Answers.Script script) {
        return switch (q) {
            case PASSWORD -> script.nextPassword();
            case DOMAIN -> script.nextDomain();
            case PROCEED -> script.proceed() ? "proceed" : null;
            case PROMPT -> null;
        };
    }

    private void type(String line) {
        try {
            keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new TargetException("LunaCM stopped taking input (" + e.getMessage() + "); output so far:\n"
                    + transcript.sinceMark().indent(4), e);
        }
    }

    static String stripPrompt(String text) {
        java.util.regex.Matcher m = PROMPT.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                type("exit");
                keyboard.close();
            }
            if (!process.waitFor(Math.min(timeout.toMillis(), 10_000), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (TargetException | IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
