Feature: FM-16 Ten failed Crypto Officer logins lock the Crypto Officer; HSM policy 15 decides the way back
  The Crypto Officer ('role login -name co' in LunaCM) has 10 consecutive login attempts; partition policy
  20 can lower the number. Once locked, even the right password is refused. With HSM policy 15 "SO can
  reset partition PIN" at 0, the default, the Partition SO cannot reset the Crypto Officer and the
  partition's contents are out of reach for good: re-initialize the partition and restore it from a
  backup. With policy 15 at 1 the Partition SO unlocks the Crypto Officer with 'role resetpw -name co',
  and HSM policy 21 makes the Crypto Officer change that reset password before using it.

  Turning policy 15 on erases every partition, so it is set before the partition is created, and both
  scenarios are destructive on a real device.

  @appliance-unverified @FM-16 @destructive
  Scenario: With HSM policy 15 at 0 a locked Crypto Officer stays locked; re-initializing the partition and restoring the backup is the way back
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm16a" and HSM SO password "Fm16-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app01" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm16p", Partition SO password "Po#Passw0rd1" and cloning domain "fm16-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    And the Crypto Officer "Co#Passw0rd1" has backed slot 0 up to the backup HSM as "fm16-backup" with the password "Bk#Passw0rd1"
    When the Crypto Officer logs in with the wrong password "Wrong#Pass01" 10 times
    Then the first 10 of those LunaCM attempts fail with "CKR_PIN_INCORRECT"
    When the Crypto Officer logs in with the password "Co#Passw0rd1"
    Then the LunaCM command fails with "CKR_PIN_LOCKED"
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "CKR_PIN_LOCKED"
    When the Partition SO logs in with the password "Po#Passw0rd1"
    Then the LunaCM command succeeds
    When the Partition SO resets the Crypto Officer's password to "Co#Reset0001"
    Then the LunaCM command fails with "CKR_USER_NOT_AUTHORIZED"
    When the Partition SO logs out
    And the Partition SO initializes the partition on slot 0 with label "fm16p", password "Po#Passw0rd1" and cloning domain "fm16-domain"
    Then the LunaCM command succeeds
    Given the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd2" by the Partition SO "Po#Passw0rd1"
    When the Crypto Officer "Co#Passw0rd2" restores the backup "fm16-backup" to slot 0 with the password "Bk#Passw0rd1"
    Then the LunaCM command succeeds
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd2"
    Then the application succeeds and the signature verifies

  @appliance-unverified @FM-16 @destructive
  Scenario: With HSM policy 15 at 1 the Partition SO unlocks the Crypto Officer, who must change the reset password; partition policy 20 lowers the threshold
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm16b" and HSM SO password "Fm16-SO-pass1"
    When the HSM SO logs in with the password "Fm16-SO-pass1"
    And the administrator runs "hsm changePolicy -policy 15 -value 1" and types proceed
    Then the command succeeds
    And the output contains "is now set to value: 1"
    When the HSM SO creates the partition "p1"
    Then the command succeeds
    Given the client "app01" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm16p", Partition SO password "Po#Passw0rd1" and cloning domain "fm16-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    When the Crypto Officer logs in with the wrong password "Wrong#Pass01" 10 times
    Then the first 10 of those LunaCM attempts fail with "CKR_PIN_INCORRECT"
    When the Crypto Officer logs in with the password "Co#Passw0rd1"
    Then the LunaCM command fails with "CKR_PIN_LOCKED"
    When the Partition SO logs in with the password "Po#Passw0rd1"
    And the Partition SO resets the Crypto Officer's password to "Co#Reset0001"
    Then the LunaCM command succeeds
    When the Partition SO logs out
    And the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Reset0001"
    Then the application fails with "CKR_PIN_EXPIRED"
    When the Crypto Officer logs in with the password "Co#Reset0001"
    And the Crypto Officer changes its password from "Co#Reset0001" to "Co#Passw0rd2"
    Then the LunaCM command succeeds
    When the Crypto Officer logs out
    And the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd2"
    Then the application succeeds and the signature verifies
    When the Partition SO logs in with the password "Po#Passw0rd1"
    And LunaCM runs "partition changepolicy -policy 20 -value 3"
    Then the LunaCM command succeeds
    When the Partition SO logs out
    And the Crypto Officer logs in with the wrong password "Wrong#Pass02" 3 times
    Then the first 3 of those LunaCM attempts fail with "CKR_PIN_INCORRECT"
    When the Crypto Officer logs in with the password "Co#Passw0rd2"
    Then the LunaCM command fails with "CKR_PIN_LOCKED"
    When the Partition SO logs in with the password "Po#Passw0rd1"
    And the Partition SO resets the Crypto Officer's password to "Co#Reset0002"
    Then the LunaCM command succeeds
    When the Partition SO logs out
    And the Crypto Officer logs in with the password "Co#Reset0002"
    And the Crypto Officer changes its password from "Co#Reset0002" to "Co#Passw0rd3"
    Then the LunaCM command succeeds
