package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One golden case: a folder under {@code golden/} of the test resources with
 * <ul>
 *   <li>{@code request.json}: an evaluation request in the contract's shape, with {@code asOf};</li>
 *   <li>{@code expected.json}: by order id, in request order, either the list of codes in result
 *       order, or an object {@code {"codes": [...], "blocking": bool, "findings": {"CODE":
 *       {"priority", "blocking", "department", "category", "evidence": {subset}, "evidenceWithout":
 *       [keys]}}}}; evidence values compare as JSON, numbers by value;</li>
 *   <li>optionally {@code parameters.properties} (UTF-8): parameter overrides for the engine.</li>
 * </ul>
 */
final class GoldenCase {
    static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    final String name;
    final Path folder;

    private GoldenCase(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    static Path root() {
        URL url = GoldenCase.class.getClassLoader().getResource("golden");
        if (url == null) {
            throw new IllegalStateException("no golden folder on the test class path");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return every case folder, sorted by name */
    static List<GoldenCase> all() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).sorted()
                    .map(p -> new GoldenCase(p.getFileName().toString(), p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldenCase named(String name) {
        return new GoldenCase(name, root().resolve(name));
    }

    /** @return the parameter overrides of the case, sorted by name; empty when it has none */
    Map<String, String> parameters() {
        Path file = folder.resolve("parameters.properties");
        Map<String, String> overrides = new TreeMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().forEach(k -> overrides.put(k, p.getProperty(k)));
        }
        return overrides;
    }

    String request() {
        return read("request.json");
    }

    JsonNode expected() {
        try {
            return JSON.readTree(read("expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(name + "/expected.json", e);
        }
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + "/" + file, e);
        }
    }

    /**
     * Evaluates the request with the engine and checks every order against expected.json.
     *
     * @param engine an engine built with this case's parameters
     */
    void check(OrderExceptionEngine engine) {
        ParsedRequest request = OrderJson.readRequest(request());
        assertThat(request.asOf()).as("%s: request.json must give asOf", name).isNotNull();
        BatchResult result = OrderJson.evaluate(engine, request);
        assertThat(result.errors()).as("%s: errors", name).isEmpty();

        JsonNode expected = expected();
        List<String> expectedIds = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedIds::add);
        assertThat(result.results()).extracting(OrderEvaluation::orderId)
                .as("%s: the orders of expected.json, in request order", name)
                .containsExactlyElementsOf(expectedIds);

        for (OrderEvaluation evaluation : result.results()) {
            checkOrder(evaluation, expected.get(evaluation.orderId()));
        }
    }

    private void checkOrder(OrderEvaluation evaluation, JsonNode expected) {
        String where = name + " " + evaluation.orderId();
        JsonNode codes = expected.isArray() ? expected : expected.get("codes");
        if (codes == null || !codes.isArray()) {
            fail(where + ": expected.json needs a list of codes or an object with \"codes\"");
        }
        List<String> expectedCodes = new ArrayList<>();
        codes.forEach(c -> expectedCodes.add(c.asText()));
        assertThat(evaluation.codes()).as("%s: codes in result order (evidence: %s)", where, evidenceOf(evaluation))
                .containsExactlyElementsOf(expectedCodes);
        if (expected.isArray()) {
            return;
        }
        JsonNode actual;
        try {
            actual = JSON.readTree(OrderJson.writeEvaluation(evaluation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expected.has("blocking")) {
            assertThat(actual.get("blocking").asBoolean()).as("%s: order-level blocking", where)
                    .isEqualTo(expected.get("blocking").asBoolean());
        }
        JsonNode findings = expected.get("findings");
        if (findings == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = findings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode actualFinding = null;
            for (JsonNode candidate : actual.get("exceptions")) {
                if (candidate.get("code").asText().equals(f.getKey())) {
                    actualFinding = candidate;
                }
            }
            assertThat(actualFinding).as("%s: finding %s", where, f.getKey()).isNotNull();
            for (Iterator<Map.Entry<String, JsonNode>> attrs = f.getValue().fields(); attrs.hasNext(); ) {
                Map.Entry<String, JsonNode> attr = attrs.next();
                String what = where + " " + f.getKey() + "." + attr.getKey();
                if (attr.getKey().equals("evidenceWithout")) {
                    JsonNode evidence = actualFinding.get("evidence");
                    attr.getValue().forEach(key -> assertThat(evidence.has(key.asText()))
                            .as("%s: %s must not be in %s", what, key.asText(), evidence).isFalse());
                    continue;
                }
                JsonNode actualValue = actualFinding.get(attr.getKey());
                assertThat(actualValue).as(what).isNotNull();
                if (attr.getKey().equals("evidence")) {
                    for (Iterator<Map.Entry<String, JsonNode>> ev = attr.getValue().fields(); ev.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = ev.next();
                        assertThat(actualValue.has(e.getKey())).as("%s has key %s in %s", what, e.getKey(), actualValue).isTrue();
                        assertSame(what + "." + e.getKey(), actualValue.get(e.getKey()), e.getValue());
                    }
                } else {
                    assertSame(what, actualValue, attr.getValue());
                }
            }
        }
    }

    private static String evidenceOf(OrderEvaluation evaluation) {
        StringBuilder b = new StringBuilder();
        evaluation.findings().forEach(f -> b.append(f.code()).append(f.evidence()).append(' '));
        return b.toString();
    }

    /** JSON equality where numbers compare by value (48.0 equals 48) and arrays by position. */
    static void assertSame(String what, JsonNode actual, JsonNode expected) {
        assertThat(same(actual, expected)).as("%s: expected %s but was %s", what, expected, actual).isTrue();
    }

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

    @Override
    public String toString() {
        return name;
    }
}
