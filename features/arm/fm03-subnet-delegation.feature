@arm
Feature: FM-03 The HSM subnet must be delegated to Microsoft.HardwareSecurityModules/dedicatedHSMs
  The commonest deployment failure: the subnet the HSM goes to has no delegation to
  Microsoft.HardwareSecurityModules/dedicatedHSMs. The deployment fails; the recovery is to add the delegation
  and deploy again.

  @appliance-unverified @FM-03
  Scenario: An HSM on a subnet without the delegation fails, naming the subnet and the delegation it needs
    Given the subscription may be used to deploy Dedicated HSMs
    And the virtual network "hsm-vnet"
    And the HSM subnet "hsmsubnet" of "hsm-vnet" without a delegation
    And the ExpressRoute gateway "hsm-gw" of "hsm-vnet" has finished deploying
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" fails to deploy with a message naming "hsmsubnet" and "Microsoft.HardwareSecurityModules/dedicatedHSMs"
    When the customer delegates the subnet "hsmsubnet" of "hsm-vnet" to Dedicated HSMs
    And the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" is provisioned
