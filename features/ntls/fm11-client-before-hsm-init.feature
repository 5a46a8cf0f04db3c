Feature: FM-11 A client registered before 'hsm init' can do nothing until the HSM and its partition are initialized
  An HSM accepts no client work before 'hsm init': a client can exchange certificates with the appliance
  and be registered, but it sees no slot, so it can open no session and generate no key. Once the HSM is
  initialized, a partition created and assigned to the client, and the partition initialized from the
  client, the same client generates keys and signs.

  On a real device this scenario runs only when the HSM is still factory-fresh (it skips itself otherwise),
  so initializing it loses nothing.

  @appliance-unverified @FM-11
  Scenario: A client registered before 'hsm init' sees no slots until the HSM, a partition and its assignment exist
    Given the administrator is logged in to lunash over SSH
    And the HSM has not been initialized
    When the client "app01" exchanges certificates with the appliance without a partition
    Then the LunaCM command succeeds
    And LunaCM lists no partition slots
    When the Crypto Officer logs in with the password "Co#Passw0rd1"
    Then the LunaCM command fails with "CKR_SLOT_ID_INVALID"
    When the application generates the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "CKR_SLOT_ID_INVALID"
    When the administrator initializes the HSM with label "fm11", HSM SO password "Init-SO-pass1" and the default domain
    Then the command succeeds
    Given the HSM SO has created the partition "p1"
    When the administrator runs "client assignPartition -client app01 -partition p1"
    Then the command succeeds
    And LunaCM lists 1 partition slot
    Given the partition on slot 0 has been initialized with label "fm11p", Partition SO password "Po#Passw0rd1" and cloning domain "fm11-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    When the application generates the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application succeeds
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application succeeds and the signature verifies
