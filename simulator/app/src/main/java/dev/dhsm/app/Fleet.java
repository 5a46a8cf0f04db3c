package dev.dhsm.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dhsm.model.ApplianceConfig;
import dev.dhsm.model.ApplianceState;
import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.DeviceSlot;
import dev.dhsm.model.FleetLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region's Dedicated HSM devices powered on in one process: N stamps of 12 customer devices, 2 spares and a
 * test device, each its own appliance at its own loopback address {@code 127.0.1.x} with the same ports as all
 * the others (or one appliance on its own). They share one clock and one set of threads, so an idle device
 * costs memory but no thread. Snapshots, restores and resets rebuild devices on their addresses and ports.
 */
public final class Fleet implements AutoCloseable {
    /** The version of the snapshot layout. */
    public static final int SNAPSHOT_FORMAT = 1;
    private static final int BIND_ATTEMPTS = 3;

    private final FleetOptions options;
    private final List<DeviceSlot> slots;
    private final boolean perDeviceAddress;
    private final SharedThreads threads;
    private final Path scratch;
    private final Map<String, FleetMember> members = new LinkedHashMap<>();
    private final StateCodec codec = new StateCodec();
    private final ObjectMapper json = new ObjectMapper();
    private boolean closed;

    private Fleet(FleetOptions options, List<DeviceSlot> slots, boolean perDeviceAddress, SharedThreads threads,
                  Path scratch) {
        this.options = options;
        this.slots = slots;
        this.perDeviceAddress = perDeviceAddress;
        this.threads = threads;
        this.scratch = scratch;
    }

    /**
     * Powers every device on. A fleet binds each device to its own {@code 127.0.1.x} address when the bind
     * address is the default loopback and this OS lets it; otherwise every device listens on the bind
     * address with its ports offset by its index ({@link #placementNote()} says so).
     *
     * @throws IOException when a port is taken or a data directory cannot be used
     */
    public static Fleet start(FleetOptions options) throws IOException {
        List<DeviceSlot> slots = layout(options);
        boolean perDevice = options.isFleet() && NodeOptions.DEFAULT_BIND.equals(options.node().bindAddress())
                && canBind(slots.get(0).address()) && canBind(slots.get(slots.size() - 1).address());
        if (options.isFleet() && !perDevice) {
            checkOffsets(options.node(), slots.size());
        }
        SharedThreads threads = SharedThreads.start();
        Path scratch = null;
        try {
            scratch = options.node().isEphemeral() ? Files.createTempDirectory("dhsm-fleet-") : null;
            Fleet fleet = new Fleet(options, slots, perDevice, threads, scratch);
            fleet.powerOn();
            return fleet;
        } catch (IOException | RuntimeException e) {
            threads.close();
            if (scratch != null) {
                ApplianceNode.deleteTree(scratch);
            }
            throw e;
        }
    }

    private static List<DeviceSlot> layout(FleetOptions options) {
        if (options.isFleet()) {
            return FleetLayout.devices(options.region(), options.stamps(), options.firstSerial());
        }
        NodeOptions node = options.node();
        return List.of(new DeviceSlot(node.applianceId(), options.region(), 1, DeviceKind.CUSTOMER,
                ApplianceConfig.DEFAULT_ADDRESS, node.hsmSerial()));
    }

