package dev.dhsm.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ARM template expressions ({@code "[concat(parameters('a'), '/x')]"}) for one deployment: the parameters
 * given or defaulted, the variables, and the functions a Dedicated HSM template needs: {@code parameters},
 * {@code variables}, {@code resourceId}, {@code concat}, {@code resourceGroup}, {@code subscription},
 * {@code format}, {@code toLower}, {@code toUpper}, {@code string}, {@code uniqueString}, {@code equals},
 * {@code if}. Anything else is ARM's {@code InvalidTemplate}.
 */
final class TemplateEvaluator {
    private final ArmState.Group group;
    private final Map<String, JsonNode> parameters;
    private final JsonNode variableDefinitions;
    private final Map<String, JsonNode> variables = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    TemplateEvaluator(ArmState.Group group, JsonNode template, JsonNode given) {
        this.group = group;
        this.variableDefinitions = template.path("variables");
        this.parameters = new HashMap<>();
        JsonNode defined = template.path("parameters");
        for (Iterator<String> it = given.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!has(defined, name)) {
                throw invalid("The template parameters '" + name + "' in the parameters file are not valid; they "
                        + "are not present in the original template and can therefore not be provided at deployment "
                        + "time. The only supported parameters for this template are '"
                        + String.join(", ", names(defined)) + "'.");
            }
        }
        for (String name : names(defined)) {
            JsonNode value = lookup(given, name);
            if (value != null && value.has("reference")) {
                throw invalid("The template parameter '" + name + "' is a Key Vault reference; this emulator takes "
                        + "parameter values only.");
            }
            value = value == null ? null : value.get("value");
            if (value == null) {
                JsonNode def = lookup(defined, name).get("defaultValue");
                if (def == null) {
                    throw invalid("Deployment template validation failed: 'The value for the template parameter '"
                            + name + "' is not provided. Please see https://aka.ms/arm-create-parameter-file for "
                            + "usage details.'.");
                }
                value = evaluate(def);
            }
            parameters.put(name.toLowerCase(Locale.ROOT), value);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static boolean has(JsonNode object, String name) {
        return lookup(object, name) != null;
    }

    /** Template names compare case-insensitively. */
    private static JsonNode lookup(JsonNode object, String name) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static ArmException invalid(String message) {
        return ArmException.badRequest("InvalidTemplate", message);
    }

    /** Every expression in {@code node} evaluated; the rest copied. */
    JsonNode evaluate(JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.startsWith("[[")) {
                return TextNode.valueOf(s.substring(1));
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                return new Parser(s.substring(1, s.length() - 1)).parseAll();
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode out = ArmJson.obj();
            node.properties().forEach(e -> out.set(e.getKey(), evaluate(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ArmJson.NODES.arrayNode();
            node.forEach(n -> out.add(evaluate(n)));
            return out;
        }
        return node;
    }

    String text(JsonNode node) {
        JsonNode v = evaluate(node);
        return v.isTextual() ? v.asText() : v.toString();
    }

    private JsonNode variable(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (variables.containsKey(key)) {
            return variables.get(key);
        }
        JsonNode def = lookup(variableDefinitions, name);
        if (def == null) {
            throw invalid("The template variable '" + name + "' is not found. Please see "
                    + "https://aka.ms/arm-templates for usage details.");
        }
        if (!evaluating.add(key)) {
            throw invalid("The template variable '" + name + "' refers to itself.");
        }
        JsonNode value = evaluate(def);
        evaluating.remove(key);
        variables.put(key, value);
        return value;
    }

    /** {@code resourceId([subscriptionId], [resourceGroup], type, name1, name2...)}. */
    String resourceId(List<JsonNode> args) {
        if (args.isEmpty()) {
            throw invalid("The template function 'resourceId' expects at least a resource type and a name.");
        }
        int typeAt = -1;
        for (int i = 0; i < args.size() && i < 3; i++) {
            if (args.get(i).asText().contains("/") && !args.get(i).asText().startsWith("/")) {
                typeAt = i;
                break;
            }
        }
        if (typeAt < 0) {
            throw invalid("The template function 'resourceId' needs a fully qualified resource type such as "
                    + "'Microsoft.Network/virtualNetworks'.");
        }
        String sub = typeAt == 2 ? args.get(0).asText() : group.subscription;
        String rg = typeAt >= 1 ? args.get(typeAt - 1).asText() : group.name;
        String[] type = args.get(typeAt).asText().split("/");
        List<JsonNode> names = args.subList(typeAt + 1, args.size());
        if (names.size() != type.length - 1) {
            throw invalid("Unable to evaluate template language function 'resourceId': the type '"
                    + args.get(typeAt).asText() + "' requires " + (type.length - 1) + " resource name argument(s).");
        }
        StringBuilder id = new StringBuilder("/subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/"
                + type[0]);
        for (int i = 1; i < type.length; i++) {
            id.append('/').append(type[i]).append('/').append(names.get(i - 1).asText());
        }
        return id.toString();
    }

    private JsonNode call(String function, List<JsonNode> args) {
        switch (function.toLowerCase(Locale.ROOT)) {
            case "parameters" -> {
                JsonNode v = parameters.get(arg(args, 0, function).toLowerCase(Locale.ROOT));
                if (v == null) {
                    throw invalid("The template parameter '" + args.get(0).asText() + "' is not found. Please see "
                            + "https://aka.ms/arm-templates for usage details.");
                }
                return v;
            }
            case "variables" -> {
                return variable(arg(args, 0, function));
            }
            case "resourceid" -> {
                return TextNode.valueOf(resourceId(args));
            }
            case "concat" -> {
                if (!args.isEmpty() && args.stream().allMatch(JsonNode::isArray)) {
                    ArrayNode out = ArmJson.NODES.arrayNode();
                    args.forEach(a -> out.addAll((ArrayNode) a));
                    return out;
                }
                StringBuilder sb = new StringBuilder();
                args.forEach(a -> sb.append(a.isTextual() ? a.asText() : a.toString()));
                return TextNode.valueOf(sb.toString());
            }
            case "resourcegroup" -> {
                ObjectNode rg = ArmJson.obj().put("id", group.id()).put("name", group.name)
                        .put("type", "Microsoft.Resources/resourceGroups").put("location", group.location);
                rg.putObject("properties").put("provisioningState", "Succeeded");
                return rg;
            }
            case "subscription" -> {
                return ArmJson.obj().put("id", "/subscriptions/" + group.subscription)
                        .put("subscriptionId", group.subscription).put("tenantId", ArmIdentity.TENANT);
            }
            case "tolower" -> {
                return TextNode.valueOf(arg(args, 0, function).toLowerCase(Locale.ROOT));
            }
            case "toupper" -> {
                return TextNode.valueOf(arg(args, 0, function).toUpperCase(Locale.ROOT));
            }
            case "string" -> {
                JsonNode a = args.isEmpty() ? TextNode.valueOf("") : args.get(0);
                return TextNode.valueOf(a.isTextual() ? a.asText() : a.toString());
            }
            case "format" -> {
                String out = arg(args, 0, function);
                for (int i = 1; i < args.size(); i++) {
                    out = out.replace("{" + (i - 1) + "}", args.get(i).asText());
                }
                return TextNode.valueOf(out);
            }
            case "uniquestring" -> {
                return TextNode.valueOf(uniqueString(args));
            }
            case "equals" -> {
                return ArmJson.NODES.booleanNode(args.size() == 2 && args.get(0).equals(args.get(1)));
            }
            case "if" -> {
                if (args.size() != 3) {
                    throw invalid("The template function 'if' expects 3 arguments.");
                }
                return args.get(0).asBoolean() ? args.get(1) : args.get(2);
            }
            default -> throw invalid("The template function '" + function + "' is not valid. Please see "
                    + "https://aka.ms/arm-functions for usage details.");
        }
    }

    private static String arg(List<JsonNode> args, int i, String function) {
        if (args.size() <= i) {
            throw invalid("The template function '" + function + "' expects " + (i + 1) + " argument(s).");
        }
        return args.get(i).asText();
    }

    private static String uniqueString(List<JsonNode> args) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            args.forEach(a -> md.update((a.asText() + "|").getBytes(StandardCharsets.UTF_8)));
            byte[] d = md.digest();
            StringBuilder sb = new StringBuilder();
            String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
            for (int i = 0; i < 13; i++) {
                sb.append(alphabet.charAt((d[i] & 0xff) % 32));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A recursive-descent reader of one expression: calls, 'strings', numbers, true/false, .prop and [index]. */
    private final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        JsonNode parseAll() {
            JsonNode v = expression();
            skipSpace();
            if (pos != text.length()) {
                throw syntax();
            }
            return v;
        }

        private ArmException syntax() {
            return invalid("The language expression '" + text + "' is not valid: unexpected input at position "
                    + pos + ".");
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private JsonNode expression() {
            skipSpace();
            if (pos >= text.length()) {
                throw syntax();
            }
            char c = text.charAt(pos);
            JsonNode value;
            if (c == '\'') {
                value = string();
            } else if (Character.isDigit(c) || c == '-') {
                int start = pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                value = ArmJson.NODES.numberNode(Long.parseLong(text.substring(start, pos)));
            } else if (Character.isLetter(c)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)))) {
                    pos++;
                }
                String word = text.substring(start, pos);
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '(') {
                    value = call(word, arguments());
                } else if (word.equals("true") || word.equals("false")) {
                    value = ArmJson.NODES.booleanNode(Boolean.parseBoolean(word));
                } else {
                    throw syntax();
                }
            } else {
                throw syntax();
            }
            return accessors(value);
        }

