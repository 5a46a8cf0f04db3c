Feature: FM-21 Clients need TCP port 1792
  The Luna client talks to the appliance over NTLS on TCP port 1792, which is not configurable. A network
  change that blocks that port breaks every client's communication with the HSM, while the appliance itself,
  and lunash over SSH, go on working. Opening the port again brings the clients back.

  Blocking the port needs the emulator's control plane, so the scenario skips itself on a target without
  one; on a real device the port is only probed (a read-only check).

  @emulator-only @FM-21
  Scenario: With TCP port 1792 blocked the client cannot reach the HSM while lunash over SSH still works
    Given the target can block the appliance's NTLS port
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm21" and HSM SO password "Fm21-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app01" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm21p", Partition SO password "Po#Passw0rd1" and cloning domain "fm21-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    When TCP port 1792 of the appliance is blocked
    And the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "RC_SOCKET_ERROR"
    And LunaCM lists no partition slots
    When the administrator logs in to lunash over SSH
    And the administrator runs "hsm show"
    Then the command succeeds
    When TCP port 1792 of the appliance is unblocked
    And the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application succeeds and the signature verifies
