package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * ARM collections: {@code {"value":[...],"nextLink":"..."}}, {@code $top} items a page, and a {@code nextLink}
 * (absolute, carrying {@code $skiptoken}) only when another page follows.
 */
final class Paging {
    private Paging() {
    }

    static <T> ObjectNode page(ArmCall call, List<T> all, Function<T, JsonNode> render) {
        int skip = number(call.query().get("$skiptoken"), "$skiptoken", 0);
        int top = number(call.query().get("$top"), "$top", Integer.MAX_VALUE);
        if (top < 1) {
            throw ArmException.badRequest("InvalidParameter", "The value of '$top' must be 1 or more: " + top);
        }
        ObjectNode body = ArmJson.obj();
        ArrayNode value = body.putArray("value");
        int end = (int) Math.min((long) skip + top, all.size());
        for (int i = Math.min(skip, all.size()); i < end; i++) {
            value.add(render.apply(all.get(i)));
        }
        if (end < all.size()) {
            StringBuilder next = new StringBuilder(call.baseUrl()).append(call.path()).append('?');
            for (Map.Entry<String, String> q : call.query().entrySet()) {
                if (!q.getKey().equals("$skiptoken")) {
                    next.append(encode(q.getKey())).append('=').append(encode(q.getValue())).append('&');
                }
            }
            next.append("$skiptoken=").append(end);
            body.put("nextLink", next.toString());
        }
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%24", "$");
    }

    private static int number(String text, String name, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ArmException.badRequest("InvalidParameter", "The value of '" + name + "' must be a number: '"
                    + text + "'.");
        }
    }
}
