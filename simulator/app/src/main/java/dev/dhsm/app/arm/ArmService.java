package dev.dhsm.app.arm;

import dev.dhsm.model.Clock;
import dev.dhsm.model.DeviceKind;
import dev.dhsm.model.DeviceSlot;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resource Manager and the resource providers behind it, for one emulated tenant: the state every ARM
 * extension shares (resource groups, networks, dedicated HSMs, deployments), moved forward on the emulator's
 * clock whenever it is looked at. Each request runs under one lock; a request that changes something is on
 * disk (when the state is durable) before it is answered.
 */
public final class ArmService {
    private final Clock clock;
    private final DevicePool pool;
    private final String region;
    private final ArmStore store;
    private final AdfsTokens tokens;
    private final ArmRoutes routes;
    final HsmProvider hsms;
    final NetworkProvider network;
    final GatewayProvider gateways;
    final InterfaceProvider interfaces;
    final DeploymentEngine deployments;
    private final ArmSettings baseline;
    private ArmSettings settings;
    ArmState state;
    private volatile URI endpoint;
    private volatile Path caCertificate;

    /**
     * @param clock      the fleet's clock: provisioning moves on it
     * @param tokenClock real time, for token lifetimes (clients check those against their own clocks)
     * @param pool       the region's devices
     * @param region     the fleet's region, e.g. {@code eastus}
     * @param settings   the settings to start with, and to go back to on reset
     * @param dataDir    where the state file lives, or null to keep the state in memory
     */
    public ArmService(Clock clock, Clock tokenClock, DevicePool pool, String region, ArmSettings settings,
                      Path dataDir) {
        this.clock = clock;
        this.pool = pool;
        this.region = region;
        this.baseline = settings;
        this.settings = settings;
        this.store = dataDir == null ? ArmStore.NONE : new ArmStateFile(dataDir);
        this.state = store.load().orElseGet(ArmState::new);
        if (state.tokenKey == null) {
            state.tokenKey = AdfsTokens.newKey();
            store.save(state);
        }
        this.tokens = new AdfsTokens(tokenClock, () -> state.tokenKey);
        this.hsms = new HsmProvider(this);
        this.network = new NetworkProvider(this);
        this.gateways = new GatewayProvider(this);
        this.interfaces = new InterfaceProvider(this);
        this.deployments = new DeploymentEngine(this);
        this.routes = new ArmRoutes(this);
    }

    /** An in-memory service over {@code pool}, for tests. */
    public static ArmService inMemory(Clock clock, DevicePool pool, String region) {
        return new ArmService(clock, clock, pool, region, ArmSettings.defaults(), null);
    }

    /** Answers one ARM request (the caller already authenticated), after moving everything to the clock's now. */
    synchronized ArmResponse handle(ArmCall call) {
        boolean moved = settle();
        try {
            ArmResponse response = routes.dispatch(call);
            if (!call.isMethod("GET") || moved) {
                store.save(state);
            }
            return response;
        } catch (ArmException e) {
            if (moved) {
                store.save(state);
            }
            throw e;
        }
    }

    /** A request the facade makes of itself (a deployment's resource PUTs), already under the lock. */
    ArmResponse dispatchInternal(ArmCall call) {
        return routes.dispatch(call);
    }

    /** The token issuer (ADFS endpoints) and checker. */
    public AdfsTokens tokens() {
        return tokens;
    }

    Instant now() {
        return clock.now();
    }

    DevicePool pool() {
        return pool;
    }

    public String region() {
        return region;
    }

    public synchronized ArmSettings settings() {
        return settings;
    }

    public synchronized ArmSettings changeSettings(ArmSettingsChange change) {
        settle();
        settings = settings.with(change);
        return settings;
    }

    /** Where clients reach the facade, once its server is up. */
    public void serving(URI endpoint, Path caCertificate) {
        this.endpoint = endpoint;
        this.caCertificate = caCertificate;
    }

    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    public Optional<Path> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /** Every ARM resource and deployment gone, every device free, settings as at start. */
    public synchronized void reset() {
        String key = state.tokenKey;
        state = new ArmState();
        state.tokenKey = key;
        settings = baseline;
        store.save(state);
    }

