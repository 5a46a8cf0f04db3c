Feature: FM-13 Three failed HSM SO logins zeroize the HSM
  The HSM SO (the "HSM Administrator" of lunash) has 3 consecutive login attempts; the threshold cannot be
  changed. The third wrong password zeroizes the HSM: all HSM objects and all partitions are lost. The
  recovery is to initialize the HSM again (a new SO password and cloning domain) and restore the contents
  from a backup. A successful login in between resets the count.

  The last scenario takes the whole recovery path: a backup made before the zeroization (LunaCM on the client,
  'partition archive backup' to a Luna Backup HSM) is restored into a new partition of the re-initialized
  HSM with the same partition cloning domain, and the keys sign again.

  @appliance-unverified @FM-13 @destructive
  Scenario: The third wrong HSM SO password zeroizes the HSM; a new 'hsm init' makes it usable again
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm13" and HSM SO password "Old-SO-pass1"
    And the HSM SO has created the partition "p1"
    When the HSM SO logs in with the password "Wrong-pass-1"
    Then the command fails with "A00000 : LUNA_RET_UM_PIN_INCORRECT"
    And the HSM reports "HSM Admin login attempts left" as "2 before HSM zeroization!"
    When the HSM SO logs in with the password "Wrong-pass-2"
    Then a "Caution:" warning came before the password prompt
    And the command fails with "A00000 : LUNA_RET_UM_PIN_INCORRECT"
    When the HSM SO logs in with the password "Wrong-pass-3"
    Then a "Caution:" warning came before the password prompt
    And the command fails with "30000F : LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD"
    And the HSM reports "HSM Admin login attempts left" as "HSM IS ZEROIZED !!!!"
    And the partition list has no partitions
    When the HSM SO logs in with the password "Old-SO-pass1"
    Then the command fails with an error
    When the administrator initializes the HSM interactively with label "fm13b", HSM SO password "New-SO-pass2" and cloning domain "fm13-domain"
    Then the command succeeds
    When the HSM SO logs in with the password "New-SO-pass2"
    Then the command succeeds
    And the HSM reports "HSM Admin login attempts left" as "3 before HSM zeroization!"
    When the HSM SO creates the partition "p2"
    Then the command succeeds
    And the partition list shows the partition "p2"

  @appliance-unverified @FM-13 @destructive
  Scenario: A successful HSM SO login between failures resets the count
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm13c" and HSM SO password "Good-SO-pass1"
    When the HSM SO logs in with the password "Wrong-pass-1"
    And the HSM SO logs in with the password "Wrong-pass-2"
    Then the command fails with "A00000 : LUNA_RET_UM_PIN_INCORRECT"
    And the HSM reports "HSM Admin login attempts left" as "1 before HSM zeroization!"
    When the HSM SO logs in with the password "Good-SO-pass1"
    Then the command succeeds
    And the HSM reports "HSM Admin login attempts left" as "3 before HSM zeroization!"
    When the HSM SO logs out
    And the HSM SO logs in with the password "Wrong-pass-3"
    And the HSM SO logs in with the password "Wrong-pass-4"
    Then the command fails with "A00000 : LUNA_RET_UM_PIN_INCORRECT"
    And the HSM reports "HSM Admin login attempts left" as "1 before HSM zeroization!"
    When the HSM SO logs in with the password "Good-SO-pass1"
    Then the command succeeds

  @appliance-unverified @FM-13 @destructive
  Scenario: After three wrong HSM SO passwords a re-initialized HSM gets its keys back from the backup
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm13r" and HSM SO password "Fm13-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app13" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm13p", Partition SO password "Po#Passw0rd1" and cloning domain "fm13-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    And the Crypto Officer "Co#Passw0rd1" has backed slot 0 up to the backup HSM as "fm13-backup" with the password "Bk#Passw0rd1"
    When the HSM SO logs in with the password "Wrong-pass-1"
    And the HSM SO logs in with the password "Wrong-pass-2"
    And the HSM SO logs in with the password "Wrong-pass-3"
    Then the command fails with "30000F : LUNA_RET_SO_LOGIN_FAILURE_THRESHOLD"
    And the HSM reports "HSM Admin login attempts left" as "HSM IS ZEROIZED !!!!"
    And the partition list has no partitions
    When the administrator initializes the HSM interactively with label "fm13s", HSM SO password "New-SO-pass2" and cloning domain "fm13-hsm-domain"
    Then the command succeeds
    When the HSM SO logs in with the password "New-SO-pass2"
    Then the command succeeds
    When the HSM SO creates the partition "p2"
    Then the command succeeds
    Given the client "app13" has exchanged certificates with the appliance for the partition "p2"
    And the partition on slot 0 has been initialized with label "fm13p", Partition SO password "Po#Passw0rd2" and cloning domain "fm13-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd2" by the Partition SO "Po#Passw0rd2"
    When the Crypto Officer "Co#Passw0rd2" restores the backup "fm13-backup" to slot 0 with the password "Bk#Passw0rd1"
    Then the LunaCM command succeeds
    And the LunaCM output contains "2 of 2 objects have been restored"
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd2"
    Then the application succeeds and the signature verifies
