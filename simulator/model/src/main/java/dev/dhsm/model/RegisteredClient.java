package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An NTLS client registered with {@code client register}: its name, the host name or IP it connects from,
 * its certificate (PEM, uploaded as {@code <name>.pem}), and the partitions assigned to it.
 */
public final class RegisteredClient {
    private String name;
    private String host;
    private boolean hostIsIp;
    private String certificatePem;
    private String fingerprint;
    private List<String> partitions = new ArrayList<>();

    RegisteredClient() {
    }

    RegisteredClient(String name, String host, boolean hostIsIp, String certificatePem, String fingerprint) {
        this.name = name;
        this.host = host;
        this.hostIsIp = hostIsIp;
        this.certificatePem = certificatePem;
        this.fingerprint = fingerprint;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    public boolean hostIsIp() {
        return hostIsIp;
    }

    public String certificatePem() {
        return certificatePem;
    }

    /** The SHA-1 fingerprint of the certificate, colon-separated upper-case hex. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Names of the partitions assigned to the client. */
    public List<String> partitions() {
        return List.copyOf(partitions);
    }

    List<String> mutablePartitions() {
        return partitions;
    }
}
