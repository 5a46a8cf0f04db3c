package dev.dhsm.conformance.arm;

/**
 * Resource ids and API versions of what a Dedicated HSM deployment touches: the resource group, the VNet with its
 * HSM subnet and {@code GatewaySubnet}, the gateway's public IP, the ExpressRoute gateway, the dedicatedHSMs and
 * their NICs, and template deployments.
 */
public final class ArmIds {
    /** The Dedicated HSM API the {@code az dedicated-hsm} extension and Java SDK 1.0.0 use (wire field {@code id}). */
    public static final String HSM_API = "2021-11-30";
    public static final String NETWORK_API = "2024-01-01";
    public static final String RESOURCES_API = "2021-04-01";
    public static final String HSM_TYPE = "Microsoft.HardwareSecurityModules/dedicatedHSMs";
    public static final String LUNA_SKU = "SafeNet Luna Network HSM A790";
    /** The one subnet name an ExpressRoute gateway may use. */
    public static final String GATEWAY_SUBNET = "GatewaySubnet";

    private ArmIds() {
    }

    public static String resourceGroup(String subscription, String group) {
        return "/subscriptions/" + subscription + "/resourceGroups/" + group;
    }

    public static String dedicatedHsm(String subscription, String group, String name) {
        return resourceGroup(subscription, group) + "/providers/" + HSM_TYPE + "/" + name;
    }

    public static String dedicatedHsms(String subscription, String group) {
        return resourceGroup(subscription, group) + "/providers/" + HSM_TYPE;
    }

    public static String virtualNetwork(String subscription, String group, String vnet) {
        return resourceGroup(subscription, group) + "/providers/Microsoft.Network/virtualNetworks/" + vnet;
    }

    public static String subnet(String subscription, String group, String vnet, String subnet) {
        return virtualNetwork(subscription, group, vnet) + "/subnets/" + subnet;
    }

    public static String gateway(String subscription, String group, String gateway) {
        return resourceGroup(subscription, group) + "/providers/Microsoft.Network/virtualNetworkGateways/" + gateway;
    }

    public static String publicIp(String subscription, String group, String name) {
        return resourceGroup(subscription, group) + "/providers/Microsoft.Network/publicIPAddresses/" + name;
    }

    public static String networkInterface(String subscription, String group, String name) {
        return resourceGroup(subscription, group) + "/providers/Microsoft.Network/networkInterfaces/" + name;
    }

    public static String deployment(String subscription, String group, String name) {
        return resourceGroup(subscription, group) + "/providers/Microsoft.Resources/deployments/" + name;
    }

    /** The last segment of a resource id (its name). */
    public static String lastSegment(String id) {
        String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
