Feature: FM-12 A lost admin password loses the key material
  The shell admin ("tenantadmin" on Azure) chooses a new password at first login. If it is lost, there is no
  way back in over the network: every other password is refused, and the "recover" account, which puts the
  admin password back, works only on the serial console, which customers cannot reach. The only recovery is a
  support request to reset the device, which wipes it: the admin password is "PASSWORD" again (to be changed
  at the next login) and the HSM is factory-fresh, its partitions and keys gone.

  The support request is carried out through the emulator's control plane; on a target without one the
  scenario is skipped.

  @emulator-only @FM-12 @destructive
  Scenario: With the admin password forgotten, only the support factory reset gets back in, and it wipes the HSM
    Given the target carries out support requests on demand
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm12" and HSM SO password "Fm12-SO-pass1"
    And the HSM SO has created the partition "p1"
    Then an SSH login as the administrator with the password "PASSWORD" is refused
    And an SSH login as the administrator with the password "Forgotten-pass1" is refused
    And the recover account cannot log in over SSH
    When the customer asks support to reset the appliance to its factory state
    Then the administrator's SSH session has dropped
    And the administrator's password is back to "PASSWORD" and must be changed at the next login
    And the HSM is factory-fresh
    And the partition list has no partitions
