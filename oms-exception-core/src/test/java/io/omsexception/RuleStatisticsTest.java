package io.omsexception;

import static io.omsexception.EvaluationTest.ADDRESS;
import static io.omsexception.EvaluationTest.PAID;
import static io.omsexception.EvaluationTest.line;
import static io.omsexception.TestRules.AS_OF;
import static io.omsexception.TestRules.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.RiskLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine counts rule firings and returned findings for a host's metrics. */
class RuleStatisticsTest {
    static final String DELISTED = "T_DELISTED: a line's product is delisted";
    static final String SHORT = "T_SHORT: an SKU is short";
    static final ReferenceData STOCK = ReferenceData.of(List.of(
            new InventoryItem("A", 10, false, RiskLevel.NONE),
            new InventoryItem("B", 1, false, RiskLevel.NONE)), null);
    /** Three delisted lines (one firing each) and one short SKU: one finding of each code. */
    static final Order ORDER = order("SO-1").shippingAddress(ADDRESS).payment(PAID)
            .addLine(line("A", 1)).addLine(line("B", 1)).addLine(line("B", 1)).build();

    @Test
    void should_list_every_rule_and_code_at_zero_before_any_evaluation() {
        OrderExceptionEngine engine = TestRules.builder().build();

        assertThat(engine.ruleStatistics()).hasSize(engine.ruleCount()).containsKeys(DELISTED, SHORT);
        assertThat(engine.ruleStatistics().values()).containsOnly(0L);
        assertThat(engine.codeStatistics().keySet())
                .containsExactlyElementsOf(engine.definitions().stream().map(ExceptionDefinition::code).toList());
        assertThat(engine.codeStatistics().values()).containsOnly(0L);
    }

    @Test
    void should_count_each_firing_of_a_rule_and_each_finding_of_a_code_in_single_and_batch_calls() {
        OrderExceptionEngine engine = TestRules.builder().build();

        engine.evaluate(ORDER, STOCK, AS_OF);
        engine.evaluate(List.of(ORDER, ORDER), 0, STOCK, AS_OF);

        assertThat(engine.ruleStatistics()).containsEntry(DELISTED, 9L).containsEntry(SHORT, 3L)
                .containsEntry("T_TIMEOUT: unpaid for too long", 0L);
        assertThat(engine.codeStatistics()).containsEntry("T_DELISTED", 3L).containsEntry("T_SHORT", 3L)
                .containsEntry("T_TIMEOUT", 0L);
    }

    @Test
    void should_give_a_snapshot_that_later_evaluations_do_not_change_and_that_cannot_be_modified() {
        OrderExceptionEngine engine = TestRules.builder().build();
        engine.evaluate(ORDER, STOCK, AS_OF);

        Map<String, Long> snapshot = engine.ruleStatistics();
        engine.evaluate(ORDER, STOCK, AS_OF);

        assertThat(snapshot).containsEntry(DELISTED, 3L);
        assertThat(engine.ruleStatistics()).containsEntry(DELISTED, 6L);
        assertThatThrownBy(() -> snapshot.put(DELISTED, 0L)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_count_separately_for_an_engine_of_other_parameters() {
        OrderExceptionEngine engine = TestRules.builder().build();
        engine.evaluate(ORDER, STOCK, AS_OF);

        OrderExceptionEngine other = engine.withParameters(Map.of());

        assertThat(other.ruleStatistics().values()).containsOnly(0L);
        assertThat(engine.ruleStatistics()).containsEntry(DELISTED, 3L);
    }

    @Test
    void should_lose_no_count_when_two_threads_evaluate_at_once() throws Exception {
        OrderExceptionEngine engine = TestRules.builder().build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                calls.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        engine.evaluate(ORDER, STOCK, AS_OF);
                        engine.evaluate(Collections.nCopies(3, ORDER), 0, STOCK, AS_OF);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(engine.ruleStatistics()).containsEntry(DELISTED, 2 * 250 * 4 * 3L).containsEntry(SHORT, 2 * 250 * 4L);
        assertThat(engine.codeStatistics()).containsEntry("T_DELISTED", 2 * 250 * 4L);
    }
}
