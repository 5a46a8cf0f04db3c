package dev.dhsm.app;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dhsm} command: runs an emulated Luna 7 Network HSM appliance ({@code dhsm serve}); later
 * subcommands ({@code lunacm}, {@code check}) slot in beside it. Failures are one line on stderr, exit 1;
 * a mistyped command line is picocli's usage message, exit 2.
 */
@Command(name = "dhsm", mixinStandardHelpOptions = true, versionProvider = DhsmVersion.class,
        description = "An emulator of a Thales Luna 7 Network HSM appliance as Azure Dedicated HSM ships it.",
        subcommands = {ServeCommand.class, LunacmCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Keeps the JUL loggers configured below from being collected (and their levels lost). */
    private static final Logger[] QUIET = {Logger.getLogger("org.bouncycastle"),
        Logger.getLogger("org.bouncycastle.jsse")};

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(StopSignal.jvmShutdown(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args));
    }

    /** Runs one dhsm command line and answers its exit code; {@code stop} ends {@code serve}. */
    public static int execute(StopSignal stop, PrintWriter out, PrintWriter err, String... args) {
        quietJavaLogging();
        CommandLine cli = new CommandLine(new Main(), new CommandFactory(stop));
        for (PluggableCommand extra : ServiceLoader.load(PluggableCommand.class)) {
            cli.addSubcommand(extra);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("dhsm: " + oneLine(e));
            command.getErr().flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'dhsm serve'");
    }

    /** An exception as one line with no stack trace: its message, or its type when it has none. */
    static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String text = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /** BouncyCastle JSSE and some JDK pieces log through java.util.logging: keep them to real problems. */
    private static void quietJavaLogging() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
    }

    /** Builds subcommands that need what {@link Main#execute} was given. */
    private static final class CommandFactory implements CommandLine.IFactory {
        private final StopSignal stop;

        CommandFactory(StopSignal stop) {
            this.stop = stop;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(stop));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
