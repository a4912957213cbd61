package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.testkit.GoldenCase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden case of {@code src/test/resources/golden} through the standard packs, with
 * the test kit's runner ({@link GoldenCase}) that host packs use too. To rewrite the expected
 * files from the current results for review: {@code -Doms.golden.write=true}.
 */
class GoldenCasesTest {
    /** The cases' folder in the sources, so that the write mode writes the files under version control. */
    static final Path ROOT = Path.of("src/test/resources/golden");
    /** Engines by parameter overrides: building one compiles the packs, so cases share them. */
    private static final Function<Map<String, String>, OrderExceptionEngine> ENGINES = GoldenCase.engines(
            o -> OrderExceptionEngine.builder().withStandardRules().parameters(o).build());

    static OrderExceptionEngine engine(Map<String, String> overrides) {
        return ENGINES.apply(overrides);
    }

    static List<GoldenCase> cases() {
        return GoldenCase.in(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_golden_case_gives_the_expected_findings_in_result_order(GoldenCase golden) {
        // GIVEN the case's request, with an engine built with the case's parameters
        OrderExceptionEngine engine = engine(golden.parameters());
        // WHEN it is evaluated THEN every order has exactly the expected findings
        golden.check(engine);
    }

    @Test
    void every_standard_parameter_is_overridden_by_some_golden_case() {
        // GIVEN the parameters of every golden case
        Set<String> overridden = new TreeSet<>();
        cases().forEach(c -> overridden.addAll(c.parameters().keySet()));
        // WHEN / THEN each standard parameter is exercised with a non-default value
        assertThat(overridden).containsAll(StandardParameters.ALL.stream().map(p -> p.name()).toList());
    }

    @Test
    void every_catalog_code_is_raised_by_some_golden_case_and_absent_from_another() {
        // GIVEN the expected codes of every order of every golden case
        Set<String> raised = new TreeSet<>();
        Map<String, Integer> ordersWithout = new HashMap<>();
        int orders = 0;
        for (GoldenCase c : cases()) {
            for (List<String> codes : c.expectedCodes().values()) {
                Set<String> these = new TreeSet<>(codes);
                raised.addAll(these);
                for (String code : StandardPacksLintTest.CATALOG.keySet()) {
                    if (!these.contains(code)) {
                        ordersWithout.merge(code, 1, Integer::sum);
                    }
                }
                orders++;
            }
        }
        // WHEN / THEN every code is raised somewhere, and some order does not raise it
        assertThat(raised).containsAll(StandardPacksLintTest.CATALOG.keySet());
        assertThat(ordersWithout.keySet()).containsAll(StandardPacksLintTest.CATALOG.keySet());
        assertThat(orders).isGreaterThan(100);
    }
}
