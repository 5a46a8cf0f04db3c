@arm
Feature: FM-10 The HSM's private IP comes from the subnet, or from the template's networkInterfaces
  By default the HSM's private IP address is taken from the subnet's range. An explicit address is asked for
  through the networkInterfaces property (privateIpAddress); it must lie in the HSM subnet.

  Background:
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs

  @appliance-unverified @FM-10
  Scenario: An explicit private IP address from the subnet is honoured
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1" with address 5 of the HSM subnet as its private IP
    Then the Dedicated HSM "hsm1" is provisioned
    And the Dedicated HSM "hsm1" has address 5 of the HSM subnet as its private IP

  @appliance-unverified @FM-10
  Scenario: An explicit private IP address outside the subnet is refused
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1" with a private IP outside the HSM subnet
    Then the Dedicated HSM "hsm1" fails to deploy with a message naming the address outside the HSM subnet
    And the Dedicated HSM "hsm1" fails to deploy with a message naming "hsmsubnet"

  @appliance-unverified @FM-10
  Scenario: Without an explicit address the HSM gets one from the subnet range
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" is provisioned
    And the private IP address of the Dedicated HSM "hsm1" lies in the HSM subnet
