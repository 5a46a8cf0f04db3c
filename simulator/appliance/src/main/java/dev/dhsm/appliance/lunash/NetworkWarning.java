package dev.dhsm.appliance.lunash;

/** The warning lunash gives before a network change over SSH, which can cut the session (and worse) off. */
final class NetworkWarning {
    private NetworkWarning() {
    }

    static void confirm(CommandContext ctx, Args args) {
        Confirmation.require(ctx, args, "",
                "WARNING:  Changing the network configuration may disconnect this session and every",
                "          NTLS client. If the appliance can no longer reach the client network, only a",
                "          reset of the device brings it back, and the reset erases all keys and settings.",
                "          Type 'proceed' to continue, or 'quit' to quit now.");
    }
}
