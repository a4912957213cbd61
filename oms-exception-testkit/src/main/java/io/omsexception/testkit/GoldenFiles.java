package io.omsexception.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omsexception.OrderEvaluation;
import io.omsexception.json.OrderJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code expected.json} of a {@link GoldenCase}: reading it, comparing results with it, and
 * writing it from results. Results are compared in the shape of the result JSON
 * ({@link OrderJson#writeEvaluation}), so an expectation reads like a result. Stateless.
 */
final class GoldenFiles {
    static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Two spaces per level, {@code "key": value}, {@code []} for an empty list: the style of the standard packs' files. */
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator(""));
    /** What a finding's expectation may give. */
    static final Set<String> FINDING_KEYS = Set.of("priority", "blocking", "department", "category", "skus", "lines",
            "actions", "evidence", "evidenceWithout");

    private GoldenFiles() {
    }

    static JsonNode parse(String name, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new AssertionError(name + "/expected.json: must be an object of order ids");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new AssertionError(name + "/expected.json: not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @return by order id, the codes expected */
    static Map<String, List<String>> codes(String name, String text) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = parse(name, text).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            codes.put(e.getKey(), codesOf(name + " " + e.getKey(), e.getValue()));
        }
        return codes;
    }

    private static List<String> codesOf(String where, JsonNode expected) {
        JsonNode codes = expected.isArray() ? expected : expected.get("codes");
        if (codes == null || !codes.isArray()) {
            throw new AssertionError(where + ": expected.json needs a list of codes or an object with \"codes\"");
        }
        List<String> list = new ArrayList<>();
        codes.forEach(c -> list.add(c.asText()));
        return list;
    }

    static void check(String name, String text, List<OrderEvaluation> results) {
        JsonNode expected = parse(name, text);
        List<String> expectedIds = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedIds::add);
        List<String> actualIds = results.stream().map(OrderEvaluation::orderId).toList();
        if (!actualIds.equals(expectedIds)) {
            throw new AssertionError(name + ": expected.json must list the orders of request.json in request order: "
                    + "expected " + expectedIds + " but the request has " + actualIds);
        }
        for (OrderEvaluation evaluation : results) {
            checkOrder(name + " " + evaluation.orderId(), evaluation, expected.get(evaluation.orderId()));
        }
    }

    private static void checkOrder(String where, OrderEvaluation evaluation, JsonNode expected) {
        List<String> codes = codesOf(where, expected);
        if (!evaluation.codes().equals(codes)) {
            StringBuilder evidence = new StringBuilder();
            evaluation.findings().forEach(f -> evidence.append(' ').append(f.code()).append(f.evidence()));
            throw new AssertionError(where + ": expected codes " + codes + " but found " + evaluation.codes()
                    + " (evidence:" + evidence + ")");
        }
        if (expected.isArray()) {
            return;
        }
        JsonNode actual = tree(evaluation);
        if (expected.has("blocking") && actual.get("blocking").asBoolean() != expected.get("blocking").asBoolean()) {
            throw new AssertionError(where + ": expected the order " + (expected.get("blocking").asBoolean() ? "" : "not ")
                    + "to be blocking");
        }
        JsonNode findings = expected.get("findings");
        if (findings == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = findings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode finding = null;
            for (JsonNode candidate : actual.get("exceptions")) {
                if (candidate.get("code").asText().equals(f.getKey())) {
                    finding = candidate;
                }
            }
            if (finding == null) {
                throw new AssertionError(where + ": expected.json describes finding " + f.getKey()
                        + ", which is not among its codes");
            }
            checkFinding(where + " " + f.getKey(), finding, f.getValue());
        }
    }

    private static void checkFinding(String where, JsonNode actual, JsonNode expected) {
        for (Iterator<Map.Entry<String, JsonNode>> attrs = expected.fields(); attrs.hasNext(); ) {
            Map.Entry<String, JsonNode> attr = attrs.next();
            String key = attr.getKey();
            String what = where + "." + key;
            if (!FINDING_KEYS.contains(key)) {
                throw new AssertionError(what + ": unknown; a finding may give " + String.join(", ",
                        List.of("priority", "blocking", "department", "category", "skus", "lines", "actions", "evidence",
                                "evidenceWithout")));
            }
            JsonNode evidence = actual.get("evidence");
            if (key.equals("evidenceWithout")) {
                attr.getValue().forEach(k -> {
                    if (evidence.has(k.asText())) {
                        throw new AssertionError(what + ": " + k.asText() + " must not be in the evidence " + evidence);
                    }
                });
            } else if (key.equals("evidence")) {
                for (Iterator<Map.Entry<String, JsonNode>> ev = attr.getValue().fields(); ev.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = ev.next();
                    if (!evidence.has(e.getKey())) {
                        throw new AssertionError(what + ": expected key " + e.getKey() + " in " + evidence);
                    }
                    same(what + "." + e.getKey(), evidence.get(e.getKey()), e.getValue());
                }
            } else {
                JsonNode value = actual.get(key);
                same(what, value == null && (key.equals("skus") || key.equals("lines") || key.equals("actions"))
                        ? JSON.createArrayNode() : value,
                        attr.getValue());
            }
        }
    }

    private static void same(String what, JsonNode actual, JsonNode expected) {
        if (actual == null || !same(actual, expected)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual);
        }
    }

    /** JSON equality where numbers compare by value (48.0 equals 48) and arrays by position. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!a.has(k) || !same(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static JsonNode tree(OrderEvaluation evaluation) {
        try {
            return JSON.readTree(OrderJson.writeEvaluation(evaluation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result JSON of " + evaluation.orderId() + " cannot be read back", e);
        }
    }

    /**
     * @param results the results of a case, in request order
     * @return the {@code expected.json} that says exactly what they are: {@code []} for a clean
     *     order, otherwise its codes, its blocking and each finding's category, priority,
     *     department, blocking, SKUs, lines and actions (when it has some) and whole evidence
     */
    static String expectation(List<OrderEvaluation> results) {
        ObjectNode root = JSON.createObjectNode();
        for (OrderEvaluation evaluation : results) {
            if (evaluation.findings().isEmpty()) {
                root.putArray(evaluation.orderId());
                continue;
            }
            JsonNode actual = tree(evaluation);
            ObjectNode order = root.putObject(evaluation.orderId());
            ArrayNode codes = order.putArray("codes");
            evaluation.codes().forEach(codes::add);
            order.put("blocking", evaluation.blocking());
            ObjectNode findings = order.putObject("findings");
            for (JsonNode f : actual.get("exceptions")) {
                ObjectNode finding = findings.putObject(f.get("code").asText());
                for (String key : List.of("category", "priority", "department", "blocking", "skus", "lines", "actions",
                        "evidence")) {
                    if (f.has(key)) {
                        finding.set(key, f.get(key));
                    }
                }
            }
        }
        try {
            return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
