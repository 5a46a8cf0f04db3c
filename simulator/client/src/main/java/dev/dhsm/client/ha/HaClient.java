package dev.dhsm.client.ha;

import dev.dhsm.client.ChrystokiConf;
import dev.dhsm.client.ClientSettings;
import dev.dhsm.client.LunaClient;
import dev.dhsm.client.LunaClientException;
import dev.dhsm.client.NtlsClient;
import dev.dhsm.client.ServerFailure;
import dev.dhsm.client.Session;
import dev.dhsm.client.Slot;
import dev.dhsm.wire.pkcs11.Ckr;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Luna client library with HA groups (Luna 7 HA is a client-side construct): the appliances' partition slots,
 * then one virtual slot per group of {@code Chrystoki.conf} ({@code HA Virtual Card Slot}; with HA-only mode, the
 * virtual slots alone, from 0). A virtual slot's sessions ({@link HaSession}) spread requests over the group's alive
 * members and fail over when one stops answering.
 *
 * <p>A failed member stays out of its group when its appliance answers again: it comes back through
 * {@link #recover} ({@code hagroup recover}), or automatically when a retry count is set, at most once per interval
 * on the client's clock and only while the application is calling the group (there is no background thread).
 * Member state belongs to this process, as on a real client. Thread-safe.
 */
public final class HaClient implements LunaClient {

    /** How LunaCM describes an HA virtual slot. */
    public static final String VIRTUAL_SLOT = "HA Virtual Card Slot";
    public static final String VIRTUAL_MODEL = "LunaVirtual";

    private final LunaClient physical;
    private final InstantSource clock;
    private final Map<String, HaGroup> groups = new LinkedHashMap<>();
    private volatile HaSettings settings = HaSettings.DEFAULTS;
    private volatile List<Slot> physicalSlots = List.of();
    private int virtualBase;
    private boolean listed;

    /** HA over {@code physical}, with the groups and settings of {@code conf}. */
    public HaClient(LunaClient physical, ChrystokiConf conf, InstantSource clock) {
        this.physical = physical;
        this.clock = clock;
        configure(conf);
    }

    /** The library for a {@code Chrystoki.conf}: NTLS to its servers, HA groups over them. */
    public static HaClient start(ChrystokiConf conf, InstantSource clock) {
        return new HaClient(NtlsClient.start(ClientSettings.from(conf).withClock(clock)), conf, clock);
    }

    /** Takes the groups and settings of a changed configuration; members that stay keep their state. */
    public synchronized void configure(ChrystokiConf conf) {
        settings = HaConfiguration.settings(conf);
        Map<String, HaGroup> kept = new LinkedHashMap<>();
        for (HaGroupConfig config : HaConfiguration.groups(conf)) {
            HaGroup group = groups.get(config.label());
            if (group == null) {
                group = new HaGroup(config);
            } else {
                group.reconfigure(config);
            }
            kept.put(config.label(), group);
        }
        groups.clear();
        groups.putAll(kept);
    }

    public HaSettings settings() {
        return settings;
    }

    public LunaClient physical() {
        return physical;
    }

    public synchronized List<HaGroup> groups() {
        return List.copyOf(groups.values());
    }

    public synchronized Optional<HaGroup> group(String label) {
        return groups.values().stream().filter(g -> g.label().equalsIgnoreCase(label)).findFirst();
    }

    /** The members of a group and their state in this process ({@code CA_GetHAState}). */
    public List<MemberStatus> status(String label) {
        HaGroup group = require(label);
        return group.config().members().stream().map(s -> new MemberStatus(s, group.state(s))).toList();
    }

    @Override
    public List<Slot> slots() {
        List<Slot> found = physical.slots();
        List<HaGroup> current;
        int base;
        synchronized (this) {
            physicalSlots = found;
            listed = true;
            virtualBase = Math.max(virtualBase, found.size());
            current = List.copyOf(groups.values());
            base = settings.haOnly() ? 0 : virtualBase;
        }
        List<Slot> out = new ArrayList<>(settings.haOnly() ? List.of() : found);
        for (int i = 0; i < current.size(); i++) {
            out.add(virtualSlot(base + i, current.get(i).config(), found));
        }
        return out;
    }

    /** The partition slots of the last listing (members are shown by their slot there). */
    public List<Slot> physicalSlots() {
        return physicalSlots;
    }

    @Override
    public List<ServerFailure> unreachable() {
        return physical.unreachable();
    }

    @Override
    public Session openSession(long slotId) {
        if (!listed()) {
            slots();
        }
        Optional<HaGroup> group = virtual(slotId);
        if (group.isEmpty()) {
            if (settings.haOnly()) {
                throw new LunaClientException(Ckr.SLOT_ID_INVALID, "there is no HA slot " + slotId);
            }
            return physical.openSession(slotId);
        }
        beforeCall(group.get());
        return new HaSession(this, group.get(), slotId);
    }

    /** A session on a group's virtual slot, by label. */
    public Session openGroupSession(String label) {
        HaGroup group = require(label);
        beforeCall(group);
        return new HaSession(this, group, virtualSlotId(group).orElse(-1L));
    }

    @Override
    public Session openPartitionSession(String partitionSerial) {
        return physical.openPartitionSession(partitionSerial);
    }

    @Override
    public void initToken(long slotId, String soPin, String label, String domain) {
        if (!listed()) {
            slots();
        }
        if (virtual(slotId).isPresent()) {
            throw new LunaClientException(Ckr.FUNCTION_NOT_SUPPORTED, "an HA virtual slot cannot be initialized");
        }
        physical.initToken(slotId, soPin, label, domain);
    }

    /**
     * {@code hagroup recover}: tries every down member of the group now; those that answer are alive again (and are
     * synchronized by the next logged-in session that uses them when the group synchronizes automatically).
     * Answers each down member's outcome.
     */
    public Map<String, Optional<LunaClientException>> recover(String label) {
        HaGroup group = require(label);
        Map<String, Optional<LunaClientException>> out = new LinkedHashMap<>();
        for (String serial : group.down()) {
            out.put(serial, attempt(group, serial, false));
        }
        return out;
    }

    /** Synchronizes a group through a session logged in as the Crypto Officer on its virtual slot. */
    public SyncReport synchronize(Session groupSession) {
        HaSession s = haSession(groupSession);
        return Synchronizer.all(s.members(), s.group());
    }

    /** Whether some alive member of the group lacks an object another holds. */
    public boolean needsSync(Session groupSession) {
        HaSession s = haSession(groupSession);
        return Synchronizer.needed(s.members(), s.group());
    }

    /** Pairs of alive members (serials) whose private-key cloning settings or cloning domains conflict. */
    public List<List<String>> cloningConflicts(Session groupSession) {
        HaSession s = haSession(groupSession);
        return CloningCheck.conflicts(s.members(), s.group().alive()).stream()
                .map(c -> List.of(c.first(), c.second())).toList();
    }

    @Override
    public void close() {
        physical.close();
    }

    /** Called before every request on a group: runs the automatic recovery attempts that are due. */
    void beforeCall(HaGroup group) {
        HaSettings now = settings;
        if (!now.autoRecovery()) {
            return;
        }
        for (String serial : group.dueForRecovery(clock.instant(), now)) {
            attempt(group, serial, true);
        }
    }

    void memberFailed(HaGroup group, String serial, long generation) {
        group.failed(serial, generation, clock.instant());
    }

    private Optional<LunaClientException> attempt(HaGroup group, String serial, boolean automatic) {
        try {
            physical.openPartitionSession(serial).close();
            group.attempted(serial, true, automatic, clock.instant());
            return Optional.empty();
        } catch (LunaClientException e) {
            group.attempted(serial, false, automatic, clock.instant());
            return Optional.of(e);
        }
    }

    private HaSession haSession(Session session) {
        if (session instanceof HaSession s) {
            return s;
        }
        throw new LunaClientException(Ckr.SLOT_ID_INVALID, "the session is not on an HA virtual slot");
    }

    private HaGroup require(String label) {
        return group(label).orElseThrow(() -> new LunaClientException(Ckr.ARGUMENTS_BAD,
                "there is no HA group " + label));
    }

    private synchronized boolean listed() {
        return listed;
    }

    private synchronized Optional<HaGroup> virtual(long slotId) {
        int base = settings.haOnly() ? 0 : virtualBase;
        List<HaGroup> list = List.copyOf(groups.values());
        long index = slotId - base;
        if (index < 0 || index >= list.size()) {
            return Optional.empty();
        }
        return Optional.of(list.get((int) index));
    }

    /** The virtual slot number of a group, as the last listing numbered it. */
    public synchronized Optional<Long> virtualSlotId(HaGroup group) {
        List<HaGroup> list = List.copyOf(groups.values());
        int index = list.indexOf(group);
        return index < 0 ? Optional.empty() : Optional.of((long) (settings.haOnly() ? 0 : virtualBase) + index);
    }

    private static Slot virtualSlot(long slotId, HaGroupConfig config, List<Slot> found) {
        Slot primary = found.stream().filter(s -> config.members().contains(s.partitionSerial())).findFirst()
                .orElse(null);
        return new Slot(slotId, "", config.number(), config.label(), VIRTUAL_MODEL,
                primary == null ? "" : primary.firmwareVersion(),
                primary == null ? "" : primary.configuration(), VIRTUAL_SLOT, true);
    }
}
