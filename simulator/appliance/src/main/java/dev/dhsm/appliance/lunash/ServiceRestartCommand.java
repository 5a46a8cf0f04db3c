package dev.dhsm.appliance.lunash;

import java.util.Locale;

/** {@code service restart ntls}: restarts NTLS, dropping every client session and serving the newest certificate. */
final class ServiceRestartCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("service", "restart", "Restart a service")
            .withPositional("service");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String service = args.positional().orElseThrow(() -> new UsageException("Name the service, e.g. ntls."))
                .toLowerCase(Locale.ROOT);
        if (!service.equals("ntls")) {
            throw new UsageException("Unknown or unsupported service '" + service + "'. Supported: ntls.");
        }
        ctx.io().println("");
        ctx.io().println("Stopping ntls:                                             [  OK  ]");
        ctx.appliance().run(tx -> tx.ntls().restart());
        ctx.io().println("Starting ntls:                                             [  OK  ]");
    }
}
