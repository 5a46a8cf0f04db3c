@arm
Feature: FM-06 At most 2 HSMs per stamp and 4 per region
  A subscription may have 2 HSMs in a stamp and 4 in a region. A deployment beyond that fails. HSMs left behind
  by earlier failed deployments count too: deleting them frees the quota (beyond it, Microsoft raises the quota
  on an e-mail request).

  Background:
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" is ready for Dedicated HSMs

  @appliance-unverified @FM-06
  Scenario: A third HSM in a stamp fails on quota while a failed leftover counts; deleting the leftovers frees it
    Given the Dedicated HSM "hsm1" has been created in stamp "stamp1"
    And a second subnet "plainsubnet" of "hsm-vnet" without a delegation
    When the customer creates the Dedicated HSM "hsm2" in stamp "stamp1" on the subnet "plainsubnet" of "hsm-vnet"
    Then the Dedicated HSM "hsm2" fails to deploy with a message naming "plainsubnet"
    When the customer creates the Dedicated HSM "hsm3" in stamp "stamp1" on the subnet "hsmsubnet" of "hsm-vnet"
    Then the Dedicated HSM "hsm3" fails to deploy with a message naming "quota"
    When the customer deletes the Dedicated HSM "hsm2"
    Then the Dedicated HSM "hsm2" is deleted
    When the customer deletes the Dedicated HSM "hsm3"
    Then the Dedicated HSM "hsm3" is deleted
    When the customer creates the Dedicated HSM "hsm3" in stamp "stamp1" on the subnet "hsmsubnet" of "hsm-vnet"
    Then the Dedicated HSM "hsm3" is provisioned

  @appliance-unverified @FM-06 @stamps-2
  Scenario: A fifth HSM in a region fails on the region's quota; deleting one frees it
    Given the Dedicated HSM "hsm1" has been created in stamp "stamp1"
    And the Dedicated HSM "hsm2" has been created in stamp "stamp1"
    And the Dedicated HSM "hsm3" has been created in stamp "stamp2"
    And the Dedicated HSM "hsm4" has been created in stamp "stamp2"
    When the customer creates the Dedicated HSM "hsm5" in stamp "stamp2"
    Then the Dedicated HSM "hsm5" fails to deploy with a message naming "quota" and "region"
    When the customer deletes the Dedicated HSM "hsm5"
    Then the Dedicated HSM "hsm5" is deleted
    When the customer deletes the Dedicated HSM "hsm4"
    Then the Dedicated HSM "hsm4" is deleted
    When the customer creates the Dedicated HSM "hsm5" in stamp "stamp2"
    Then the Dedicated HSM "hsm5" is provisioned
