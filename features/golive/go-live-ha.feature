@golive @read-only
Feature: Go-live readiness: the client host's HA groups recover by themselves
  A failed HA member does not come back on its own unless a retry count is set (FM-22). Before go-live the team
  checks, from the client host and without changing anything, that auto-recovery is on and every member is alive.
  An emulator starts with no HA group, so there the background first builds one over two emulated appliances with
  'hagroup retry -count 3'; on a real client host the groups are checked as they are.

  Whether the members' partitions share a cloning domain (FM-23) shows only when synchronizing or adding a member,
  which change the group, so it is not among these read-only checks.

  @appliance-unverified @FM-22
  Scenario: HA auto-recovery is configured and every HA member is alive
    Given an HA group on the client host (set up here over two emulated appliances with a retry count; a real one is checked as it is)
    Then HA auto-recovery is enabled with a retry count, and every member of every HA group is alive
