@emulator-only @FM-22 @guarded
Feature: FM-22 A failed HA group member does not come back on its own
  On Luna 7 an HA group is built by the client: the library puts one virtual slot over partitions on several
  appliances and spreads the application's requests over the members that are alive. A member that stops answering
  is dropped, and the application carries on with the others. When the member's appliance answers again, the member
  stays out: by default no recovery is attempted. It comes back with "hagroup recover", or on its own once a retry
  count is set, at most once per interval and only while the application is calling the group.

  Stopping an appliance and moving the clock need the emulator's control plane.

  Background:
    Given the client host reaches 2 appliances
    And each appliance has an initialized HSM and the partition "p1" assigned to the client "app01"
    And the partition on slot 0 has been initialized with label "ha-a", Partition SO password "Po#Passw0rd1" and cloning domain "ha-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the partition on slot 1 has been initialized with label "ha-b", Partition SO password "Po#Passw0rd1" and cloning domain "ha-domain"
    And the Crypto Officer has been created on slot 1 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    When LunaCM runs "hagroup creategroup -label grp1 -slot 0 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    When LunaCM runs "hagroup addmember -slot 1 -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds

  Scenario: A member that failed stays out after its appliance answers again, until hagroup recover
    Given the application has started and logged in to the slot labelled "grp1" as the Crypto Officer "Co#Passw0rd1"
    When the running application generates the signing key "sig1"
    Then the application succeeds
    And the Crypto Officer "Co#Passw0rd1" can sign with the key "sig1" on slot 1
    When appliance 2 stops answering
    And the running application signs with the key "sig1"
    Then the application succeeds and the signature verifies
    And the running application sees the member on slot 1 of the HA group "grp1" as "down"
    And LunaCM lists the member on slot 1 of the HA group "grp1" as "down"
    When appliance 2 answers again
    And the running application signs with the key "sig1"
    Then the application succeeds and the signature verifies
    And the running application sees the member on slot 1 of the HA group "grp1" as "down"
    And LunaCM lists the member on slot 1 of the HA group "grp1" as "down"
    When LunaCM runs "hagroup recover -group grp1"
    Then the LunaCM command succeeds
    And LunaCM lists the member on slot 1 of the HA group "grp1" as "alive"

  Scenario: With a retry count the member comes back by itself, on the clock, while the application calls
    Given the target's clock can be moved
    When LunaCM runs "hagroup retry -count 3"
    Then the LunaCM command succeeds
    And the LunaCM output contains "HA Auto Recovery Count has been set to 3"
    When LunaCM runs "hagroup interval -seconds 60"
    Then the LunaCM command succeeds
    Given the application has started and logged in to the slot labelled "grp1" as the Crypto Officer "Co#Passw0rd1"
    When the running application generates the signing key "sig1"
    And appliance 2 stops answering
    And the running application signs with the key "sig1"
    Then the application succeeds and the signature verifies
    And the running application sees the member on slot 1 of the HA group "grp1" as "down"
    When appliance 2 answers again
    And 59 seconds pass on the appliance clock
    And the running application signs with the key "sig1"
    Then the running application sees the member on slot 1 of the HA group "grp1" as "down"
    When 1 second passes on the appliance clock
    Then the running application sees the member on slot 1 of the HA group "grp1" as "down"
    When the running application signs with the key "sig1"
    Then the application succeeds and the signature verifies
    And the running application sees the member on slot 1 of the HA group "grp1" as "alive"
