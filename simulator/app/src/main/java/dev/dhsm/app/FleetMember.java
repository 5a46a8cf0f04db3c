package dev.dhsm.app;

import dev.dhsm.model.DeviceSlot;
import java.net.InetSocketAddress;

/**
 * One device of a running fleet: its place in the layout, and the node that emulates it now. A restore or
 * reset rebuilds the node on the same address and ports, so the member's addresses never change.
 */
public final class FleetMember {
    private final DeviceSlot slot;
    private volatile ApplianceNode node;

    FleetMember(DeviceSlot slot, ApplianceNode node) {
        this.slot = slot;
        this.node = node;
    }

    public DeviceSlot slot() {
        return slot;
    }

    public String id() {
        return slot.id();
    }

    /** The node emulating the device now; a different one after a restore or reset. */
    public ApplianceNode node() {
        return node;
    }

    void replace(ApplianceNode next) {
        node = next;
    }

    public InetSocketAddress sshAddress() {
        return node.sshAddress();
    }

    public InetSocketAddress consoleAddress() {
        return node.consoleAddress();
    }

    public InetSocketAddress ntlsAddress() {
        return node.ntlsAddress();
    }
}
