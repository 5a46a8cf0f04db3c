@arm
Feature: FM-05 A tool outside the supplied template waits for the gateway before it deploys the HSM
  Terraform, or any tool other than the supplied ARM template, can deploy the network but not the HSM itself: it
  calls a minimal ARM template for the HSM, and must first wait until the gateway is fully deployed, that is until
  'az resource show --ids .../virtualNetworkGateways/<gw>' reports the provisioningState Succeeded.

  @appliance-unverified @FM-05
  Scenario: The gateway shows its provisioning state until Succeeded; the HSM-only template deployed then works
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" has its HSM subnet and gateway subnet but no gateway yet
    When the customer starts deploying the ExpressRoute gateway "hsm-gw" in "hsm-vnet"
    Then the gateway "hsm-gw" reports the provisioning state "Updating"
    When the customer waits until the gateway "hsm-gw" has finished deploying
    Then the gateway "hsm-gw" showed the provisioning state "Updating" before "Succeeded"
    And the gateway "hsm-gw" reports the provisioning state "Succeeded"
    When the customer validates the template "hsm-only" with only the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the template "hsm-only" passes validation
    When the customer deploys the validated template "hsm-only"
    Then the deployment "hsm-only" succeeds
    And the Dedicated HSM "hsm1" reports the provisioning state "Succeeded"

  @appliance-unverified @FM-05
  Scenario: The HSM-only template deployed before the gateway is ready fails; after waiting, rerunning it works
    Given the subscription may be used to deploy Dedicated HSMs
    And the network "hsm-vnet" has its HSM subnet and gateway subnet but no gateway yet
    When the customer starts deploying the ExpressRoute gateway "hsm-gw" in "hsm-vnet"
    And the customer deploys the template "hsm-only" with only the Dedicated HSM "hsm1" in stamp "stamp1"
    Then the deployment "hsm-only" fails with a message naming "DeploymentFailed"
    And the status message of the Dedicated HSM "hsm1" names "gateway"
    When the customer waits until the gateway "hsm-gw" has finished deploying
    And the customer reruns the deployment "hsm-only"
    Then the deployment "hsm-only" succeeds
