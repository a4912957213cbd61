package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.report.CodeImpact;
import io.omsexception.report.ImpactPreview;
import io.omsexception.report.RuleImpact;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threshold change previewed on the bundled demo day: the preview's counts are those found by
 * evaluating the day with both engines and comparing the orders of each code here.
 */
class DiffOnTheDemoDayTest {
    static final Path DAY = Path.of("src/main/resources/demo/request.json");
    static final Path CUSTOM = Path.of("src/main/resources/custom-rules");
    static ParsedRequest day;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheDay() throws Exception {
        try (InputStream in = Files.newInputStream(DAY)) {
            day = OrderJson.readRequest(in);
        }
    }

    /** Per code, the order ids it is raised on, in input order. */
    static Map<String, Set<String>> ordersByCode(BatchResult result) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (OrderEvaluation e : result.results()) {
            for (Finding f : e.findings()) {
                m.computeIfAbsent(f.code(), k -> new LinkedHashSet<>()).add(e.orderId());
            }
        }
        return m;
    }

    static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    /** Checks every code's added and removed orders, and the first samples, against the sets compared here. */
    static void assertAgrees(RuleImpact impact, BatchResult before, BatchResult after) {
        Map<String, Set<String>> b = ordersByCode(before);
        Map<String, Set<String>> a = ordersByCode(after);
        Set<String> codes = new TreeSet<>(b.keySet());
        codes.addAll(a.keySet());
        assertThat(impact.codes()).extracting(CodeImpact::code).containsExactlyInAnyOrderElementsOf(codes);
        for (String code : codes) {
            Set<String> x = b.getOrDefault(code, Set.of());
            Set<String> y = a.getOrDefault(code, Set.of());
            CodeImpact c = impact.code(code).orElseThrow();
            List<String> added = minus(y, x);
            List<String> removed = minus(x, y);
            assertThat(c.added()).as(code + " added").isEqualTo(added.size());
            assertThat(c.removed()).as(code + " removed").isEqualTo(removed.size());
            assertThat(c.before()).as(code + " before").isEqualTo(x.size());
            assertThat(c.after()).as(code + " after").isEqualTo(y.size());
            assertThat(c.addedSamples()).isEqualTo(added.subList(0, Math.min(5, added.size())));
            assertThat(c.removedSamples()).isEqualTo(removed.subList(0, Math.min(5, removed.size())));
        }
    }

    @Test
    void a_payment_timeout_of_two_hours_removes_exactly_the_timeouts_between_30_and_120_minutes() {
        // GIVEN the standard rules, and the same with payment.timeoutMinutes 120 instead of 30
        OrderExceptionEngine before = OrderExceptionEngine.builder().withStandardRules().build();
        OrderExceptionEngine after = OrderExceptionEngine.builder().withStandardRules()
                .parameter("payment.timeoutMinutes", "120").build();
        // WHEN
        RuleImpact impact = ImpactPreview.builder().build().run(before, after, day);
        // THEN the counts are those of the sets compared here
        BatchResult b = OrderJson.evaluate(before, day);
        BatchResult a = OrderJson.evaluate(after, day);
        assertAgrees(impact, b, a);
        CodeImpact timeout = impact.code("PAYMENT_TIMEOUT").orElseThrow();
        assertThat(timeout.removed()).as("the day has timeouts between 30 and 120 minutes").isPositive();
        assertThat(timeout.added()).isZero();
        assertThat(impact.changedCodes()).extracting(CodeImpact::code).contains("PAYMENT_TIMEOUT");
        assertThat(impact.parameterChanges()).containsExactly(new RuleImpact.ParameterChange("payment.timeoutMinutes", "30", "120"));
        assertThat(impact.ordersCompared()).isEqualTo(b.results().size());
    }

    @Test
    void the_command_line_previews_a_custom_pack_parameter_with_the_counts_found_by_comparing_both_engines() throws Exception {
        // GIVEN the custom pack on both sides, its weight limit 5 kg before and 8 kg after
        Path json = dir.resolve("diff.json");
        Path html = dir.resolve("diff.html");
        // WHEN
        CliRun r = CliRun.of("diff", DAY.toString(), "--rules", CUSTOM.toString(), "--after-param", "custom.maxWeightKg=8",
                "--json", json.toString(), "--html", html.toString(), "--quiet");
        // THEN
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        OrderExceptionEngine before = OrderExceptionEngine.builder().withStandardRules().addRules(CUSTOM).build();
        OrderExceptionEngine after = OrderExceptionEngine.builder().withStandardRules().addRules(CUSTOM)
                .parameter("custom.maxWeightKg", "8").build();
        Map<String, Set<String>> b = ordersByCode(OrderJson.evaluate(before, day));
        Map<String, Set<String>> a = ordersByCode(OrderJson.evaluate(after, day));
        List<String> removed = minus(b.get("OVERWEIGHT_RANGE_CHECK"), a.getOrDefault("OVERWEIGHT_RANGE_CHECK", Set.of()));
        assertThat(removed).as("the day has orders between 5 and 8 kg").isNotEmpty();
        JsonNode doc = CliTest.JSON.readTree(json.toFile());
        JsonNode overweight = null;
        for (JsonNode c : doc.get("codes")) {
            if (c.get("code").asText().equals("OVERWEIGHT_RANGE_CHECK")) {
                overweight = c;
            }
        }
        assertThat(overweight).isNotNull();
        assertThat(overweight.get("removed").asLong()).isEqualTo(removed.size());
        assertThat(overweight.get("added").asLong()).isZero();
        assertThat(overweight.get("samples").get("removed").get(0).asText()).isEqualTo(removed.get(0));
        assertThat(doc.get("parameterChanges").get(0).get("name").asText()).isEqualTo("custom.maxWeightKg");
        assertThat(doc.get("orders").get("compared").asLong()).isEqualTo(day.orders().size());
        assertThat(Files.readString(html)).contains("<td>OVERWEIGHT_RANGE_CHECK</td>");
        assertThat(r.out()).contains("Parameters changed: custom.maxWeightKg 5 → 8")
                .containsPattern("OVERWEIGHT_RANGE_CHECK +" + b.get("OVERWEIGHT_RANGE_CHECK").size() + " ");
    }

    @Test
    void the_guides_example_prints_what_the_guide_shows() throws Exception {
        // GIVEN the demo day and its simulated cases, written as docs/rule-authoring.md does
        Path dayFile = dir.resolve("day.json");
        Path cases = dir.resolve("cases.json");
        CliRun g = CliRun.of("generate", "--orders", "5000", "--seed", "20261122", "--output", dayFile.toString(),
                "--cases", cases.toString(), "--quiet");
        assertThat(g.exitCode()).as(g.err()).isZero();
        // WHEN the guide's diff runs
        CliRun r = CliRun.of("diff", dayFile.toString(), "--rules", CUSTOM.toString(), "--after-param", "custom.maxWeightKg=8",
                "--after-param", "payment.timeoutMinutes=120", "--cases", cases.toString(), "--html",
                dir.resolve("diff.html").toString(), "--json", dir.resolve("diff.json").toString(), "--quiet");
        // THEN
        String guide = Files.readString(Path.of("../docs/rule-authoring.md"));
        String block = guide.substring(guide.indexOf("<!-- diff-demo-output -->\n```\n") + 30,
                guide.indexOf("```\n<!-- /diff-demo-output -->"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(block);
    }
}
