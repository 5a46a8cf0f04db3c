package dev.dhsm.app.control;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps the test-control plane to this machine and to itself: a request under {@code /__admin/} from anything
 * but a loopback peer (or relayed by a proxy) is refused with 403; of the admin paths only the dhsm control
 * API's are served, so that WireMock's own admin API (stubs, its reset and shutdown) is not mistaken for it.
 */
final class LoopbackOnlyFilter implements AdminRequestFilterV2 {
    private final ControlApiExtension api;

    LoopbackOnlyFilter(ControlApiExtension api) {
        this.api = api;
    }

    @Override
    public String getName() {
        return "dhsm-loopback-only";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!fromLoopback(request)) {
            return RequestFilterAction.stopWith(api.error(403, "Forbidden",
                    "the control API answers clients on this machine (loopback) only"));
        }
        String path = pathOf(request.getUrl());
        if (!path.startsWith(ControlApiExtension.ROOT + "/dhsm/")) {
            return RequestFilterAction.stopWith(api.error(404, "NotFound",
                    "only the dhsm control API is served under /__admin/: see /__admin/dhsm/"));
        }
        if (!api.knows(request.getMethod(), path)) {
            return RequestFilterAction.stopWith(api.knowsPath(path)
                    ? api.error(405, "MethodNotAllowed", request.getMethod() + " is not allowed on " + path)
                    : api.error(404, "NotFound", "no such control API path: " + path));
        }
        return RequestFilterAction.continueWith(request);
    }

    /**
     * The peer, not what a header claims: WireMock reports {@code X-Forwarded-For} as the client address, so a
     * request carrying a forwarding header is treated as relayed from elsewhere.
     */
    private static boolean fromLoopback(Request request) {
        if (request.containsHeader("X-Forwarded-For") || request.containsHeader("Forwarded")) {
            return false;
        }
        String ip = request.getClientIp();
        if (ip == null || ip.isEmpty() || !ip.matches("[0-9a-fA-F.:\\[\\]%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(ip.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The full path without the query: WireMock hands admin filters the URL with its admin root cut off. */
    private static String pathOf(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.startsWith(ControlApiExtension.ROOT + "/") ? path : ControlApiExtension.ROOT + path;
    }
}
