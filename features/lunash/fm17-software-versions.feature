Feature: FM-17 The device runs appliance software 7.2.0-220 and firmware 7.0.3
  Azure Dedicated HSM devices come with Luna appliance software 7.2 and firmware 7.0.3. Documentation and
  software come from the vendor's portal, and the required patches are applied before the device is
  configured (the patch itself is FM-25). On a real device this only reads.

  @appliance-unverified @FM-17
  Scenario: The shell banner, hsm show and the package list report the Azure software level
    When the administrator logs in to lunash over SSH
    Then the login banner reads "Luna Network HSM Command Line Shell v7.2.0-220. Copyright (c) 2018 SafeNet. All rights reserved."
    When the administrator runs "hsm show"
    Then the command succeeds
    And the HSM reports "Software Version" as "7.2.0-220"
    And the HSM reports "Firmware" as "7.0.3"
    And the HSM reports "HSM Model" as "Luna K7"
    When the administrator lists the installed packages
    Then the command succeeds
    And the package "lunash" is installed
