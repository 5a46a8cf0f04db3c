@emulator-only @FM-18 @destructive
Feature: FM-18 A reset appliance rejoins its HA group and gets its keys back
  A support factory reset is the only way back for an appliance cut off by a network change; it loses all key
  material. The documented recovery is to reconfigure the appliance and rejoin the HA group, which replicates the
  keys back. Meanwhile the group carries on with its other member. The reset partition is a new partition (a new
  serial number): the lost member is removed from the group, the new one added, and the group synchronized.

  The support reset and the further appliance need the emulator's control plane.

  Scenario: The application carries on while a member is reset, and the rebuilt member gets the keys by synchronizing
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
    Given the application has started and logged in to the slot labelled "grp1" as the Crypto Officer "Co#Passw0rd1"
    When the running application generates the signing key "sig1"
    Then the application succeeds
    When support resets appliance 2 to its factory state
    And the running application signs with the key "sig1"
    Then the application succeeds and the signature verifies
    And the running application sees the member on slot 1 of the HA group "grp1" as "down"
    Given appliance 2 has been set up again with the partition "p1" assigned to the client "app01"
    And the partition on slot 1 has been initialized with label "ha-b2", Partition SO password "Po#Passw0rd1" and cloning domain "ha-domain"
    And the Crypto Officer has been created on slot 1 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    Then the Crypto Officer "Co#Passw0rd1" finds no key "sig1" on slot 1
    When LunaCM removes the member that was on slot 1 from the HA group "grp1"
    Then the LunaCM command succeeds
    When LunaCM runs "hagroup addmember -slot 1 -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    When LunaCM runs "hagroup synchronize -group grp1 -password Co#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output contains "2 object(s) cloned to member"
    And the Crypto Officer "Co#Passw0rd1" can sign with the key "sig1" on slot 1
