Feature: FM-18 A network change that cuts the path to the client network needs a support factory reset
  Changing the HSM's network settings so that the path to the customer's address space breaks cuts off every
  connection: the SSH session of the administrator who made the change drops, and nobody can log in again.
  The only way back is a support request to reset the device, which returns it to its factory state: all
  configuration, accounts and key material are lost (then reconfigure it and rejoin the HA group, which
  replicates the keys back; that is not part of this scenario).

  The support request is carried out through the emulator's control plane; on a target without one the
  scenario is skipped.

  @emulator-only @FM-18 @destructive
  Scenario: A static address off the client network cuts the appliance off; the support factory reset wipes it
    Given the target carries out support requests on demand
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm18" and HSM SO password "Fm18-SO-pass1"
    And the HSM SO has created the partition "p1"
    When the administrator runs "network interface static -device eth0 -ip 10.9.9.9 -netmask 255.255.255.0 -force" and the session ends
    Then the administrator's SSH session has dropped
    And new SSH logins to the appliance fail
    When the customer asks support to reset the appliance to its factory state
    Then the administrator's password is back to "PASSWORD" and must be changed at the next login
    And the HSM is factory-fresh
    And the partition list has no partitions
