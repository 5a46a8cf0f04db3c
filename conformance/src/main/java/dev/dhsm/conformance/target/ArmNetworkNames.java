package dev.dhsm.conformance.target;

import java.util.Objects;

/**
 * The names of a customer's Dedicated HSM network in a subscription: the resource group, the VNet, the subnet
 * delegated to the HSMs and the ExpressRoute gateway. A real-subscription target reads them from its target file;
 * the emulator uses fixed names and deploys that network itself before a go-live check reads it.
 */
public record ArmNetworkNames(String resourceGroup, String virtualNetwork, String hsmSubnet, String gateway) {
    public ArmNetworkNames {
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(virtualNetwork, "virtualNetwork");
        Objects.requireNonNull(hsmSubnet, "hsmSubnet");
        Objects.requireNonNull(gateway, "gateway");
    }

    /** The names the tutorials use (tutorial-deploy-hsm-cli.md): what the emulator deploys for the checks. */
    public static ArmNetworkNames tutorial() {
        return new ArmNetworkNames("myRG", "MyHSM-vnet", "hsmsubnet", "hsmgw");
    }
}
