package io.omsexception.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.ParameterDefinition;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class GoldenCaseTest {
    /** A host pack of one code: an order of more lines than host.maxLines (2). */
    static final RulePack PACK = RulePack.builder("host").drl("host.drl", """
            package host.rules;
            import io.omsexception.facts.*;
            global Findings findings;
            rule "HOST_BIG: an order of many lines"
                @code("HOST_BIG")
            when
                $p : Parameters()
                $o : OrderFacts(lineCount > $p.integer("host.maxLines"))
            then
                findings.raise($o, "lineCount", $o.getLineCount(), "thresholdLines", $p.integer("host.maxLines"));
            end
            """)
            .code("HOST_BIG", Category.INVENTORY, Priority.P3, Department.WAREHOUSE, BlockingPolicy.ALWAYS)
            .internal("HOST_BIG").guidance("zh", "HOST_BIG", "拆分订单").guidance("en", "HOST_BIG", "Split the order")
            .parameter(ParameterDefinition.integer("host.maxLines", 2, "the most lines of an order"))
            .build();
    static final Function<Map<String, String>, OrderExceptionEngine> ENGINES = GoldenCase.engines(
            p -> OrderExceptionEngine.builder().addRules(PACK).parameters(p).build());
    static final String REQUEST = """
            {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
              {"orderId": "SO-EXACTLY-2-LINES", "createdAt": "2026-11-22T09:00:00+08:00",
               "lines": [{"lineId": "1", "sku": "A", "quantity": 1}, {"lineId": "2", "sku": "B", "quantity": 1}]},
              {"orderId": "SO-3-LINES", "createdAt": "2026-11-22T09:00:00+08:00",
               "lines": [{"lineId": "1", "sku": "A", "quantity": 1}, {"lineId": "2", "sku": "B", "quantity": 1},
                         {"lineId": "3", "sku": "C", "quantity": 1}]}
            ]}
            """;
    static final String WRITTEN = """
            {
              "SO-EXACTLY-2-LINES": [],
              "SO-3-LINES": {
                "codes": [
                  "HOST_BIG"
                ],
                "blocking": true,
                "findings": {
                  "HOST_BIG": {
                    "category": "INVENTORY",
                    "priority": "P3",
                    "department": "WAREHOUSE",
                    "blocking": true,
                    "evidence": {
                      "lineCount": 3,
                      "thresholdLines": 2
                    }
                  }
                }
              }
            }
            """;

    @TempDir
    Path root;

    private GoldenCase golden(String name, String request, String expected) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Files.writeString(folder.resolve("request.json"), request, StandardCharsets.UTF_8);
        if (expected != null) {
            Files.writeString(folder.resolve("expected.json"), expected, StandardCharsets.UTF_8);
        }
        return GoldenCase.at(folder);
    }

    private static OrderExceptionEngine engine(GoldenCase c) {
        return ENGINES.apply(c.parameters());
    }

    @Test
    void a_case_passes_when_codes_blocking_and_an_evidence_subset_are_as_expected() throws IOException {
        GoldenCase c = golden("max-lines", REQUEST, """
                {"SO-EXACTLY-2-LINES": [],
                 "SO-3-LINES": {"codes": ["HOST_BIG"], "blocking": true,
                                "findings": {"HOST_BIG": {"priority": "P3", "department": "WAREHOUSE",
                                                          "evidence": {"thresholdLines": 2.0}, "evidenceWithout": ["sku"]}}}}
                """);

        c.check(engine(c));

        assertThat(c.name()).isEqualTo("max-lines");
        assertThat(c.expectedCodes()).containsExactly(Map.entry("SO-EXACTLY-2-LINES", List.of()),
                Map.entry("SO-3-LINES", List.of("HOST_BIG")));
    }

    @Test
    void a_failure_names_the_case_and_the_boundary_order_and_what_differs() throws IOException {
        GoldenCase codes = golden("codes", REQUEST, """
                {"SO-EXACTLY-2-LINES": ["HOST_BIG"], "SO-3-LINES": ["HOST_BIG"]}
                """);
        GoldenCase evidence = golden("evidence", REQUEST, """
                {"SO-EXACTLY-2-LINES": [],
                 "SO-3-LINES": {"codes": ["HOST_BIG"], "findings": {"HOST_BIG": {"evidence": {"thresholdLines": 3}}}}}
                """);
        GoldenCase without = golden("without", REQUEST, """
                {"SO-EXACTLY-2-LINES": [],
                 "SO-3-LINES": {"codes": ["HOST_BIG"], "findings": {"HOST_BIG": {"evidenceWithout": ["lineCount"]}}}}
                """);
        GoldenCase order = golden("order", REQUEST, """
                {"SO-3-LINES": ["HOST_BIG"], "SO-EXACTLY-2-LINES": []}
                """);

        assertThatThrownBy(() -> codes.check(engine(codes))).isInstanceOf(AssertionError.class)
                .hasMessage("codes SO-EXACTLY-2-LINES: expected codes [HOST_BIG] but found [] (evidence:)");
        assertThatThrownBy(() -> evidence.check(engine(evidence))).isInstanceOf(AssertionError.class)
                .hasMessage("evidence SO-3-LINES HOST_BIG.evidence.thresholdLines: expected 3 but was 2");
        assertThatThrownBy(() -> without.check(engine(without))).isInstanceOf(AssertionError.class)
                .hasMessage("without SO-3-LINES HOST_BIG.evidenceWithout: lineCount must not be in the evidence "
                        + "{\"lineCount\":3,\"thresholdLines\":2}");
        assertThatThrownBy(() -> order.check(engine(order))).isInstanceOf(AssertionError.class)
                .hasMessage("order: expected.json must list the orders of request.json in request order: expected "
                        + "[SO-3-LINES, SO-EXACTLY-2-LINES] but the request has [SO-EXACTLY-2-LINES, SO-3-LINES]");
    }

    @Test
    void two_orders_of_a_case_may_not_share_an_id() throws IOException {
        GoldenCase c = golden("twice", """
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00"}]}
                """, "{\"SO-1\": []}");

        assertThatThrownBy(() -> c.check(engine(c))).isInstanceOf(AssertionError.class)
                .hasMessage("twice/request.json: order id SO-1 is given twice; name each order for the boundary it tests");
    }

    @Test
    void a_case_s_parameters_build_its_engine_and_cases_with_the_same_parameters_share_one() throws IOException {
        GoldenCase lenient = golden("lenient", REQUEST, "{\"SO-EXACTLY-2-LINES\": [], \"SO-3-LINES\": []}");
        Files.writeString(lenient.folder().resolve("parameters.properties"), "host.maxLines = 3\n");
        GoldenCase standard = golden("standard", REQUEST, null);

        lenient.check(engine(lenient));

        assertThat(lenient.parameters()).containsExactly(Map.entry("host.maxLines", "3"));
        assertThat(engine(lenient)).isSameAs(ENGINES.apply(Map.of("host.maxLines", "3")))
                .isNotSameAs(engine(standard));
    }

    @Test
    void write_puts_the_current_results_in_expected_json_for_review() throws IOException {
        GoldenCase c = golden("new-case", REQUEST, null);

        c.write(engine(c));

        assertThat(Files.readString(c.folder().resolve("expected.json"))).isEqualTo(WRITTEN);
        c.check(engine(c));
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void with_the_write_property_check_writes_the_expected_file_instead_of_comparing() throws IOException {
        GoldenCase c = golden("outdated", REQUEST, "{\"SO-EXACTLY-2-LINES\": [], \"SO-3-LINES\": []}");
        System.setProperty(GoldenCase.WRITE_PROPERTY, "true");
        try {
            assertThat(GoldenCase.writing()).isTrue();
            c.check(engine(c));
        } finally {
            System.clearProperty(GoldenCase.WRITE_PROPERTY);
        }

        assertThat(GoldenCase.writing()).isFalse();
        assertThat(Files.readString(c.folder().resolve("expected.json"))).isEqualTo(WRITTEN);
    }

    @Test
    void in_lists_the_case_folders_by_name_and_refuses_a_folder_without_cases() throws IOException {
        golden("b-case", REQUEST, null);
        golden("a-case", REQUEST, null);
        Files.createDirectories(root.resolve("not-a-case"));
        Path empty = Files.createDirectories(root.resolve("not-a-case"));

        assertThat(GoldenCase.in(root)).extracting(GoldenCase::toString).containsExactly("a-case", "b-case");
        assertThatThrownBy(() -> GoldenCase.in(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("golden cases: " + empty.toAbsolutePath() + " has no case folder (a folder holding request.json)");
        assertThatThrownBy(() -> GoldenCase.in(root.resolve("missing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("golden cases: " + root.resolve("missing").toAbsolutePath() + " is not a folder");
    }
}
