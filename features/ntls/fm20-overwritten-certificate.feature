Feature: FM-20 An overwritten NTLS certificate drops every client until the certificate exchange is repeated
  Clients pin the appliance's NTLS certificate (server.pem) when they exchange certificates with it. When a
  configuration change overwrites that certificate ('sysconf regenCert', in use after 'service restart
  ntls') or it expires, every client's TLS handshake fails: the client reports RC_SSL_FAILED_HANDSHAKE and
  the appliance's NTLS log (lunalogs) shows 'tlsv1 alert unknown ca' and RC_SSL_FAILED_HANDSHAKE
  (0xc0000711). The recovery is to repeat the client certificate exchange with every appliance.

  @appliance-unverified @FM-20 @guarded
  Scenario: After 'sysconf regenCert' and an NTLS restart the client cannot connect until it exchanges certificates again
    Given the administrator is logged in to lunash over SSH
    And the HSM has been initialized with label "fm20" and HSM SO password "Fm20-SO-pass1"
    And the HSM SO has created the partition "p1"
    And the client "app01" has exchanged certificates with the appliance for the partition "p1"
    And the partition on slot 0 has been initialized with label "fm20p", Partition SO password "Po#Passw0rd1" and cloning domain "fm20-domain"
    And the Crypto Officer has been created on slot 0 with the password "Co#Passw0rd1" by the Partition SO "Po#Passw0rd1"
    And the application has generated the signing key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    When the administrator runs "sysconf regenCert" and types proceed
    Then the command succeeds
    When the administrator runs "service restart ntls"
    Then the command succeeds
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application fails with "RC_SSL_FAILED_HANDSHAKE"
    And LunaCM lists no partition slots
    And the last 20 entries of the appliance log "lunalogs" include a line with "tlsv1 alert unknown ca"
    And the last 20 entries of the appliance log "lunalogs" include a line with "0xc0000711" and "RC_SSL_FAILED_HANDSHAKE"
    When the client "app01" exchanges certificates with the appliance for the partition "p1"
    Then the LunaCM command succeeds
    And LunaCM lists 1 partition slot
    When the application signs with the key "sign1" on slot 0 as the Crypto Officer "Co#Passw0rd1"
    Then the application succeeds and the signature verifies
