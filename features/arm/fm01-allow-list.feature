@arm
Feature: FM-01 Only subscriptions on Microsoft's allow list can create Dedicated HSMs
  Dedicated HSM is not open to every subscription. Access comes from an e-mail to HSMrequest@microsoft.com
  listing the use case, the regions and the volume; until Microsoft has added the subscription, creating a
  dedicatedHSM fails.

  The first scenario changes the allow list, so it needs Microsoft's side of the service (the emulator's control
  plane); the second only reads and also runs against a real subscription.

  @emulator-only @FM-01
  Scenario: A subscription that is not on the allow list cannot create an HSM until Microsoft adds it
    Given Microsoft's side of the service can be changed on demand
    And the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs
    And the subscription is not on the Dedicated HSM allow list
    When the customer validates the template "hsm-only" with only the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the validation of the template "hsm-only" fails with a message naming "not allowed"
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" fails to deploy with a message naming "not allowed" and "HSMrequest@microsoft.com"
    When Microsoft puts the subscription on the Dedicated HSM allow list
    And the customer creates the Dedicated HSM "hsm2" in stamp "stamp1"
    Then the Dedicated HSM "hsm2" is provisioned

  @appliance-unverified @FM-01 @read-only
  Scenario: The subscription is registered for the Dedicated HSM resource provider
    Given the target manages Dedicated HSMs through Azure Resource Manager
    Then the subscription is registered for the resource provider "Microsoft.HardwareSecurityModules"
