Feature: Scenarios of every hazard, for the tests of dhsm check's hazard rule
  Each only looks at the appliance, whatever its tag says, so the test can run all of them.

  @appliance-unverified @FM-17
  Scenario: A read-only scenario
    When the administrator runs "hsm show"
    Then the command succeeds

  @appliance-unverified @FM-15 @guarded
  Scenario: A guarded scenario
    When the administrator runs "hsm show"
    Then the command succeeds

  @appliance-unverified @FM-13 @destructive
  Scenario: A destructive scenario
    When the administrator runs "hsm show"
    Then the command succeeds
