package dev.dhsm.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appliance's network settings, and the address the customer network reaches it at (its NIC's private
 * IP). A change that moves eth0 off that address, or routes the customer network elsewhere, cuts the
 * appliance off (FM-18).
 */
public final class NetworkState {
    static final String NETMASK = "255.255.255.0";

    private String assignedAddress;
    private Map<String, NetworkInterface> interfaces = new LinkedHashMap<>();
    private List<NetworkRoute> routes = new ArrayList<>();

    NetworkState() {
    }

    static NetworkState factory(String assignedAddress) {
        NetworkState n = new NetworkState();
        n.assignedAddress = assignedAddress;
        n.interfaces.put("eth0", new NetworkInterface("eth0", "static", assignedAddress, NETMASK,
                gatewayFor(assignedAddress)));
        for (String d : new String[] {"eth1", "eth2", "eth3"}) {
            n.interfaces.put(d, NetworkInterface.down(d));
        }
        return n;
    }

    public String assignedAddress() {
        return assignedAddress;
    }

    public List<NetworkInterface> interfaces() {
        return List.copyOf(interfaces.values());
    }

    public List<NetworkRoute> routes() {
        return List.copyOf(routes);
    }

    Map<String, NetworkInterface> mutableInterfaces() {
        return interfaces;
    }

    List<NetworkRoute> mutableRoutes() {
        return routes;
    }

    /** Whether the customer network still reaches the appliance with these settings. */
    public boolean pathToClientNetwork() {
        NetworkInterface eth0 = interfaces.get("eth0");
        if (eth0 == null || !eth0.isStatic() || !eth0.ip().equals(assignedAddress) || !eth0.netmask().equals(NETMASK)
                || !eth0.gateway().equals(gatewayFor(assignedAddress))) {
            return false;
        }
        String clientNet = networkOf(assignedAddress);
        for (NetworkRoute r : routes) {
            if (networkOf(r.network()).equals(clientNet) || r.network().equals("0.0.0.0")) {
                return false;
            }
        }
        return true;
    }

    static String gatewayFor(String address) {
        return networkOf(address) + ".1";
    }

    static String networkOf(String address) {
        int last = address.lastIndexOf('.');
        return last < 0 ? address : address.substring(0, last);
    }
}
