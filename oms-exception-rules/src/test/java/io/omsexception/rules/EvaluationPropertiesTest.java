package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.testkit.SampleOrders;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Properties of evaluation over generated days of orders (the testkit's generator, every category
 * of exception, any seed, size and exception rate). Tries are bounded so that the suite runs in
 * seconds; shrinking is off because every try builds its own day.
 */
class EvaluationPropertiesTest {
    private static final OrderExceptionEngine ENGINE = StandardRulesTest.ENGINE;
    private static final Map<Integer, OrderExceptionEngine> BY_BATCH_SIZE = new ConcurrentHashMap<>();
    /** Each threshold with the codes whose rules compare against it, and how a raise is written. */
    private static final Map<String, Set<String>> THRESHOLDS = Map.ofEntries(
            Map.entry("payment.timeoutMinutes", Set.of("PAYMENT_TIMEOUT")),
            Map.entry("payment.highRiskScore", Set.of("HIGH_RISK_PAYMENT")),
            Map.entry("payment.amountTolerance", Set.of("PAYMENT_AMOUNT_MISMATCH")),
            Map.entry("logistics.strandedHours", Set.of("PARCEL_STRANDED")),
            Map.entry("logistics.remoteStrandedHours", Set.of("PARCEL_STRANDED")),
            Map.entry("fulfilment.processingHours", Set.of("ORDER_PROCESSING_TIMEOUT")),
            Map.entry("refund.highRiskMinOrders", Set.of("REFUND_HIGH_RISK")),
            Map.entry("refund.highRiskRefundRatio", Set.of("REFUND_HIGH_RISK")),
            Map.entry("refund.returnWaitDays", Set.of("REFUND_AWAITING_RETURN")),
            Map.entry("risk.maxAddressChanges", Set.of("REFUND_HIGH_RISK", "BEHAVIOR_ANOMALY")),
            Map.entry("risk.maxOrdersPerDay", Set.of("BEHAVIOR_ANOMALY")),
            Map.entry("risk.minHistoryOrders", Set.of("AMOUNT_ANOMALY")),
            Map.entry("risk.amountMultiplier", Set.of("AMOUNT_ANOMALY")));
    private static final Comparator<Finding> DOCUMENTED_ORDER = Comparator.comparing(Finding::priority)
            .thenComparing(f -> !f.blocking()).thenComparing(Finding::code);

