package dev.dhsm.conformance.driver;

import dev.dhsm.conformance.target.TargetException;
import dev.dhsm.conformance.target.file.TargetFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bearer token for an ARM endpoint, from where the target file says: an environment variable, or the Azure
 * CLI's {@code az account get-access-token} (the signed-in account; the CLI's own login and cache). The token is
 * never written anywhere and never appears in a message.
 */
public final class ArmToken {
    private static final Duration AZ_TIMEOUT = Duration.ofSeconds(60);

    private ArmToken() {
    }

    /** The token for {@code arm}, reading variables from {@code environment} and running {@code az} if asked to. */
    public static String resolve(TargetFile.ArmSection arm, Map<String, String> environment, List<String> azCommand) {
        if (!arm.tokenFromAzCli()) {
            String variable = arm.tokenEnv().orElseThrow();
            String token = environment.get(variable);
            if (token == null || token.isBlank()) {
                throw new TargetException("the target file says the ARM token is in the environment variable " + variable
                        + ", which is not set");
            }
            return token.strip();
        }
        return fromAzCli(azCommand);
    }

    /** The token for {@code arm} from this process's environment, or from {@code az} on the PATH. */
    public static String resolve(TargetFile.ArmSection arm) {
        return resolve(arm, System.getenv(), List.of("az"));
    }

    private static String fromAzCli(List<String> az) {
        List<String> command = new java.util.ArrayList<>(az);
        command.addAll(List.of("account", "get-access-token", "--resource", "https://management.azure.com/",
                "--query", "accessToken", "--output", "tsv"));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(AZ_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new TargetException("'az account get-access-token' did not finish in " + AZ_TIMEOUT.toSeconds() + " s");
            }
            String token = new String(out, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || token.isEmpty()) {
                throw new TargetException("'az account get-access-token' gave no token (exit " + p.exitValue()
                        + "): run 'az login' first");
            }
            return token;
        } catch (IOException e) {
            throw new TargetException("cannot run the Azure CLI (" + String.join(" ", az) + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while asking the Azure CLI for a token", e);
        }
    }
}
