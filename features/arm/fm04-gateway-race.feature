@arm
Feature: FM-04 An HSM deployed together with its ExpressRoute gateway loses the race
  A template that deploys the HSM and the ExpressRoute gateway together fails when the gateway is not ready by
  the time the HSM needs it. Rerunning the deployment usually works; deleting the resources and deploying again
  almost always does.

  Background:
    Given the subscription may be used to deploy Dedicated HSMs

  @appliance-unverified @FM-04
  Scenario: Rerunning the deployment once the gateway is up works
    Given the network "hsm-vnet" has its HSM subnet and gateway subnet but no gateway yet
    When the customer deploys the template "hsm-and-gateway" with the gateway "hsm-gw" and the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the deployment "hsm-and-gateway" fails with a message naming "DeploymentFailed"
    And the Dedicated HSM "hsm1" reports the provisioning state "Failed"
    And the status message of the Dedicated HSM "hsm1" names "gateway"
    When the customer waits until the gateway "hsm-gw" has finished deploying
    And the customer reruns the deployment "hsm-and-gateway"
    Then the deployment "hsm-and-gateway" succeeds
    And the Dedicated HSM "hsm1" reports the provisioning state "Succeeded"

  @appliance-unverified @FM-04
  Scenario: Deleting the failed HSM and deploying again works
    Given the network "hsm-vnet" has its HSM subnet and gateway subnet but no gateway yet
    When the customer deploys the template "hsm-and-gateway" with the gateway "hsm-gw" and the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the deployment "hsm-and-gateway" fails with a message naming "DeploymentFailed"
    And the Dedicated HSM "hsm1" reports the provisioning state "Failed"
    And the status message of the Dedicated HSM "hsm1" names "gateway"
    When the customer deletes the Dedicated HSM "hsm1"
    Then the Dedicated HSM "hsm1" is deleted
    When the customer waits until the gateway "hsm-gw" has finished deploying
    And the customer reruns the deployment "hsm-and-gateway"
    Then the deployment "hsm-and-gateway" succeeds
    And the Dedicated HSM "hsm1" reports the provisioning state "Succeeded"

  @emulator-only @FM-04 @stamps-2
  Scenario: The two-HSM template run as the tutorial runs it loses the race; once the gateway is up a rerun deploys both HSMs
    Given the virtual network "hsmvnet"
    When the customer deploys the template file "Deploy-2HSM-toVNET-Template.json" with the parameters file "Deploy-2HSM-toVNET-Params.json" as "HSMdeploy"
    Then the deployment "HSMdeploy" fails with a message naming "DeploymentFailed"
    And the Dedicated HSM "HSM1" reports the provisioning state "Failed"
    And the status message of the Dedicated HSM "HSM2" names "gateway"
    When the customer waits until the gateway "myhsm-ergw" has finished deploying
    And the customer reruns the deployment "HSMdeploy"
    Then the deployment "HSMdeploy" succeeds
    And the Dedicated HSM "HSM1" reports the provisioning state "Succeeded"
    And the Dedicated HSM "HSM2" reports the provisioning state "Succeeded"
