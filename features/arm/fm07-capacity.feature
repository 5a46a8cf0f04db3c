@arm
Feature: FM-07 A full stamp or region fails the deployment
  Each stamp holds 12 HSMs for customers (24 in a two-stamp region), plus 2 spares and 1 test device that are
  never handed out. When every customer device of the stamp, or of the region, is taken, the deployment fails
  with an allocation error: no free device in the stamp or region.

  These scenarios fill stamps with other customers' HSMs, which only Microsoft's side of the service (the
  emulator's control plane) can do.

  Background:
    Given Microsoft's side of the service can be changed on demand
    And the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs

  @emulator-only @FM-07 @stamps-2
  Scenario: A full stamp fails with an allocation error; a stamp with free devices still works
    Given other customers hold every customer device of stamp 1
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" fails to deploy with a message naming "stamp1" and "no free device"
    When the customer creates the Dedicated HSM "hsm2" in stamp "stamp2"
    Then the Dedicated HSM "hsm2" is provisioned

  @emulator-only @FM-07 @stamps-2
  Scenario: A full region fails with an allocation error in every stamp
    Given other customers hold every customer device in the region
    When the customer creates the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the Dedicated HSM "hsm1" fails to deploy with a message naming "stamp1" and "no free device"
    When the customer creates the Dedicated HSM "hsm2" in stamp "stamp2"
    Then the Dedicated HSM "hsm2" fails to deploy with a message naming "stamp2" and "no free device"
