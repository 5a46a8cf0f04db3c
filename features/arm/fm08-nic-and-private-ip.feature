@arm
Feature: FM-08 Each HSM has a NIC next to it that holds the private IP address to SSH to
  dedicatedHSMs is a hidden resource type in the portal (shown only with "Show hidden types"), but ARM lists it
  like any other. Each HSM has a network interface resource next to it, named after it, that holds its private IP
  address: the address where the appliance's lunash answers over SSH.

  @appliance-unverified @FM-08
  Scenario: The HSM's NIC holds its private IP address, and lunash answers over SSH at that address
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs
    And the Dedicated HSM "hsm1" has been created in stamp "stamp1"
    Then listing the resource group's Dedicated HSMs shows "hsm1"
    And the network interface "hsm1_HSMnic" sits next to the Dedicated HSM "hsm1" and holds its private IP address
    When the administrator logs in over SSH at the private IP address of the Dedicated HSM "hsm1"
    And the administrator runs "hsm show"
    Then the command succeeds
    And the HSM reports "Firmware" as "7.0.3"
