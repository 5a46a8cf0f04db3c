@arm
Feature: Go-live checks of a customer's Dedicated HSM network (read-only)
  Before the HSMs are deployed, a customer's network must have the HSM subnet delegated to
  Microsoft.HardwareSecurityModules/dedicatedHSMs (FM-03) and a gateway that has finished deploying (FM-05). These
  checks only read: on a real subscription they look at the resource group, VNet, subnet and gateway the target
  file names. On the emulator the scenario first deploys that network under the same names.

  Background:
    Given the target manages Dedicated HSMs through Azure Resource Manager
    And the customer's network for Dedicated HSMs is in place

  @appliance-unverified @FM-03 @read-only
  Scenario: The HSM subnet is delegated to Microsoft.HardwareSecurityModules/dedicatedHSMs
    Then the customer's HSM subnet is delegated to "Microsoft.HardwareSecurityModules/dedicatedHSMs"

  @appliance-unverified @FM-05 @read-only
  Scenario: The ExpressRoute gateway reports the provisioning state Succeeded
    Then the customer's gateway reports the provisioning state "Succeeded"