        private List<JsonNode> arguments() {
            List<JsonNode> args = new ArrayList<>();
            pos++;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ')') {
                pos++;
                return args;
            }
            while (true) {
                args.add(expression());
                skipSpace();
                if (pos >= text.length()) {
                    throw syntax();
                }
                char c = text.charAt(pos++);
                if (c == ')') {
                    return args;
                }
                if (c != ',') {
                    pos--;
                    throw syntax();
                }
            }
        }

        private JsonNode string() {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return TextNode.valueOf(sb.toString());
                    }
                } else {
                    sb.append(c);
                }
            }
            throw syntax();
        }

        private JsonNode accessors(JsonNode value) {
            while (true) {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == '.') {
                    pos++;
                    int start = pos;
                    while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                        pos++;
                    }
                    String field = text.substring(start, pos);
                    JsonNode next = lookup(value, field);
                    if (next == null) {
                        throw invalid("The language expression property '" + field + "' doesn't exist, available "
                                + "properties are '" + String.join(", ", names(value)) + "'.");
                    }
                    value = next;
                } else if (pos < text.length() && text.charAt(pos) == '[') {
                    pos++;
                    JsonNode index = expression();
                    skipSpace();
                    if (pos >= text.length() || text.charAt(pos) != ']') {
                        throw syntax();
                    }
                    pos++;
                    value = index.isNumber() ? value.path(index.asInt()) : value.path(index.asText());
                } else {
                    return value;
                }
            }
        }
    }
}
