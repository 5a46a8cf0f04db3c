Feature: FM-20 An expired NTLS certificate drops every client until it is regenerated and exchanged again
  The appliance's NTLS certificate is valid for about ten years. When it expires, clients that pinned it fail
  their TLS handshake (RC_SSL_FAILED_HANDSHAKE) and the appliance's NTLS log shows the failed handshake
  (RC_SSL_FAILED_HANDSHAKE, 0xc0000711). The recovery is a new certificate ('sysconf regenCert', then
  'service restart ntls') and the client certificate exchange repeated with every appliance.

  Ten years do not pass in a test: the emulator's control plane makes the certificate expire now, so the
  scenario needs a target with fault injection and skips itself elsewhere.

  @emulator-only @FM-20 @guarded
  Scenario: After the NTLS certificate expires the client cannot connect until a new one is made and exchanged
    Given the target can make the appliance's NTLS certificate expire
    And the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm20e" and HSM SO password "Fm20-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app20" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm20p", Partition SO password "Po#Passw0rd1" and cloning domain "fm20-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    When the appliance's NTLS certificate expires
    And the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "RC_SSL_FAILED_HANDSHAKE"
    And LunaCM lists no partition slots
    And the last 20 entries of the appliance log "lunalogs" include a line with "0xc0000711" and "RC_SSL_FAILED_HANDSHAKE"
    When the administrator runs "sysconf regenCert" and types proceed
    Then the command succeeds
    When the administrator runs "service restart ntls"
    Then the command succeeds
    When the client "app20" exchanges certificates with the appliance for the partition "p1"
    Then the LunaCM command succeeds
    And LunaCM lists 1 partition slot
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application succeeds and the signature verifies
