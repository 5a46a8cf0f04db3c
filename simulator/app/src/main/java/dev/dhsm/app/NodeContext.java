package dev.dhsm.app;

import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ApplianceState;
import java.nio.file.Path;

/**
 * What a fleet tells one of its nodes beyond its {@link NodeOptions}: the threads it shares, the address the
 * appliance has on the customer network (its NIC's private IP), how it powers on (its saved state, a state
 * restored from a snapshot, or factory-new), and where an ephemeral node keeps its SSH host key so that it
 * survives a rebuild.
 *
 * @param threads     shared threads, or null for threads of the node's own
 * @param address     the appliance's address in the model
 * @param restored    a state to power on with (and, for a durable node, to save first), or null
 * @param factoryNew  power on factory-new even when a state is saved (the saved one and the file areas go)
 * @param hostKeyFile where an ephemeral node keeps its SSH host key, or null for one in memory
 */
record NodeContext(SharedThreads threads, String address, ApplianceState restored, boolean factoryNew,
                   Path hostKeyFile) {
    /** One appliance on its own, as {@code dhsm serve} without {@code --stamps} runs it. */
    static NodeContext standalone() {
        return new NodeContext(null, ApplianceConfig.DEFAULT_ADDRESS, null, false, null);
    }

    NodeContext restoring(ApplianceState state) {
        return new NodeContext(threads, address, state, false, hostKeyFile);
    }

    NodeContext resetting() {
        return new NodeContext(threads, address, null, true, hostKeyFile);
    }

    NodeContext loading() {
        return new NodeContext(threads, address, null, false, hostKeyFile);
    }
}
