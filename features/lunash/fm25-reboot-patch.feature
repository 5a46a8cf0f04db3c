Feature: FM-25 A new device gets the KB0019789 patch before it is configured
  A reboot without the vendor patch KB0019789 can hang (FM-19), and then only a hard reboot by datacenter
  staff helps. A factory-fresh Azure device does not have the patch: copy the package to the appliance with
  scp and install it with 'package update' before configuring the device.

  The package used here is the emulator's fixture (fixtures/packages/lunasa_kb0019789.spkg); a real device
  needs the vendor's package and authorization code instead.

  @appliance-unverified @FM-25
  Scenario: The patch is missing on a fresh device, and installing it makes it show in the package list
    Given the administrator is logged in to lunash over SSH
    When the administrator lists the installed packages
    Then the package "lunasa_kb0019789" is not installed
    When the administrator copies the package file "lunasa_kb0019789.spkg" to the appliance
    And the administrator runs "my file list"
    Then the output contains "lunasa_kb0019789.spkg"
    When the administrator installs the package "lunasa_kb0019789.spkg" with its authorization code
    Then the command succeeds
    And the output contains "SOFTWARE UPDATE COMPLETED!"
    When the administrator lists the installed packages
    Then the package "lunasa_kb0019789" is installed