    /** The devices with what holds each one: free, allocated to an HSM resource, or occupied. */
    public synchronized List<DeviceView> devices() {
        settle();
        List<DeviceView> out = new ArrayList<>();
        for (DeviceSlot slot : pool.devices()) {
            Optional<ArmResource> holder = hsms.holderOf(slot.id());
            String use = holder.isPresent() ? "allocated" : state.occupied.contains(slot.id()) ? "occupied"
                    : slot.kind() == DeviceKind.CUSTOMER ? "free" : "reserved";
            out.add(new DeviceView(slot.id(), slot.stamp(), slot.kind().name(), slot.address(), use,
                    holder.map(r -> r.id).orElse(null)));
        }
        return out;
    }

    /** Marks a customer device as taken by another customer (FM-07), or gives it back. */
    public synchronized DeviceView setOccupied(String deviceId, boolean occupied) {
        settle();
        DeviceSlot slot = pool.devices().stream().filter(s -> s.id().equals(deviceId)).findFirst()
                .orElseThrow(() -> new ArmException(404, "DeviceNotFound", "no device " + deviceId));
        if (slot.kind() != DeviceKind.CUSTOMER) {
            throw ArmException.badRequest("InvalidRequest", deviceId + " is a " + slot.kind()
                    + " device; only customer devices are allocated");
        }
        if (occupied && hsms.holderOf(deviceId).isPresent()) {
            throw new ArmException(409, "Conflict", deviceId + " is allocated to "
                    + hsms.holderOf(deviceId).get().id);
        }
        if (occupied) {
            state.occupied.add(deviceId);
        } else {
            state.occupied.remove(deviceId);
        }
        store.save(state);
        return devices().stream().filter(d -> d.id().equals(deviceId)).findFirst().orElseThrow();
    }

    /**
     * Moves every resource and deployment to the clock's now, one due step at a time in time order, so two
     * HSMs created together are checked for quota and capacity in the order they were created.
     *
     * @return whether anything moved
     */
    synchronized boolean settle() {
        Instant now = clock.now();
        boolean movedAny = false;
        while (true) {
            ArmResource due = null;
            Instant at = null;
            for (ArmResource r : state.resources.values()) {
                Instant d = dueAt(r);
                if (d != null && !d.isAfter(now) && (at == null || d.isBefore(at))) {
                    due = r;
                    at = d;
                }
            }
            if (due != null) {
                step(due, at);
                movedAny = true;
            } else if (deployments.advance(now)) {
                movedAny = true;
            } else {
                return movedAny;
            }
        }
    }

    private Instant dueAt(ArmResource r) {
        if (r.isType(HsmProvider.TYPE)) {
            return hsms.dueAt(r, settings);
        }
        if (r.isType(NetworkProvider.GATEWAYS) && NetworkProvider.UPDATING.equals(r.phase)) {
            return r.since.plus(settings.gatewayProvisioning());
        }
        return null;
    }

    private void step(ArmResource r, Instant at) {
        if (r.isType(HsmProvider.TYPE)) {
            hsms.step(r, at);
        } else {
            r.phase = NetworkProvider.SUCCEEDED;
            r.since = at;
        }
    }

    Duration retryAfter() {
        return Duration.ofSeconds(settings.retryAfterSeconds());
    }

    ArmSettings currentSettings() {
        return settings;
    }

    /** The resource group, or ARM's 404 {@code ResourceGroupNotFound}; a malformed subscription is a 400. */
    ArmState.Group group(String subscription, String group) {
        checkSubscription(subscription);
        ArmState.Group g = state.groups.get(ArmState.groupKey(subscription, group));
        if (g == null) {
            throw ArmException.groupNotFound(group);
        }
        return g;
    }

    static void checkSubscription(String subscription) {
        if (!ArmIdentity.isGuid(subscription)) {
            throw ArmException.badRequest("InvalidSubscriptionId", "The provided subscription identifier '"
                    + subscription + "' is malformed or invalid.");
        }
    }

    Optional<ArmResource> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(state.resources.get(ArmResource.key(id)));
    }

    List<ArmResource> resources(String type) {
        return state.resources.values().stream().filter(r -> r.isType(type)).toList();
    }

    void put(ArmResource r) {
        state.resources.put(r.key(), r);
    }

    void remove(ArmResource r) {
        state.resources.remove(r.key());
    }

    /** {@code East US} and {@code eastus} are the same location. */
    static String normalizeLocation(String location) {
        return location == null ? null : location.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
