package dev.dhsm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The appliance's NTLS service configuration that survives a restart: the server certificate in use, a
 * regenerated one waiting for {@code service restart ntls}, source-IP checking, and the registered clients.
 */
public final class NtlsState {
    private ServerCertificate active;
    private ServerCertificate pending;
    private boolean ipCheck = true;
    private List<RegisteredClient> clients = new ArrayList<>();

    NtlsState() {
    }

    public ServerCertificate active() {
        return active;
    }

    public ServerCertificate pending() {
        return pending;
    }

    public boolean ipCheck() {
        return ipCheck;
    }

    List<RegisteredClient> clients() {
        return clients;
    }

    void setActive(ServerCertificate certificate) {
        active = certificate;
    }

    void setPending(ServerCertificate certificate) {
        pending = certificate;
    }

    void setIpCheck(boolean on) {
        ipCheck = on;
    }
}
