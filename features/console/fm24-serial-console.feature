Feature: FM-24 Zeroizing for deprovisioning: factory reset and the recover account are serial-console only
  An Azure HSM resource can only be deleted once its HSM is zeroized. The vendor's 'hsm factoryReset'
  zeroizes it, but it runs only on the local serial console, which Azure customers cannot reach; over SSH
  it is refused (customers use three wrong HSM SO passwords instead, see FM-13). The console also has the
  'recover' account, which puts the admin account's password back to PASSWORD.

  These scenarios need the serial console (the emulator has one); they skip themselves on a target without.

  @appliance-unverified @FM-24 @destructive
  Scenario: 'hsm factoryReset' is refused over SSH and zeroizes the HSM from the serial console
    Given the target has a serial console
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm24" and HSM SO password "Retire-SO-pass1"
    And the HSM SO has created the partition "p1"
    When the administrator runs "hsm factoryReset -force"
    Then the command fails saying "serial console"
    And the HSM reports "HSM Admin login attempts left" as "3 before HSM zeroization!"
    When the administrator logs in to lunash on the serial console
    And the administrator runs "hsm factoryReset -force"
    Then the command succeeds
    And the HSM reports "HSM Admin login attempts left" as "HSM IS ZEROIZED !!!!"
    And the partition list has no partitions

  @appliance-unverified @FM-24 @destructive
  Scenario: The recover account works only on the serial console and resets the admin password to PASSWORD
    Given the target has a serial console
    And the administrator is logged in to lunash over SSH
    Then the recover account cannot log in over SSH
    When the recover account logs in on the serial console
    Then the administrator's password is back to "PASSWORD" and must be changed at the next login
    When the administrator runs "hsm show"
    Then the command succeeds
