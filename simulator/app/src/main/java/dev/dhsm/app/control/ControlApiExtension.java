package dev.dhsm.app.control;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's control API under {@code /__admin/dhsm/} (clock, faults, NTLS certificate expiry, support
 * actions, snapshots, restore, reset), contributed to WireMock's admin API. Each route parses its request,
 * makes one {@link EmulatorControl} call and renders JSON; a failure is the JSON error envelope with 400, 404
 * or 500, never a stack trace.
 */
public final class ControlApiExtension implements AdminApiExtension {
    static final String ROOT = "/__admin";
    private static final Logger LOG = LoggerFactory.getLogger(ControlApiExtension.class);

    /** What one route does: answers the object to render as JSON with status 200. */
    @FunctionalInterface
    private interface Handler {
        Object handle(Request request, PathParams params);
    }

    private record Route(RequestMethod method, String template, Pattern pattern, AdminTask task) {
    }

    private record Advance(Duration duration) {
    }

    private record SetClock(Instant instant) {
    }

    private record Occupancy(Boolean occupied) {
    }

    private final EmulatorControl control;
    private final ControlJson json = new ControlJson();
    private final List<Route> routes = new ArrayList<>();

    /*
     * Every route's AdminTask is a lambda written at its own place: WireMock finds a route's path template by the
     * task's class, so tasks made by one lambda (one class) would all get the first route's template.
     */
    public ControlApiExtension(EmulatorControl control) {
        this.control = control;
        get("/dhsm/clock", (a, e, p) -> respond(e, p, (r, q) -> control.clock()));
        post("/dhsm/clock/advance", (a, e, p) -> respond(e, p, (r, q) ->
                control.advanceClock(required(body(r, Advance.class).duration(), "duration"))));
        post("/dhsm/clock/set", (a, e, p) -> respond(e, p, (r, q) ->
                control.setClock(required(body(r, SetClock.class).instant(), "instant"))));
        get("/dhsm/appliances", (a, e, p) -> respond(e, p, (r, q) ->
                Map.of("region", control.fleet().region(), "appliances", control.appliances())));
        get("/dhsm/appliances/{id}", (a, e, p) -> respond(e, p, (r, q) -> control.appliance(q.get("id"))));
        post("/dhsm/appliances/{id}/faults", (a, e, p) -> respond(e, p, (r, q) ->
                control.setFaults(q.get("id"), body(r, FaultChange.class))));
        post("/dhsm/appliances/{id}/ntls-certificate/expire", (a, e, p) -> respond(e, p, (r, q) ->
                control.expireNtlsCertificate(q.get("id"))));
        get("/dhsm/appliances/{id}/support", (a, e, p) -> respond(e, p, (r, q) ->
                Map.of("requests", control.supportRequests(q.get("id")))));
        post("/dhsm/appliances/{id}/support/factory-reset", (a, e, p) -> respond(e, p, (r, q) ->
                control.supportFactoryReset(q.get("id"))));
        post("/dhsm/appliances/{id}/support/hard-reboot", (a, e, p) -> respond(e, p, (r, q) ->
                control.supportHardReboot(q.get("id"))));
        post("/dhsm/snapshot", (a, e, p) -> respond(e, p, (r, q) -> control.snapshot()));
        post("/dhsm/restore", (a, e, p) -> respond(e, p, (r, q) -> {
            control.restore(json.tree(r.getBodyAsString()));
            return Map.of("appliances", control.appliances());
        }));
        post("/dhsm/reset", (a, e, p) -> respond(e, p, (r, q) -> {
            control.reset();
            return Map.of("appliances", control.appliances());
        }));
        get("/dhsm/arm", (a, e, p) -> respond(e, p, (r, q) -> control.armInfo()));
        post("/dhsm/arm/token", (a, e, p) -> respond(e, p, (r, q) -> control.armToken()));
        get("/dhsm/arm/settings", (a, e, p) -> respond(e, p, (r, q) -> control.armSettings()));
        post("/dhsm/arm/settings", (a, e, p) -> respond(e, p, (r, q) ->
                control.changeArmSettings(body(r, dev.dhsm.app.arm.ArmSettingsChange.class))));
        get("/dhsm/arm/devices", (a, e, p) -> respond(e, p, (r, q) -> Map.of("devices", control.armDevices())));
        post("/dhsm/arm/devices/{id}/occupancy", (a, e, p) -> respond(e, p, (r, q) ->
                control.setDeviceOccupied(q.get("id"), required(body(r, Occupancy.class).occupied(), "occupied"))));
        post("/dhsm/arm/reset", (a, e, p) -> respond(e, p, (r, q) -> {
            control.resetArm();
            return control.armInfo();
        }));
    }

    @Override
    public String getName() {
        return "dhsm-control-api";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        for (Route route : routes) {
            router.add(route.method(), route.template(), route.task());
        }
    }

    /** Whether a request path ({@code /__admin/dhsm/...}, no query) names a route of this API. */
    boolean knows(RequestMethod method, String path) {
        return routes.stream().anyMatch(r -> r.method().equals(method) && r.pattern().matcher(path).matches());
    }

    /** Whether a path names a route of this API with another method. */
    boolean knowsPath(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }

    ResponseDefinition error(int status, String code, String message) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(json.error(code, message))
                .build();
    }

    private void get(String template, AdminTask task) {
        add(RequestMethod.GET, template, task);
    }

    private void post(String template, AdminTask task) {
        add(RequestMethod.POST, template, task);
    }

    private void add(RequestMethod method, String template, AdminTask task) {
        Pattern pattern = Pattern.compile(Pattern.quote(ROOT + template).replace("{id}", "\\E[^/]+\\Q"));
        routes.add(new Route(method, template, pattern, task));
    }

    private ResponseDefinition respond(ServeEvent event, PathParams params, Handler handler) {
        Request request = event.getRequest();
        try {
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json.write(handler.handle(request, params)))
                    .build();
        } catch (ControlException e) {
            return error(e.status(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("control API {} {} failed", request.getMethod(), request.getUrl(), e);
            return error(500, "InternalError", "the emulator failed to carry out " + request.getMethod() + " "
                    + request.getUrl() + "; its log has the details");
        }
    }

    private <T> T body(Request request, Class<T> type) {
        return json.read(request.getBodyAsString(), type);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw ControlException.badRequest("the body needs \"" + field + "\"");
        }
        return value;
    }
}
