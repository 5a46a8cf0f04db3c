package dev.dhsm.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dhsm.conformance.target.ArmCredential;
import dev.dhsm.conformance.target.TargetException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens for ARM, got the way the target's {@link ArmCredential} says and kept until shortly before they
 * expire (or until ARM answers 401). Tokens never reach a log or an assertion message.
 */
final class ArmTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Renew this long before the token says it expires. */
    private static final long MARGIN_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final ArmCredential credential;
    private final HttpClient http;
    private final Duration timeout;
    private String token;
    private long renewAt;

    ArmTokens(ArmCredential credential, HttpClient http, Duration timeout) {
        this.credential = credential;
        this.http = http;
        this.timeout = timeout;
    }

    /** A valid token, fetched when there is none or it is about to expire. */
    synchronized String bearer() {
        if (token == null || System.nanoTime() - renewAt >= 0) {
            fetch();
        }
        return token;
    }

    /** Forgets the token, after ARM refused it. */
    synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        long lifetime = TimeUnit.MINUTES.toNanos(50);
        if (credential instanceof ArmCredential.ClientSecret c) {
            JsonNode answer = clientCredentials(c);
            token = answer.path("access_token").asText("");
            long seconds = answer.path("expires_in").asLong(3600);
            lifetime = TimeUnit.SECONDS.toNanos(seconds);
        } else if (credential instanceof ArmCredential.FromEnvironment e) {
            String value = System.getenv(e.variable());
            if (value == null || value.isBlank()) {
                throw new TargetException("No ARM token: set " + e.variable()
                        + " (e.g. to the output of 'az account get-access-token --query accessToken -o tsv')");
            }
            token = value.trim();
        } else if (credential instanceof ArmCredential.AzureCli a) {
            token = azureCli(a);
        }
        if (token == null || token.isEmpty()) {
            throw new TargetException("The token source " + credential + " gave no access token");
        }
        renewAt = System.nanoTime() + Math.max(0, lifetime - MARGIN_NANOS);
    }

    private JsonNode clientCredentials(ArmCredential.ClientSecret c) {
        String form = "grant_type=client_credentials&client_id=" + enc(c.clientId()) + "&client_secret="
                + enc(c.secret()) + "&scope=" + enc(c.scope());
        HttpRequest request = HttpRequest.newBuilder(c.tokenEndpoint()).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new TargetException("The token endpoint " + c.tokenEndpoint() + " answered " + r.statusCode());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new TargetException("Could not get an ARM token from " + c.tokenEndpoint() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted while getting an ARM token", e);
        }
    }

    private String azureCli(ArmCredential.AzureCli a) {
        ProcessBuilder pb = new ProcessBuilder("az", "account", "get-access-token", "--resource", a.resource(),
                "--query", "accessToken", "-o", "tsv").redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            try (InputStream out = p.getInputStream()) {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new TargetException("'az account get-access-token' did not finish within " + timeout);
                }
                if (p.exitValue() != 0) {
                    throw new TargetException("'az account get-access-token' failed (exit " + p.exitValue()
                            + "); run 'az login' first");
                }
                return new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
        } catch (IOException e) {
            throw new TargetException("Could not run the Azure CLI for an ARM token: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("Interrupted while waiting for the Azure CLI", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
