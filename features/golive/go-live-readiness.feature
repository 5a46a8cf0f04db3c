@golive @read-only
Feature: Go-live readiness: read-only checks of a configured device
  Before a device takes production traffic the team checks what the troubleshooting guide warns about:
  the software level, the reboot patch, initialization, the lockout policies as intended, the NTLS
  certificate's remaining life, the NTLS port from the client host, and the client registrations. Every
  scenario here only reads, so it is safe on a real device ('dhsm check --tags @golive'); the settings the
  team intends come from the target file's 'expect' section. An emulator starts factory-fresh, so there
  the background first sets the device up as a team would (patch, 'hsm init', a partition).

  Background:
    Given a device set up for go-live (an emulator is set up here; a real device is checked as it is)

  @appliance-unverified @FM-17
  Scenario: The device runs appliance software 7.2.0-220 and firmware 7.0.3
    When the administrator runs "hsm show"
    Then the command succeeds
    And the HSM reports "Software Version" as "7.2.0-220"
    And the HSM reports "Firmware" as "7.0.3"

  @appliance-unverified @FM-25
  Scenario: The KB0019789 patch is installed
    When the administrator lists the installed packages
    Then the command succeeds
    And the package "lunasa_kb0019789" is installed

  @appliance-unverified @FM-11
  Scenario: The HSM is initialized
    Then the HSM has been initialized

  @appliance-unverified @FM-16
  Scenario: HSM policy 15 and the Crypto Officer lockout threshold are as the team intends
    Given a client host registered for the go-live partition (set up here on an emulator; a real one is checked as it is)
    Then HSM policy 15 "SO can reset partition PIN" is as the team intends
    And the Crypto Officer lockout threshold of the go-live partition is as the team intends

  @appliance-unverified @FM-20
  Scenario: The NTLS certificate is valid for long enough
    Then the NTLS certificate is valid for at least the days the team intends

  @appliance-unverified @FM-21
  Scenario: The client host reaches TCP port 1792 and a partition over NTLS
    Given a client host registered for the go-live partition (set up here on an emulator; a real one is checked as it is)
    Then TCP port 1792 of the appliance accepts connections from the client host
    And LunaCM on the client host reaches a partition of the appliance over NTLS

  @appliance-unverified @FM-20
  Scenario: Every registered client still has its certificate, and this client host's is still trusted
    Given a client host registered for the go-live partition (set up here on an emulator; a real one is checked as it is)
    Then every registered client has a certificate on the appliance
    And LunaCM on the client host reaches a partition of the appliance over NTLS
