@arm
Feature: FM-09 A VNet has one gateway: a second gateway in the HSM's VNet fails
  The HSM reaches the customer's private address space through an ExpressRoute gateway, and a VNet allows one
  gateway. A second gateway in the same VNet (for example for ExpressRoute to on-premises resources) fails; it
  needs a VNet of its own.

  @appliance-unverified @FM-09
  Scenario: A second gateway in the HSM's VNet fails; in a separate VNet it deploys
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs
    When the customer deploys the ExpressRoute gateway "onprem-gw" in "hsm-vnet"
    Then the gateway "onprem-gw" fails to deploy with a message naming "hsm-vnet"
    Given the virtual network "onprem-vnet" with the address space "10.3.0.0/16"
    When the customer deploys the ExpressRoute gateway "onprem-gw2" in "onprem-vnet"
    Then the gateway "onprem-gw2" is deployed
