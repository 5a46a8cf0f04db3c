Feature: FM-14 Ten failed Partition SO logins zeroize the partition
  The Partition SO ('role login -name po' in LunaCM) has 10 consecutive login attempts. The tenth wrong
  password zeroizes the partition: its objects, its roles, its label and its cloning domain are gone, and
  LunaCM sees it as not initialized. The recovery is to initialize the partition again with the same
  cloning domain, create its roles again and restore its contents from a backup made before
  ('partition archive restore' from a Luna Backup HSM).

  The client is set up as a user sets one up: 'clientconfig deploy' (the certificate exchange over SSH),
  then LunaCM over NTLS. Keys are made and used by a PKCS#11 application on the same client host.

  @appliance-unverified @FM-14 @destructive
  Scenario: Ten wrong Partition SO passwords zeroize the partition; re-initializing it and restoring the backup brings the keys back
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm14" and HSM SO password "Fm14-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app01" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm14p", Partition SO password "Po#Passw0rd1" and cloning domain "fm14-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    And the Crypto Officer "Co#Passw0rd1" has backed slot 0 up to the backup HSM as "fm14-backup" with the password "Bk#Passw0rd1"
    When the Partition SO logs in with the wrong password "Wrong#Pass01" 10 times
    Then the first 10 of those LunaCM attempts fail with "CKR_PIN_INCORRECT"
    And LunaCM shows the partition on slot 0 as not initialized
    When the Partition SO logs in with the password "Po#Passw0rd1"
    Then the LunaCM command fails with "CKR_USER_PIN_NOT_INITIALIZED"
    When the Crypto Officer logs in with the password "Co#Passw0rd1"
    Then the LunaCM command fails with "CKR_USER_PIN_NOT_INITIALIZED"
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "CKR_USER_PIN_NOT_INITIALIZED"
    When the Partition SO initializes the partition on slot 0 with label "fm14p", password "Po#Passw0rd2" and cloning domain "fm14-domain"
    Then the LunaCM command succeeds
    Given the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd2" by the Partition SO "Po#Passw0rd2"
    When the Crypto Officer logs in with the password "Co#Passw0rd2"
    And LunaCM runs "partition contents"
    Then the LunaCM output contains "Number of objects:  0"
    When the Crypto Officer logs out
    And the Crypto Officer "Co#Passw0rd2" restores the backup "fm14-backup" to slot 0 with the password "Bk#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output contains "2 of 2 objects have been restored"
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd2"
    Then the application succeeds and the signature verifies
