Feature: A scenario that fails, for the test of dhsm check's exit status and readiness detail

  @appliance-unverified @FM-21
  Scenario: A scenario that expects what the appliance does not print
    When the administrator runs "hsm show"
    Then the output contains "Firmware: 9.9.9"
