@emulator-only @FM-22 @guarded
Feature: FM-22 An HA group member fails while the application is signing
  The virtual slot spreads signatures over the members that are alive. When one member stops answering in the
  middle of a stream, the request that was waiting on it is sent to another member: the application gets every
  answer, and the member is dropped from the group. That holds for the group's first member too, where keys are
  made and looked up.

  Blocking a port and cutting the network need the emulator's control plane; the NTLS restart is the
  administrator's own "service restart ntls".

  Scenario Outline: The application keeps getting signatures while a member <fault> under it
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
    And the running application signs 100 times with the key "sig1" while appliance <appliance> <fault> after 50 signatures
    Then every one of those signatures verifies
    And the running application sees the member on slot <slot> of the HA group "grp1" as "down"

    Examples:
      | appliance | slot | fault                          |
      | 2         | 1    | stops answering                |
      | 2         | 1    | is cut off the network         |
      | 2         | 1    | has its NTLS service restarted |
      | 1         | 0    | stops answering                |
