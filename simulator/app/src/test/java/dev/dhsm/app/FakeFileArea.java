package dev.dhsm.app;

import dev.dhsm.model.FileArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory stand-in for the accounts' scp/sftp file areas. */
final class FakeFileArea implements FileArea {
    private final Map<String, Map<String, byte[]>> files = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> read(String account, String fileName) {
        return Optional.ofNullable(files.getOrDefault(account, Map.of()).get(fileName)).map(byte[]::clone);
    }

    @Override
    public List<String> list(String account) {
        return new ArrayList<>(files.getOrDefault(account, Map.of()).keySet());
    }

    @Override
    public void write(String account, String fileName, byte[] content) {
        files.computeIfAbsent(account, a -> new TreeMap<>()).put(fileName, content.clone());
    }

    @Override
    public void delete(String account, String fileName) {
        files.getOrDefault(account, new TreeMap<>()).remove(fileName);
    }

    @Override
    public void clearAll() {
        files.clear();
    }
}
