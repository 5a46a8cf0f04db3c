@arm
Feature: FM-02 A failed deployment keeps its full error in the HSM's detailed state and the deployment operations
  The portal shows little about a failed deployment. The whole error is in the resource's detailed state (its
  statusMessage, as resource explorer or 'az resource show' shows it) and in the deployment's operations; that
  text is what a support request needs.

  @appliance-unverified @FM-02
  Scenario: The reason a template deployment failed is in the HSM's statusMessage and in the deployment operations
    Given the subscription may be used to deploy Dedicated HSMs
    And the virtual network "hsm-vnet"
    And the HSM subnet "hsmsubnet" of "hsm-vnet" without a delegation
    And the ExpressRoute gateway "hsm-gw" of "hsm-vnet" has finished deploying
    When the customer deploys the template "hsm-deploy" with only the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the deployment "hsm-deploy" fails with a message naming "DeploymentFailed"
    And the Dedicated HSM "hsm1" reports the provisioning state "Failed"
    And the status message of the Dedicated HSM "hsm1" names "hsmsubnet"
    And the operations of the deployment "hsm-deploy" show the Dedicated HSM "hsm1" failed with a message naming "hsmsubnet"
