@arm
Feature: FM-24 The HSM resource can be deleted only once its HSM is zeroized
  Azure refuses to delete a dedicatedHSM whose appliance still holds key material. Customers zeroize it with three
  wrong HSM SO passwords ('hsm factoryReset' needs the serial console, which they cannot reach). After the
  deletion the device is reset and goes back to the free pool.

  Checking the free pool needs Microsoft's side of the service (the emulator's control plane).

  @emulator-only @FM-24 @destructive
  Scenario: Deletion is refused while the HSM holds key material; after three wrong HSM SO passwords it succeeds
    Given Microsoft's side of the service can be changed on demand
    And the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs
    And the Dedicated HSM "hsm1" has been created in stamp "stamp1"
    When the administrator logs in over SSH at the private IP address of the Dedicated HSM "hsm1"
    And the HSM has been initialized with label "fm24arm" and HSM SO password "Retire-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the customer deletes the Dedicated HSM "hsm1"
    Then the deletion of the Dedicated HSM "hsm1" is refused with a message naming "zeroize"
    When the HSM SO logs in with the password "Wrong-pass-1"
    And the HSM SO logs in with the password "Wrong-pass-2"
    And the HSM SO logs in with the password "Wrong-pass-3"
    Then the command fails with "30000F : LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD"
    When the customer deletes the Dedicated HSM "hsm1"
    Then the Dedicated HSM "hsm1" is deleted
    And the device that ran the Dedicated HSM "hsm1" is back in the free pool
    And the appliance that ran the Dedicated HSM "hsm1" is factory-fresh
