package dev.dhsm.client;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** One partition inside {@link FakeLunaClient}: label, cloning domain, role passwords, objects and policies. */
public final class FakePartition {

    /** One stored object. */
    public record FakeObject(String label, long objectClass, String domain) {
    }

    final String serial;
    String label = "";
    String domain;
    boolean initialized;
    final Map<Role, String> pins = new EnumMap<>(Role.class);
    final Map<Role, Boolean> expired = new EnumMap<>(Role.class);
    final Map<Role, Integer> failures = new EnumMap<>(Role.class);
    final Map<Long, FakeObject> objects = new LinkedHashMap<>();
    final Map<Long, Long> policies = new TreeMap<>(Map.of(0L, 1L, 1L, 0L, 4L, 1L, 20L, 10L));
    long nextHandle = 10;

    public FakePartition(String serial) {
        this.serial = serial;
    }

    /** An initialized partition with a CO whose password is set and already changed. */
    public static FakePartition ready(String serial, String label, String domain, String coPin) {
        FakePartition p = new FakePartition(serial);
        p.initialize(label, "popass1", domain);
        p.pins.put(Role.CO, coPin);
        p.expired.put(Role.CO, false);
        return p;
    }

    void initialize(String newLabel, String poPin, String newDomain) {
        label = newLabel;
        domain = newDomain;
        initialized = true;
        pins.clear();
        expired.clear();
        failures.clear();
        objects.clear();
        pins.put(Role.PO, poPin);
        expired.put(Role.PO, false);
    }

    public long add(String objectLabel, long objectClass) {
        long handle = nextHandle++;
        objects.put(handle, new FakeObject(objectLabel, objectClass, domain));
        return handle;
    }

    public Map<Long, FakeObject> objects() {
        return objects;
    }

    public String label() {
        return label;
    }

    public boolean initialized() {
        return initialized;
    }

    public String pin(Role role) {
        return pins.get(role);
    }

    public long policy(long code) {
        return policies.get(code);
    }
}
