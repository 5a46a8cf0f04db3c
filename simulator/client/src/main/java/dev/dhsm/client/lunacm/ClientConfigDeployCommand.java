package dev.dhsm.client.lunacm;

import dev.dhsm.client.ServerAddress;
import dev.dhsm.client.exchange.DeployRequest;

/**
 * {@code clientconfig deploy -server <host> -client <name> -partition <par> -user <admin> [-password <pw>]
 * [-sshport 22] [-ip <ip> | -hostname <host>] [-ntlsport 1792] [-regen]}: the whole client certificate exchange
 * with one appliance over SSH (reference §7.3), then the client reloads {@code Chrystoki.conf} and sees the
 * partition as a slot. Running it again after the appliance's certificate changed refreshes {@code server.pem}.
 */
final class ClientConfigDeployCommand implements LunacmCommand {

    private static final CommandSpec SPEC = CommandSpec.of("clientconfig", "deploy",
            "Exchange certificates with an appliance and register this client", OptionSpec.required("server", "n"),
            OptionSpec.required("client", "c"), OptionSpec.required("partition", "par"),
            OptionSpec.required("user", "u"), OptionSpec.value("password", "pw"), OptionSpec.value("sshport"),
            OptionSpec.value("ip"), OptionSpec.value("hostname"), OptionSpec.value("ntlsport"),
            OptionSpec.flag("regen"));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        if (args.has("ip") && args.has("hostname")) {
            throw new UsageException("Options -ip and -hostname cannot be used together.");
        }
        String user = args.get("user");
        String password = Prompts.password(ctx, args, "password", "Please enter the password for " + user);
        LunacmEnvironment env = ctx.state().environment();
        DeployRequest request;
        try {
            request = new DeployRequest(args.get("server"), args.number("sshport").orElse(22L).intValue(), user,
                    password, args.get("client"), args.get("partition"),
                    args.value("hostname").or(() -> args.value("ip")).orElse(""), args.has("hostname"),
                    args.number("ntlsport").orElse((long) ServerAddress.NTLS_PORT).intValue(), env.confFile(),
                    env.clientHome(), args.has("regen"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ctx.io().println("");
        ctx.state().deployer().deploy(request, step -> ctx.io().println("  " + step));
        ctx.state().reload();
    }
}