    @Provide
    Arbitrary<SampleOrders> days() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 60),
                        Arbitraries.of(0.0, 0.04, 0.3, 0.7, 1.0))
                .as((seed, count, rate) -> SampleOrders.of(seed, count, rate, SampleOrders.DEFAULT_AS_OF));
    }

    @Provide
    Arbitrary<Integer> batchSizes() {
        return Arbitraries.of(1, 2, 3, 7, 16, 50, 100, 1_000);
    }

    @Provide
    Arbitrary<String> thresholds() {
        return Arbitraries.of(THRESHOLDS.keySet().stream().sorted().toList());
    }

    private static BatchResult evaluate(OrderExceptionEngine engine, SampleOrders day) {
        return engine.evaluate(day.stream().toList(), 0, day.referenceData(), day.asOf());
    }

    private static OrderExceptionEngine withBatchSize(int size) {
        return BY_BATCH_SIZE.computeIfAbsent(size, s -> OrderExceptionEngine.builder().withStandardRules().batchSize(s).build());
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void evaluating_the_same_orders_again_gives_the_same_results(@ForAll("days") SampleOrders day) {
        BatchResult first = evaluate(ENGINE, day);
        BatchResult again = evaluate(ENGINE, day);
        BatchResult rebuilt = evaluate(withBatchSize(100), day);

        assertThat(again).isEqualTo(first);
        assertThat(rebuilt).isEqualTo(first);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void every_order_comes_back_exactly_once_with_the_same_result_whatever_the_batch_size(
            @ForAll("days") SampleOrders day, @ForAll("batchSizes") int batchSize) {
        BatchResult reference = evaluate(withBatchSize(1), day);
        BatchResult batched = evaluate(withBatchSize(batchSize), day);

        List<Integer> indexes = new ArrayList<>();
        List<String> ids = batched.results().stream().map(OrderEvaluation::orderId).collect(Collectors.toList());
        batched.errors().forEach(e -> indexes.add(e.index()));
        assertThat(batched.results().size() + batched.errors().size()).isEqualTo(day.count());
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(indexes).doesNotHaveDuplicates().allMatch(i -> i >= 0 && i < day.count());
        assertThat(batched).isEqualTo(reference);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void results_come_in_request_order_and_findings_by_priority_then_blocking_then_code(@ForAll("days") SampleOrders day) {
        BatchResult batch = evaluate(ENGINE, day);

        List<String> requested = day.stream().map(Order::orderId).toList();
        assertThat(batch.errors()).isEmpty();
        assertThat(batch.results()).extracting(OrderEvaluation::orderId).containsExactlyElementsOf(requested);
        assertThat(batch.errors()).extracting(OrderError::index).isSorted();
        for (OrderEvaluation r : batch.results()) {
            assertThat(r.findings()).as(r.orderId()).isSortedAccordingTo(DOCUMENTED_ORDER);
            assertThat(r.codes()).as(r.orderId()).doesNotHaveDuplicates();
            assertThat(r.blocking()).as(r.orderId()).isEqualTo(r.findings().stream().anyMatch(Finding::blocking));
        }
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void raising_a_threshold_never_adds_a_finding_of_its_codes(@ForAll("days") SampleOrders day,
            @ForAll("thresholds") String threshold, @ForAll("raises") int raise) {
        String current = ENGINE.parameterValues().get(threshold);
        String raised = new BigDecimal(current).add(BigDecimal.valueOf(raise)).toPlainString();
        OrderExceptionEngine stricter = ENGINE.withParameters(Map.of(threshold, raised));

        BatchResult before = evaluate(ENGINE, day);
        BatchResult after = evaluate(stricter, day);

        for (int i = 0; i < before.results().size(); i++) {
            Set<String> codesBefore = Set.copyOf(before.results().get(i).codes());
            for (String code : after.results().get(i).codes()) {
                if (THRESHOLDS.get(threshold).contains(code)) {
                    assertThat(codesBefore).as(threshold + " " + current + " -> " + raised + ", order "
                            + after.results().get(i).orderId()).contains(code);
                }
            }
        }
    }

    @Provide
    Arbitrary<Integer> raises() {
        return Arbitraries.integers().between(1, 200);
    }

    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    void a_vip_order_is_never_less_urgent_than_the_same_order_of_a_regular_customer(@ForAll("days") SampleOrders day) {
        List<Order> vip = new ArrayList<>();
        List<Order> regular = new ArrayList<>();
        for (Order o : day.stream().toList()) {
            Customer c = o.customer() != null ? o.customer() : new Customer("C-" + o.orderId(), null, null, null, null, null,
                    null, null);
            vip.add(o.toBuilder().customer(withTier(c, CustomerTier.VIP)).build());
            regular.add(o.toBuilder().customer(withTier(c, CustomerTier.REGULAR)).build());
        }

        List<OrderEvaluation> asVip = ENGINE.evaluate(vip, 0, day.referenceData(), day.asOf()).results();
        List<OrderEvaluation> asRegular = ENGINE.evaluate(regular, 0, day.referenceData(), day.asOf()).results();

        IntStream.range(0, asVip.size()).forEach(i -> {
            Map<String, Finding> regularByCode = asRegular.get(i).findings().stream()
                    .collect(Collectors.toMap(Finding::code, f -> f));
            for (Finding f : asVip.get(i).findings()) {
                Finding other = regularByCode.get(f.code());
                if (other != null) {
                    assertThat(f.priority()).as(asVip.get(i).orderId() + " " + f.code()).isLessThanOrEqualTo(other.priority());
                }
            }
        });
    }

    private static Customer withTier(Customer c, CustomerTier tier) {
        return new Customer(c.customerId(), tier, c.orderCount(), c.averageOrderAmount(), c.refundCount(), c.ordersLast24h(),
                c.addressChangesLast30d(), c.watchlisted());
    }
}
