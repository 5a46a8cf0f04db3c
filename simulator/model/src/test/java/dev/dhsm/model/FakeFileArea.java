package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory file area for model tests. */
final class FakeFileArea implements FileArea {
    private final Map<String, Map<String, byte[]>> homes = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> read(String account, String fileName) {
        return Optional.ofNullable(homes.getOrDefault(account, Map.of()).get(fileName));
    }

    @Override
    public List<String> list(String account) {
        return new ArrayList<>(homes.getOrDefault(account, Map.of()).keySet());
    }

    @Override
    public void write(String account, String fileName, byte[] content) {
        homes.computeIfAbsent(account, a -> new TreeMap<>()).put(fileName, content.clone());
    }

    @Override
    public void delete(String account, String fileName) {
        homes.getOrDefault(account, new TreeMap<>()).remove(fileName);
    }

    @Override
    public void clearAll() {
        homes.clear();
    }
}
