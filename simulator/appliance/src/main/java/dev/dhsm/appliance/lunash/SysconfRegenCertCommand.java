package dev.dhsm.appliance.lunash;

import dev.dhsm.model.CertificateIssuer;

/**
 * {@code sysconf regenCert}: replaces the appliance's NTLS server certificate and key after the warning and
 * {@code proceed}; NTLS serves it after {@code service restart ntls}, and clients must fetch it again.
 */
final class SysconfRegenCertCommand implements LunashCommand {
    private static final CommandSpec SPEC = CommandSpec.of("sysconf", "regenCert",
            "Regenerate the NTLS server certificate", OptionSpec.flag("force", "f"));

    private final CertificateIssuer issuer;

    SysconfRegenCertCommand(CertificateIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void run(CommandContext ctx, Args args) {
        Confirmation.requireWithPrompt(ctx, args, "> ", "",
                "WARNING !!  This command will overwrite the current server certificate and private key.",
                "All clients will have to add this server again with this new certificate.",
                "If you are sure that you wish to proceed, then type 'proceed', otherwise type 'quit'");
        ctx.io().println("Proceeding...");
        ctx.appliance().run(tx -> tx.ntls().regenerate(issuer));
        ctx.io().println("'sysconf regenCert' successful. NTLS must be (re)started before clients can connect.");
        ctx.io().println("Please use the 'ntls show' command to ensure that NTLS is bound to an appropriate network");
        ctx.io().println("device or IP address/hostname for the network device(s) NTLS should be active on. Use");
        ctx.io().println("'ntls bind' to change this binding if necessary.");
    }
}
