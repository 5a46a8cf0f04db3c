package dev.dhsm.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Luna client's configuration file {@code Chrystoki.conf}, in its real layout: named sections
 * {@code Name = { ... }} of {@code Key = Value;} lines. The {@code LunaSA Client} section holds the servers
 * ({@code ServerName00}, {@code ServerPort00 = 1792}, {@code ServerHtl00 = 0}, then {@code ...01}...), the
 * client's certificate and key, the pinned server certificates ({@code ServerCAFile}), {@code NetClient},
 * {@code ReceiveTimeout} (ms) and {@code TCPKeepAlive}. dhsm adds a {@code Backup} section whose
 * {@code Directory} holds the emulated Luna Backup HSM.
 *
 * <p>Immutable: the {@code with...} methods answer a changed copy. Sections and keys keep their order, and
 * reading then writing a file reproduces its sections, keys and values.
 */
public final class ChrystokiConf {

    public static final String CLIENT_SECTION = "LunaSA Client";
    public static final String BACKUP_SECTION = "Backup";
    /** The client's default {@code ReceiveTimeout}, 20 s. */
    public static final Duration DEFAULT_RECEIVE_TIMEOUT = Duration.ofMillis(20_000);
    private static final int MAX_SERVERS = 100;

    private final Map<String, Map<String, String>> sections;

