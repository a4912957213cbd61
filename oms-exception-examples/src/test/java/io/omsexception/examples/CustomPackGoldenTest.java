package io.omsexception.examples;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.GoldenCase;
import io.omsexception.testkit.SampleOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example custom pack tested the way a host tests its pack, with the test kit: golden cases
 * in {@code src/test/resources/custom-golden} (rewrite them with {@code -Doms.golden.write=true}),
 * sample orders and the AssertJ assertions. docs/rule-authoring.md shows this class.
 */
class CustomPackGoldenTest {
    static final Path SOURCE = Path.of("src/test/java/io/omsexception/examples/CustomPackGoldenTest.java");
    static final Path DOC = Path.of("../docs/rule-authoring.md");

    // docs:begin
    static final Function<Map<String, String>, OrderExceptionEngine> ENGINES = GoldenCase.engines(
            parameters -> OrderExceptionEngine.builder().withStandardRules()
                    .addRules(Path.of("src/main/resources/custom-rules")).parameters(parameters).build());

    static List<GoldenCase> cases() {
        return GoldenCase.in(Path.of("src/test/resources/custom-golden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_golden_case_gives_the_expected_findings(GoldenCase golden) {
        golden.check(ENGINES.apply(golden.parameters()));
    }

    @Test
    void a_sample_order_is_clean_and_one_over_the_weight_limit_is_held_for_the_carrier() {
        OrderExceptionEngine engine = ENGINES.apply(Map.of());
        var clean = SampleOrder.builder("SO-CLEAN").line("FRT-001", 1, "4.5").build();
        var heavy = SampleOrder.builder("SO-5KG-AND-1G").line("FRT-001", 2, "2").line("FRT-002", 1, "1.001").build();

        assertThat(engine.evaluate(clean, ReferenceData.NONE, SampleOrder.AS_OF)).isClean();
        assertThat(engine.evaluate(heavy, ReferenceData.NONE, SampleOrder.AS_OF))
                .hasCodes("OVERWEIGHT_RANGE_CHECK").isBlocking()
                .finding("OVERWEIGHT_RANGE_CHECK").hasPriority("P3").hasDepartment("LOGISTICS")
                .hasEvidence("totalWeightKg", 5.001).hasEvidence("thresholdKg", 5);
    }

    // docs:end

    @Test
    void every_code_of_the_pack_is_raised_by_some_golden_case() {
        assertThat(cases().stream().flatMap(c -> c.expectedCodes().values().stream()).flatMap(List::stream).distinct())
                .contains("OVERWEIGHT_RANGE_CHECK", "PRESALE_MIXED_SPLIT", "REMOTE_REGION_NOTE", "PROVINCE_COURIER_NOTE",
                        "PROVINCE_WEIGHT_LIMIT");
    }

    @Test
    void the_rule_authoring_guide_shows_exactly_the_example_this_test_runs() throws Exception {
        String source = java.nio.file.Files.readString(SOURCE);
        String snippet = source.substring(source.indexOf("// docs:begin") + "// docs:begin".length(),
                source.indexOf("    // docs:end"));
        String unindented = java.util.Arrays.stream(snippet.strip().split("\n"))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(java.util.stream.Collectors.joining("\n"));

        assertThat(java.nio.file.Files.readString(DOC)).contains(unindented);
    }
}
