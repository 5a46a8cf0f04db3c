Feature: FM-11 An HSM must be initialized before it does any HSM work
  Before 'hsm init' the HSM stores and generates no objects, accepts no client connections and performs no
  crypto: the HSM SO cannot log in and no partition can be created. A factory-fresh Azure device reports
  itself as zeroized until it is initialized.

  On a real device this scenario runs only when the HSM is still factory-fresh (it skips itself otherwise),
  so initializing it loses nothing.

  @appliance-unverified @FM-11
  Scenario: A factory-fresh HSM refuses HSM work until 'hsm init', and works after it
    Given the administrator is logged in to lunash over SSH
    And the HSM has not been initialized
    Then the HSM reports "HSM Admin login attempts left" as "HSM IS ZEROIZED !!!!"
    When the HSM SO logs in with the password "Init-SO-pass1"
    Then the command fails with an error
    When the administrator runs "partition create -partition p1 -force"
    Then the command fails with an error
    When the administrator initializes the HSM with label "fm11", HSM SO password "Init-SO-pass1" and the default domain
    Then the command succeeds
    And the HSM reports "HSM Admin login attempts left" as "3 before HSM zeroization!"
    When the HSM SO logs in with the password "Init-SO-pass1"
    Then the command succeeds
    When the HSM SO creates the partition "p1"
    Then the command succeeds
    And the partition list shows the partition "p1"