    private ChrystokiConf(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    /** An empty configuration. */
    public static ChrystokiConf empty() {
        return new ChrystokiConf(new LinkedHashMap<>());
    }

    /**
     * A new client's configuration in the standard layout under {@code home}: {@code cert/client/<name>.pem} and
     * {@code <name>Key.pem}, {@code cert/server/CAFile.pem}, {@code NetClient = 1}, 20 s receive timeout,
     * keepalive on, and no servers yet.
     */
    public static ChrystokiConf standard(Path home, String clientName) {
        Path client = home.resolve("cert").resolve("client");
        return empty()
                .with(CLIENT_SECTION, "ReceiveTimeout", Long.toString(DEFAULT_RECEIVE_TIMEOUT.toMillis()))
                .with(CLIENT_SECTION, "ClientPrivKeyFile", client.resolve(clientName + "Key.pem").toString())
                .with(CLIENT_SECTION, "ClientCertFile", client.resolve(clientName + ".pem").toString())
                .with(CLIENT_SECTION, "ServerCAFile", home.resolve("cert").resolve("server").resolve("CAFile.pem")
                        .toString())
                .with(CLIENT_SECTION, "NetClient", "1")
                .with(CLIENT_SECTION, "TCPKeepAlive", "1");
    }

    /** Parses the text of a {@code Chrystoki.conf}. */
    public static ChrystokiConf parse(String text) {
        return new ChrystokiConfParser(text).parse();
    }

    /** Reads a {@code Chrystoki.conf}; an unreadable or malformed file is {@code RC_FILE_ERROR}. */
    public static ChrystokiConf read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, "cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file, creating its directory; failures are {@code RC_FILE_ERROR}. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, format(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file text: each section as {@code Name = {}, its keys indented three spaces, {@code }} and a blank line. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
            out.append(section.getKey()).append(" = {\n");
            for (Map.Entry<String, String> entry : section.getValue().entrySet()) {
                out.append("   ").append(entry.getKey()).append(" = ").append(entry.getValue()).append(";\n");
            }
            out.append("}\n\n");
        }
        return out.toString();
    }

    /** The section names, in file order. */
    public List<String> sectionNames() {
        return List.copyOf(sections.keySet());
    }

    /** A section's keys and values, in file order (empty if absent). */
    public Map<String, String> section(String name) {
        Map<String, String> section = sections.get(name);
        return section == null ? Map.of() : Collections.unmodifiableMap(section);
    }

    public Optional<String> get(String section, String key) {
        return Optional.ofNullable(section(section).get(key));
    }

    /** A copy with {@code key = value} in {@code section}, replacing an existing value in place. */
    public ChrystokiConf with(String section, String key, String value) {
        if (key.contains("=") || key.contains(";") || value.contains(";") || value.contains("\n")) {
            throw new IllegalArgumentException("'" + key + " = " + value + "' cannot be written to Chrystoki.conf");
        }
        Map<String, Map<String, String>> copy = copySections();
        copy.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, value);
        return new ChrystokiConf(copy);
    }

    /** A copy without {@code key} in {@code section}. */
    public ChrystokiConf without(String section, String key) {
        Map<String, Map<String, String>> copy = copySections();
        Map<String, String> s = copy.get(section);
        if (s != null) {
            s.remove(key);
        }
        return new ChrystokiConf(copy);
    }

    /** The servers {@code ServerName00}, {@code 01}, ... in order; the list stops at the first missing index. */
    public List<ServerAddress> servers() {
        List<ServerAddress> servers = new ArrayList<>();
        for (int i = 0; i < MAX_SERVERS; i++) {
            Optional<String> name = get(CLIENT_SECTION, "ServerName" + index(i));
            if (name.isEmpty()) {
                break;
            }
            int port = integer("ServerPort" + index(i), ServerAddress.NTLS_PORT);
            int htl = integer("ServerHtl" + index(i), 0);
            servers.add(new ServerAddress(name.get(), port, htl));
        }
        return servers;
    }

    /** A copy where {@code server} replaces the entry of the same name, or is added after the last one. */
    public ChrystokiConf withServer(ServerAddress server) {
        List<ServerAddress> servers = servers();
        int i = 0;
        while (i < servers.size() && !servers.get(i).host().equalsIgnoreCase(server.host())) {
            i++;
        }
        return with(CLIENT_SECTION, "ServerName" + index(i), server.host())
                .with(CLIENT_SECTION, "ServerPort" + index(i), Integer.toString(server.port()))
                .with(CLIENT_SECTION, "ServerHtl" + index(i), Integer.toString(server.htl()));
    }

    public Optional<Path> clientCertFile() {
        return get(CLIENT_SECTION, "ClientCertFile").map(Path::of);
    }

    public Optional<Path> clientPrivKeyFile() {
        return get(CLIENT_SECTION, "ClientPrivKeyFile").map(Path::of);
    }

    /** {@code ServerCAFile}: every pinned appliance certificate ({@code CAFile.pem}). */
    public Optional<Path> serverCaFile() {
        return get(CLIENT_SECTION, "ServerCAFile").map(Path::of);
    }

    /** {@code ReceiveTimeout} in milliseconds, 20 s when absent. */
    public Duration receiveTimeout() {
        return Duration.ofMillis(integer("ReceiveTimeout", (int) DEFAULT_RECEIVE_TIMEOUT.toMillis()));
    }

    /** {@code TCPKeepAlive = 1}. */
    public boolean tcpKeepAlive() {
        return integer("TCPKeepAlive", 0) == 1;
    }

    /** The emulated Luna Backup HSM's directory ({@code Backup = { Directory = ...; }}). */
    public Optional<Path> backupDirectory() {
        return get(BACKUP_SECTION, "Directory").map(Path::of);
    }

    /** The emulated Luna Backup HSM's serial ({@code Backup = { Serial = ...; }}), {@code 700001} by default. */
    public String backupSerial() {
        return get(BACKUP_SECTION, "Serial").orElse("700001");
    }

    private int integer(String key, int fallback) {
        Optional<String> text = get(CLIENT_SECTION, key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw new LunaClientException(ReturnCodes.RC_FILE_ERROR,
                    CLIENT_SECTION + " " + key + " is not a number: " + text.get());
        }
    }

    private static String index(int i) {
        return String.format("%02d", i);
    }

    private Map<String, Map<String, String>> copySections() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, entries) -> copy.put(name, new LinkedHashMap<>(entries)));
        return copy;
    }

    /** Used by the parser. */
    static ChrystokiConf of(Map<String, Map<String, String>> sections) {
        return new ChrystokiConf(sections);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChrystokiConf that && sections.equals(that.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        return "ChrystokiConf" + sections.keySet();
    }
}
