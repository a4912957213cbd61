package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --texts} on the bundled demo day: the compact form of texts by reference holds
 * the same results as the default, each code's texts once, and is at least three times smaller
 * (issue #17; the figures are in docs/performance.md).
 */
class CliTextsByReferenceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path inline;
    /** Each mode's output, evaluated once for the class. */
    static final Map<String, Path> OUTPUTS = new java.util.HashMap<>();

    @BeforeAll
    static void evaluateTheDemoDayInline() throws Exception {
        inline = evaluate("inline");
    }

    /** The bundled demo day evaluated by the command line with {@code --texts mode} (the default for {@code inline}). */
    static Path evaluate(String mode) throws Exception {
        if (OUTPUTS.containsKey(mode)) {
            return OUTPUTS.get(mode);
        }
        Path day = dir.resolve("day.json");
        if (!Files.exists(day)) {
            try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(Demo.REQUEST)) {
                Files.copy(in, day);
            }
        }
        Path out = dir.resolve(mode + ".json");
        List<String> args = new ArrayList<>(List.of("evaluate", day.toString(), "--output", out.toString(), "--quiet"));
        if (!mode.equals("inline")) {
            args.addAll(List.of("--texts", mode));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        OUTPUTS.put(mode, out);
        return out;
    }

    /**
     * Expands a compact document as docs/order-json.md tells a consumer to: a result's
     * {@code rulesVersion} is its own when present, else the document's; absent {@code blocking}
     * is false, absent {@code exceptions} none; a finding's texts are {@code texts[code]}.
     */
    static ObjectNode expand(JsonNode compact) {
        ObjectNode full = JSON.createObjectNode();
        ArrayNode results = full.putArray("results");
        JsonNode texts = compact.path("texts");
        for (JsonNode r : compact.get("results")) {
            ObjectNode e = results.addObject();
            e.set("orderId", r.get("orderId"));
            e.put("blocking", r.path("blocking").asBoolean(false));
            JsonNode version = r.has("rulesVersion") ? r.get("rulesVersion") : compact.get("rulesVersion");
            if (version != null && !version.isNull()) {
                e.set("rulesVersion", version);
            }
            ArrayNode exceptions = e.putArray("exceptions");
            for (JsonNode f : r.path("exceptions")) {
                ObjectNode finding = exceptions.addObject();
                for (Map.Entry<String, JsonNode> field : f.properties()) {
                    finding.set(field.getKey(), field.getValue());
                    if (field.getKey().equals("blocking")) {
                        JsonNode t = texts.get(f.get("code").asText());
                        finding.set("guidance", t.get("guidance"));
                        if (t.has("customerMessage")) {
                            finding.set("customerMessage", t.get("customerMessage"));
                        }
                    }
                }
            }
        }
        full.set("errors", compact.get("errors"));
        full.set("complete", compact.get("complete"));
        return full;
    }

    @Test
    void the_compact_form_with_both_languages_expands_to_exactly_the_default_document() throws Exception {
        JsonNode compact = JSON.readTree(evaluate("both").toFile());
        JsonNode full = JSON.readTree(inline.toFile());

        assertThat(compact.fieldNames().next()).isEqualTo("rulesVersion");
        assertThat(compact.get("rulesVersion").asText()).isEqualTo(full.at("/results/0/rulesVersion").asText());
        // the expansion is equal field by field and in the same order
        assertThat(expand(compact).toString()).isEqualTo(full.toString());
    }

    @Test
    void a_clean_result_is_its_order_id_alone_and_an_exceptional_one_keeps_blocking_and_exceptions() throws Exception {
        JsonNode compact = JSON.readTree(evaluate("zh").toFile());
        int clean = 0;
        for (JsonNode r : compact.get("results")) {
            List<String> names = new ArrayList<>();
            r.fieldNames().forEachRemaining(names::add);
            if (names.size() == 1) {
                clean++;
                assertThat(names).containsExactly("orderId");
            } else {
                assertThat(names).containsExactly("orderId", "blocking", "exceptions");
                assertThat(r.get("exceptions")).isNotEmpty();
            }
        }
        // the demo day is mostly clean orders: that is what the compact form saves on
        assertThat(clean).isGreaterThan(compact.get("results").size() * 9 / 10);
    }

    @Test
    void each_codes_texts_are_written_once_in_the_languages_chosen() throws Exception {
        JsonNode zh = JSON.readTree(evaluate("zh").toFile());
        JsonNode en = JSON.readTree(evaluate("en").toFile());
        JsonNode full = JSON.readTree(inline.toFile());
        Set<String> codes = new TreeSet<>();
        full.findValues("code").forEach(c -> codes.add(c.asText()));

        List<String> tabled = new ArrayList<>();
        zh.get("texts").fieldNames().forEachRemaining(tabled::add);
        assertThat(tabled).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(zh.findValues("guidance")).hasSize(codes.size());
        assertThat(full.findValues("guidance")).hasSizeGreaterThan(codes.size());
        JsonNode finding = full.at("/results").findParent("code");
        String code = finding.get("code").asText();
        assertThat(zh.at("/texts/" + code + "/guidance").toString())
                .isEqualTo("{\"zh\":" + finding.at("/guidance/zh").toString() + "}");
        assertThat(en.at("/texts/" + code + "/guidance").toString())
                .isEqualTo("{\"en\":" + finding.at("/guidance/en").toString() + "}");
    }

    @Test
    void none_writes_codes_only_and_no_texts_table() throws Exception {
        JsonNode none = JSON.readTree(evaluate("none").toFile());
        List<String> names = new ArrayList<>();
        none.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("rulesVersion", "results", "errors", "complete");
        assertThat(none.findValues("guidance")).isEmpty();
        assertThat(none.findValues("customerMessage")).isEmpty();
        assertThat(none.findValues("code")).hasSameSizeAs(JSON.readTree(inline.toFile()).findValues("code"));
    }

    @Test
    void texts_by_reference_make_the_demo_day_at_least_three_times_smaller() throws Exception {
        long full = Files.size(inline);

        for (String mode : List.of("zh", "en", "both", "none")) {
            assertThat((double) full / Files.size(evaluate(mode))).as(mode).isGreaterThanOrEqualTo(3.0);
        }
    }
}
