Feature: FM-15 Ten failed Auditor logins lock the audit role for ten minutes
  The Auditor has 10 consecutive login attempts. The tenth failure locks the role; while it is locked even
  the right password is refused. The lock lifts by itself 10 minutes later, and nothing else recovers it.
  On Azure the audit role is initialized when the device is delivered.

  Waiting ten minutes is done on the target's virtual clock, so this scenario needs the emulator's control
  plane; on a target without one it skips itself.

  @emulator-only @FM-15 @guarded
  Scenario: The Auditor is locked after ten wrong passwords and can log in again ten minutes later
    Given the target's clock can be moved
    And the administrator is logged in to lunash over SSH
    When the Auditor logs in with the wrong password "Wrong-audit-1" 10 times
    Then the first 9 of those attempts fail with "A00000 : LUNA_RET_UM_PIN_INCORRECT"
    And the last of those attempts fails with "80000D0A : LUNA_RET_AUDIT_LOGIN_FAILURE_THRESHOLD"
    When the Auditor logs in with the right password
    Then the command fails with "80000D09 : LUNA_RET_AUDIT_LOGIN_TIMEOUT_IN_PROGRESS"
    When 9 minutes pass on the appliance clock
    And the Auditor logs in with the right password
    Then the command fails with "80000D09 : LUNA_RET_AUDIT_LOGIN_TIMEOUT_IN_PROGRESS"
    When 1 minute passes on the appliance clock
    And the Auditor logs in with the right password
    Then the command succeeds
