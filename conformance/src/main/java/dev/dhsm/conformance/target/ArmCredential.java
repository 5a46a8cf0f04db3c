package dev.dhsm.conformance.target;

import java.net.URI;
import java.util.Objects;

/**
 * How the suite gets a bearer token for ARM. The emulator answers an ADFS-style client-credentials request (the
 * shape Azure CLI uses against Azure Stack); a real subscription's token comes from an environment variable that
 * a pipeline fills, or from {@code az account get-access-token} of a logged-in Azure CLI. The driver turns these
 * into tokens; a target only says which one applies.
 */
public sealed interface ArmCredential {
    /** An OAuth2 client-credentials grant at an ADFS-style token endpoint (the emulator's {@code /adfs/oauth2/token}). */
    record ClientSecret(URI tokenEndpoint, String clientId, String secret, String scope) implements ArmCredential {
        public ClientSecret {
            Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public String toString() {
            return "ClientSecret[" + tokenEndpoint + ", client " + clientId + "]";
        }
    }

    /** A token already obtained, read from the environment variable {@code variable} at each use. */
    record FromEnvironment(String variable) implements ArmCredential {
        /** The variable real-subscription runs put a token in (e.g. from {@code az account get-access-token}). */
        public static final String DEFAULT_VARIABLE = "DHSM_ARM_TOKEN";

        public FromEnvironment {
            Objects.requireNonNull(variable, "variable");
        }
    }

    /** A token for {@code resource} from the Azure CLI's login: {@code az account get-access-token --resource ...}. */
    record AzureCli(String resource) implements ArmCredential {
        public static final String MANAGEMENT = "https://management.azure.com/";

        public AzureCli {
            Objects.requireNonNull(resource, "resource");
        }
    }
}
