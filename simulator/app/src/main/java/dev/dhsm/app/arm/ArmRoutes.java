package dev.dhsm.app.arm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The ARM paths the facade answers, as a table of method, path template and handler. Literal segments match
 * case-insensitively, as ARM compares names; {@code {x}} segments are named for the handler. A known path with
 * another method is a 405, an unknown resource type under a known namespace a 400, anything else a 404, each
 * in the error envelope.
 */
final class ArmRoutes {
    private record Route(String method, String[] template, Function<ArmCall, ArmResponse> handler) {
    }

    private static final String RG = "subscriptions/{subscription}/resourceGroups/{group}";
    private static final String HSM = RG + "/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs";
    private static final String NET = RG + "/providers/Microsoft.Network";
    private static final String DEPLOY = RG + "/providers/Microsoft.Resources/deployments";

    private final List<Route> routes = new ArrayList<>();

    ArmRoutes(ArmService arm) {
        ResourceManager rm = new ResourceManager(arm);
        HsmProvider h = arm.hsms;
        NetworkProvider n = arm.network;
        GatewayProvider gw = arm.gateways;
        InterfaceProvider nic = arm.interfaces;
        DeploymentEngine d = arm.deployments;
        add("GET", "subscriptions", rm::listSubscriptions);
        add("GET", "subscriptions/{subscription}", rm::getSubscription);
        add("GET", "subscriptions/{subscription}/providers", rm::listProviders);
        add("GET", "subscriptions/{subscription}/providers/{namespace}", rm::getProvider);
        add("POST", "subscriptions/{subscription}/providers/{namespace}/register", rm::getProvider);
        add("GET", "subscriptions/{subscription}/resources", rm::listResources);
        add("GET", "subscriptions/{subscription}/resourceGroups", rm::listGroups);
        add("PUT", RG, rm::putGroup);
        add("PATCH", RG, rm::patchGroup);
        add("GET", RG, rm::getGroup);
        add("HEAD", RG, rm::headGroup);
        add("DELETE", RG, rm::deleteGroup);
        add("GET", RG + "/resources", rm::listResources);

        add("GET", "providers/Microsoft.HardwareSecurityModules/operations", h::operations);
        add("PUT", HSM + "/{name}", h::put);
        add("GET", HSM + "/{name}", h::get);
        add("PATCH", HSM + "/{name}", h::patch);
        add("DELETE", HSM + "/{name}", h::delete);
        add("GET", HSM, c -> h.list(c, true));
        add("GET", "subscriptions/{subscription}/providers/Microsoft.HardwareSecurityModules/dedicatedHSMs",
                c -> h.list(c, false));
        add("GET", HSM + "/{name}/outboundNetworkDependenciesEndpoints", h::outboundEndpoints);
        add("GET", "subscriptions/{subscription}/providers/Microsoft.HardwareSecurityModules/locations/{location}"
                + "/operationResults/{operation}", h::operationResult);

        add("PUT", NET + "/virtualNetworks/{name}", n::putVnet);
        add("GET", NET + "/virtualNetworks/{name}", n::getVnet);
        add("DELETE", NET + "/virtualNetworks/{name}", n::deleteVnet);
        add("GET", NET + "/virtualNetworks", n::listVnets);
        add("PUT", NET + "/virtualNetworks/{vnet}/subnets/{name}", n::putSubnet);
        add("GET", NET + "/virtualNetworks/{vnet}/subnets/{name}", n::getSubnet);
        add("DELETE", NET + "/virtualNetworks/{vnet}/subnets/{name}", n::deleteSubnet);
        add("GET", NET + "/virtualNetworks/{vnet}/subnets", n::listSubnets);
        add("PUT", NET + "/virtualNetworkGateways/{name}", gw::putGateway);
        add("GET", NET + "/virtualNetworkGateways/{name}", gw::getGateway);
        add("DELETE", NET + "/virtualNetworkGateways/{name}", gw::deleteGateway);
        add("GET", "subscriptions/{subscription}/providers/Microsoft.Network/locations/{location}/operations/"
                + "{operation}", gw::operationStatus);
        add("GET", NET + "/networkInterfaces/{name}", nic::getNic);
        add("PUT", NET + "/networkInterfaces/{name}", nic::putNic);
        add("GET", NET + "/networkInterfaces", nic::listNics);
        add("PUT", NET + "/publicIPAddresses/{name}", nic::putPublicIp);
        add("GET", NET + "/publicIPAddresses/{name}", nic::getPublicIp);
        add("DELETE", NET + "/publicIPAddresses/{name}", nic::deletePublicIp);

        add("PUT", DEPLOY + "/{name}", d::put);
        add("GET", DEPLOY + "/{name}", d::get);
        add("GET", DEPLOY, d::list);
        add("POST", DEPLOY + "/{name}/validate", d::validate);
        add("GET", DEPLOY + "/{name}/operations", d::operations);
        add("GET", DEPLOY + "/{name}/operationStatuses/{operation}", d::status);
        add("GET", RG + "/deployments/{name}", d::get);
        add("GET", RG + "/deployments/{name}/operations", d::operations);
    }

    private void add(String method, String template, Function<ArmCall, ArmResponse> handler) {
        routes.add(new Route(method, template.split("/"), handler));
    }

    ArmResponse dispatch(ArmCall call) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> vars = match(route.template(), call.segments());
            if (vars == null) {
                continue;
            }
            if (route.method().equals(call.method())) {
                return route.handler().apply(call.withVars(vars));
            }
            pathKnown = true;
        }
        if (pathKnown) {
            throw new ArmException(405, "MethodNotAllowed", "The requested resource does not support http method '"
                    + call.method() + "'.");
        }
        throw unknown(call);
    }

    private static ArmException unknown(ArmCall call) {
        List<String> s = call.segments();
        int providers = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).equalsIgnoreCase("providers")) {
                providers = i;
            }
        }
        if (providers >= 0 && providers + 2 < s.size() && s.get(0).equalsIgnoreCase("subscriptions")) {
            String namespace = s.get(providers + 1);
            String type = s.get(providers + 2);
            return ArmException.badRequest("InvalidResourceType", "The resource type '" + type + "' could not be "
                    + "found in the namespace '" + namespace + "' for api version '"
                    + call.query().getOrDefault("api-version", "") + "'.");
        }
        return new ArmException(404, "NotFound", "No HTTP resource was found that matches the request URI '"
                + call.baseUrl() + call.path() + "'.");
    }

    private static Map<String, String> match(String[] template, List<String> segments) {
        if (template.length != segments.size()) {
            return null;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            String s = segments.get(i);
            if (t.startsWith("{")) {
                vars.put(t.substring(1, t.length() - 1), s);
            } else if (!t.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return vars;
    }
}
