package dev.dhsm.conformance.target;

import java.util.Objects;

/**
 * A customer's Dedicated HSM network in a subscription: the names of the resource group, the VNet, the subnet
 * delegated to the HSMs and the ExpressRoute gateway, and the address ranges of the VNet and the HSM subnet. A
 * real-subscription target reads them from its target file; the emulator's HSM subnet holds its fleet's device
 * addresses (127.0.1.x), since an HSM's private IP is the address its appliance answers on.
 */
public record ArmNetworkNames(String resourceGroup, String virtualNetwork, String hsmSubnet, String gateway,
                              String addressSpace, String hsmSubnetRange) {
    public ArmNetworkNames {
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(virtualNetwork, "virtualNetwork");
        Objects.requireNonNull(hsmSubnet, "hsmSubnet");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(addressSpace, "addressSpace");
        Objects.requireNonNull(hsmSubnetRange, "hsmSubnetRange");
    }

    /** The names and ranges the tutorials use (tutorial-deploy-hsm-cli.md). */
    public static ArmNetworkNames tutorial() {
        return new ArmNetworkNames("myRG", "MyHSM-vnet", "hsmsubnet", "hsmgw", "10.2.0.0/16", "10.2.1.0/24");
    }

    /** The tutorial's names with other address ranges. */
    public ArmNetworkNames withRanges(String space, String hsmRange) {
        return new ArmNetworkNames(resourceGroup, virtualNetwork, hsmSubnet, gateway, space, hsmRange);
    }

    /** The {@code GatewaySubnet} range: x.y.255.0/26 of a /16 address space, as the tutorials use. */
    public String gatewaySubnetRange() {
        String[] o = addressSpace.split("[./]");
        return o[0] + "." + o[1] + ".255.0/26";
    }

    /** A /24 next to the HSM subnet in the same address space, for a second subnet. */
    public String secondSubnetRange() {
        return shiftThirdOctet(hsmSubnetRange, 1);
    }

    /** The {@code n}th address of the HSM subnet (the first four are Azure's own). */
    public String hsmSubnetAddress(int n) {
        String[] o = hsmSubnetRange.split("[./]");
        return o[0] + "." + o[1] + "." + o[2] + "." + (Integer.parseInt(o[3]) + n);
    }

    /** An address of the VNet outside the HSM subnet. */
    public String addressOutsideHsmSubnet(int n) {
        String[] o = secondSubnetRange().split("[./]");
        return o[0] + "." + o[1] + "." + o[2] + "." + n;
    }

    private static String shiftThirdOctet(String cidr, int by) {
        String[] o = cidr.split("[./]");
        return o[0] + "." + o[1] + "." + (Integer.parseInt(o[2]) + by) + "." + o[3] + "/" + o[4];
    }
}
