@emulator-only @FM-23 @guarded
Feature: FM-23 HA members with different cloning domains do not synchronize
  Replication between HA members goes through cloning, which only works between partitions of the same cloning
  domain. When the members' partitions disagree, adding the member and synchronizing warn that synchronization may
  fail, and the other member refuses every object. The fix is to add a partition with the right cloning domain to
  the group, remove the misconfigured one, and synchronize.

  Preparing several appliances for one client needs the emulator's further appliances.

  Scenario: The warning, then a correctly configured partition replaces the misconfigured one
    Given the client host reaches 2 appliances
    And each appliance has an initialized HSM and the partition "p1" assigned to the client "app01"
    And the partition on slot 0 has been initialized with label "ha-a", Partition SO password "Po#Passw0rd1" and cloning domain "blue"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the partition on slot 1 has been initialized with label "ha-b", Partition SO password "Po#Passw0rd1" and cloning domain "red"
    And the Crypto Officer has been created on slot 1 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    When LunaCM runs "hagroup creategroup -label grp1 -slot 0 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    When LunaCM runs "hagroup addmember -slot 1 -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output contains "Warning: Synchronize may fail.  The members in slot 0 and slot 1 have conflicting settings for private key cloning."
    Given the application has started and logged in to the slot labelled "grp1" as the Crypto Officer "Co#Passw0rd1"
    When the running application generates the signing key "sig1"
    Then the application succeeds
    And the Crypto Officer "Co#Passw0rd1" finds no key "sig1" on slot 1
    When LunaCM runs "hagroup synchronize -group grp1 -password Co#Passw0rd1"
    Then the LunaCM output contains "Warning: Synchronize may fail.  The members in slot 0 and slot 1 have conflicting settings for private key cloning."
    And the LunaCM command fails with "CKR_CERTIFICATE_INVALID"
    Given appliance 2 has a further partition "p2" assigned to the client "app01"
    And the partition on slot 2 has been initialized with label "ha-c", Partition SO password "Po#Passw0rd1" and cloning domain "blue"
    And the Crypto Officer has been created on slot 2 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    When LunaCM runs "hagroup addmember -slot 2 -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output does not contain "slot 0 and slot 2 have conflicting settings"
    When LunaCM runs "hagroup removemember -slot 1 -group grp1"
    Then the LunaCM command succeeds
    When LunaCM runs "hagroup synchronize -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output does not contain "Warning"
    And the Crypto Officer "Co#Passw0rd1" can sign with the key "sig1" on slot 2