    /** Whether this OS lets a socket bind {@code address} (Linux: all of 127/8; macOS: 127.0.0.1 only). */
    static boolean canBind(String address) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkOffsets(NodeOptions node, int devices) {
        int[] bases = {node.sshPort(), node.consolePort(), node.ntlsPort()};
        String[] names = {"SSH", "console", "NTLS"};
        for (int i = 0; i < bases.length; i++) {
            if (bases[i] != 0 && bases[i] + devices - 1 > 65_535) {
                throw new IllegalArgumentException(names[i] + " ports " + bases[i] + " to " + (bases[i] + devices - 1)
                        + " do not fit below 65536");
            }
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] != 0 && bases[j] != 0 && bases[i] < bases[j] + devices && bases[j] < bases[i] + devices) {
                    throw new IllegalArgumentException("one port per device: " + names[i] + " ports " + bases[i] + "-"
                            + (bases[i] + devices - 1) + " and " + names[j] + " ports " + bases[j] + "-"
                            + (bases[j] + devices - 1) + " overlap; choose ports further apart");
                }
            }
        }
    }

    /** Starts every node; any free port (0) on per-device addresses is the first device's, for all of them. */
    private void powerOn() throws IOException {
        NodeOptions node = options.node();
        boolean sharedFreePorts = perDeviceAddress
                && (node.sshPort() == 0 || node.consolePort() == 0 || node.ntlsPort() == 0);
        for (int attempt = 1; ; attempt++) {
            try {
                startAll();
                return;
            } catch (BindException e) {
                stopAll();
                if (!sharedFreePorts || attempt == BIND_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                stopAll();
                throw e;
            }
        }
    }

    private void startAll() throws IOException {
        int[] ports = {options.node().sshPort(), options.node().consolePort(), options.node().ntlsPort()};
        for (int i = 0; i < slots.size(); i++) {
            DeviceSlot slot = slots.get(i);
            ApplianceNode node = ApplianceNode.start(nodeOptions(slot, i, ports), context(slot));
            members.put(slot.id(), new FleetMember(slot, node));
            if (perDeviceAddress && i == 0) {
                ports = new int[] {node.sshAddress().getPort(), node.consoleAddress().getPort(),
                    node.ntlsAddress().getPort()};
            }
        }
    }

    /** A device's options: its own address and the same ports, or the one address and ports offset by index. */
    private NodeOptions nodeOptions(DeviceSlot slot, int index, int[] ports) {
        NodeOptions node = options.node();
        if (!options.isFleet()) {
            return node;
        }
        NodeOptions device = node.withAppliance(slot.id(), slot.hsmSerial());
        if (perDeviceAddress) {
            return device.withBindAddress(slot.address()).withPorts(ports[0], ports[1]).withNtlsPort(ports[2]);
        }
        return device.withPorts(offset(ports[0], index), offset(ports[1], index))
                .withNtlsPort(offset(ports[2], index));
    }

    private static int offset(int base, int index) {
        return base == 0 ? 0 : base + index;
    }

    private NodeContext context(DeviceSlot slot) {
        Path hostKey = scratch == null ? null : scratch.resolve(slot.id()).resolve("ssh_host_key");
        return new NodeContext(threads, slot.address(), null, false, hostKey);
    }

    private void stopAll() {
        List<FleetMember> started = new ArrayList<>(members.values());
        Collections.reverse(started);
        for (FleetMember m : started) {
            m.node().close();
        }
        members.clear();
    }

    public FleetOptions options() {
        return options;
    }

    public String region() {
        return options.region();
    }

    /** The devices in layout order (stamp by stamp). */
    public synchronized List<FleetMember> members() {
        return List.copyOf(members.values());
    }

    public synchronized Optional<FleetMember> member(String id) {
        return Optional.ofNullable(members.get(id));
    }

    /**
     * Where the fleet's own files go (the control API's CA certificate): the data directory, or for an
     * ephemeral fleet a temporary directory deleted when the fleet closes.
     */
    public Path homeDirectory() {
        return scratch != null ? scratch : options.node().dataDir().toAbsolutePath().normalize();
    }

    /** Whether every device has its own {@code 127.0.1.x} address (otherwise: one address, offset ports). */
    public boolean perDeviceAddress() {
        return perDeviceAddress;
    }

    /** One line to print at start when the fleet could not have its own addresses. */
    public Optional<String> placementNote() {
        if (!options.isFleet() || perDeviceAddress) {
            return Optional.empty();
        }
        String why = NodeOptions.DEFAULT_BIND.equals(options.node().bindAddress())
                ? "this OS cannot bind " + slots.get(0).address() : "--bind " + options.node().bindAddress();
        return Optional.of(why + ": every appliance listens on " + options.node().bindAddress()
                + ", its ports offset by its place in the fleet (0 for " + slots.get(0).id() + ")");
    }

    /**
     * Every appliance's state, as its state file holds it:
     * {@code {"format":1,"takenAt":...,"region":...,"appliances":{"<id>":{...}}}}.
     */
    public synchronized ObjectNode snapshot(Instant takenAt) {
        ObjectNode root = json.createObjectNode();
        root.put("format", SNAPSHOT_FORMAT);
        root.put("takenAt", takenAt.toString());
        root.put("region", options.region());
        ObjectNode appliances = root.putObject("appliances");
        for (FleetMember m : members.values()) {
            try {
                appliances.set(m.id(), json.readTree(m.node().encodeState(codec)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back the state of " + m.id(), e);
            }
        }
        return root;
    }

    /**
     * Powers the appliances named in a snapshot off and on again with the states it holds; the others are left
     * as they are. Every state is checked before any appliance is touched. The scp file areas are not part of
     * a snapshot and stay as they are.
     *
     * @throws IllegalArgumentException when the snapshot is not one, or names an appliance this fleet lacks
     * @throws StateFileRefusedException when a state in it would be refused as a state file
     */
    public synchronized void restore(JsonNode snapshot) throws IOException {
        if (snapshot == null || !snapshot.isObject() || !snapshot.path("appliances").isObject()) {
            throw new IllegalArgumentException("a snapshot is a JSON object with an \"appliances\" object");
        }
        JsonNode format = snapshot.get("format");
        if (format != null && (!format.isInt() || format.intValue() > SNAPSHOT_FORMAT)) {
            throw new IllegalArgumentException("snapshot format " + format + " is not one this emulator reads ("
                    + SNAPSHOT_FORMAT + ")");
        }
        Map<FleetMember, ApplianceState> states = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = snapshot.get("appliances").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            FleetMember member = members.get(entry.getKey());
            if (member == null) {
                throw new IllegalArgumentException("the snapshot names appliance \"" + entry.getKey()
                        + "\", which this fleet does not have");
            }
            states.put(member, codec.decode(json.writeValueAsBytes(entry.getValue()),
                    Path.of("snapshot", "appliances", entry.getKey()), entry.getKey()));
        }
        for (Map.Entry<FleetMember, ApplianceState> e : states.entrySet()) {
            rebuild(e.getKey(), e.getKey().node().context().restoring(e.getValue()));
        }
    }

    /** Every appliance factory-new (state and file areas); addresses, ports and host keys stay. */
    public synchronized void reset() throws IOException {
        for (FleetMember m : members.values()) {
            rebuild(m, m.node().context().resetting());
        }
    }

    /** One appliance factory-new (state and file areas), as a device returned to the free pool is. */
    public synchronized void resetMember(String id) throws IOException {
        FleetMember m = members.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no appliance " + id);
        }
        rebuild(m, m.node().context().resetting());
    }

    /** How long a rebuilt node may wait for its predecessor's ports to be released. */
    private static final long REBIND_WINDOW_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    private void rebuild(FleetMember member, NodeContext context) throws IOException {
        ApplianceNode old = member.node();
        NodeOptions same = old.options().withPorts(old.sshAddress().getPort(), old.consoleAddress().getPort())
                .withNtlsPort(old.ntlsAddress().getPort());
        old.close();
        member.replace(startOnReleasedPorts(same, context));
    }

    /**
     * Starts a rebuilt node on the ports its predecessor just closed. Closing a listener on a shared event loop
     * releases its port a moment later, on that loop; until then the bind fails with "address in use", so the
     * start is retried for a bounded time (the node's own start undoes a partial start each time).
     */
    private static ApplianceNode startOnReleasedPorts(NodeOptions options, NodeContext context) throws IOException {
        long deadline = System.nanoTime() + REBIND_WINDOW_NANOS;
        while (true) {
            try {
                return ApplianceNode.start(options, context);
            } catch (IOException e) {
                boolean inUse = String.valueOf(e.getMessage()).contains("already in use");
                if (!inUse || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.yield();
            }
        }
    }

    /** Powers every appliance off, stops the shared threads and deletes an ephemeral fleet's files. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopAll();
        threads.close();
        if (scratch != null) {
            try {
                ApplianceNode.deleteTree(scratch);
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
