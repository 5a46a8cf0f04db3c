package dev.dhsm.client.exchange;

import java.util.function.Consumer;

/**
 * Runs the client certificate exchange with one appliance ({@code clientconfig deploy}); {@link CertificateExchange}
 * does it over SSH, tests substitute their own.
 */
@FunctionalInterface
public interface Deployer {

    /**
     * Deploys; {@code progress} is told each step in a line of text. Failures throw
     * {@link dev.dhsm.client.LunaClientException}.
     */
    void deploy(DeployRequest request, Consumer<String> progress);
}
