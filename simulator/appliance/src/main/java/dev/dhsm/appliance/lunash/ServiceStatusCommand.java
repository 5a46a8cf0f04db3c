package dev.dhsm.appliance.lunash;

import java.util.Locale;

/** {@code service status <name>}: whether a service is running. */
final class ServiceStatusCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("service", "status", "Show a service's status")
            .withPositional("service");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        String service = args.positional().orElseThrow(() -> new UsageException("Name the service, e.g. ntls."))
                .toLowerCase(Locale.ROOT);
        if (!service.equals("ntls") && !service.equals("ssh") && !service.equals("syslog")) {
            throw new UsageException("Unknown service '" + service + "'.");
        }
        ctx.io().println("");
        ctx.io().println("   " + service + " is running");
    }
}
