Feature: FM-19 A reboot without KB0019789 can hang until a support hard reboot 48 hours later
  Some changes need a reboot, and rarely a reboot hangs: the appliance answers nothing until datacenter staff
  hard-reboot it, which a support request asks for and which takes up to 48 hours. The vendor patch
  KB0019789 prevents the hang, so a device gets it before it is configured (FM-25).

  The hang is injected and the hard reboot carried out through the emulator's control plane, and 48 hours
  pass on its virtual clock; on a target without one the scenario is skipped. The package is the emulator's
  fixture (fixtures/packages/lunasa_kb0019789.spkg).

  @emulator-only @FM-19 @FM-25 @guarded
  Scenario: An unpatched reboot hangs until the hard reboot; once patched, the same fault no longer hangs it
    Given the target carries out support requests on demand
    And the target's clock can be moved
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm19" and HSM SO password "Fm19-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the next reboot of the appliance will hang
    When the administrator runs "sysconf appliance reboot -force" and the session ends
    Then the administrator's SSH session has dropped
    And new SSH logins to the appliance fail
    When the customer asks support for a hard reboot of the appliance
    And 47 hours pass on the appliance clock
    Then new SSH logins to the appliance fail
    When 1 hour passes on the appliance clock
    Then the administrator can log in to lunash over SSH again
    And the partition list shows the partition "p1"
    When the administrator copies the package file "lunasa_kb0019789.spkg" to the appliance
    And the administrator installs the package "lunasa_kb0019789.spkg" with its authorization code
    Then the command succeeds
    And the package "lunasa_kb0019789" is installed
    Given the next reboot of the appliance will hang
    When the administrator runs "sysconf appliance reboot -force" and the session ends
    Then the administrator's SSH session has dropped
    And the administrator can log in to lunash over SSH again
    And the partition list shows the partition "p1"
    And the package "lunasa_kb0019789" is installed
