package io.omsexception;

import static io.omsexception.TestRules.AS_OF;
import static io.omsexception.TestRules.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.RiskLevel;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    static final OrderExceptionEngine ENGINE = TestRules.builder().build();
    static final ShippingAddress ADDRESS = new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市", "西湖区",
            "文三路 1 号", "310012");
    static final Payment PAID = new Payment(PaymentStatus.PAID, "ALIPAY", null, null, null);

    static OrderLine line(String sku, int quantity) {
        return new OrderLine(null, sku, null, quantity, null, null, false);
    }

    @Test
    void should_raise_nothing_on_a_clean_order() {
        Order clean = order("SO-1").shippingAddress(ADDRESS).payment(PAID).build();

        OrderEvaluation result = ENGINE.evaluate(clean, ReferenceData.NONE, AS_OF);

        assertThat(result.isClean()).isTrue();
        assertThat(result.blocking()).isFalse();
        assertThat(result.orderId()).isEqualTo("SO-1");
    }

    @Test
    void should_measure_durations_from_asOf_and_read_thresholds_from_parameters() {
        Order unpaid = Order.builder("SO-1", AS_OF.minusMinutes(30)).shippingAddress(ADDRESS).build();

        assertThat(ENGINE.evaluate(unpaid, ReferenceData.NONE, AS_OF).codes()).isEmpty();
        assertThat(ENGINE.evaluate(unpaid, ReferenceData.NONE, AS_OF.plusSeconds(1)).codes()).containsExactly("T_TIMEOUT");

        OrderExceptionEngine patient = TestRules.builder().parameter("payment.timeoutMinutes", "45").build();
        OrderEvaluation later = patient.evaluate(unpaid, ReferenceData.NONE, AS_OF.plusMinutes(16));
        assertThat(later.finding("T_TIMEOUT").orElseThrow().evidence())
                .containsExactly(entry("minutesSinceCreated", 46L), entry("thresholdMinutes", 45));
    }

    @Test
    void should_count_a_fraction_of_a_second_past_the_threshold_as_more() {
        Order unpaid = Order.builder("SO-1", AS_OF.minusMinutes(30).minusNanos(500_000_000)).shippingAddress(ADDRESS).build();

        assertThat(ENGINE.evaluate(unpaid, ReferenceData.NONE, AS_OF).codes()).containsExactly("T_TIMEOUT");
    }

    @Test
    void should_share_the_compiled_rules_with_an_engine_of_other_parameters() {
        Order unpaid = Order.builder("SO-1", AS_OF.minusMinutes(40)).shippingAddress(ADDRESS).build();

        OrderExceptionEngine patient = ENGINE.withParameters(java.util.Map.of("payment.timeoutMinutes", "45"));

        assertThat(ENGINE.evaluate(unpaid, ReferenceData.NONE, AS_OF).codes()).containsExactly("T_TIMEOUT");
        assertThat(patient.evaluate(unpaid, ReferenceData.NONE, AS_OF).codes()).isEmpty();
        assertThat(patient.parameterValues()).containsEntry("payment.timeoutMinutes", "45");
        assertThat(ENGINE.parameterValues()).containsEntry("payment.timeoutMinutes", "30");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ENGINE.withParameters(java.util.Map.of("nope.x", "1")))
                .hasMessageStartingWith("parameter nope.x: unknown; known parameters are ");
    }

    @Test
    void should_use_the_injected_clock_when_no_reference_time_is_given() {
        Order unpaid = Order.builder("SO-1", AS_OF.minusMinutes(40)).shippingAddress(ADDRESS).build();
        OrderExceptionEngine early = TestRules.builder().clock(Clock.fixed(AS_OF.minusMinutes(20).toInstant(), ZoneOffset.UTC)).build();
        OrderExceptionEngine late = TestRules.builder().clock(Clock.fixed(AS_OF.toInstant(), ZoneOffset.UTC)).build();

        assertThat(early.evaluate(unpaid).codes()).isEmpty();
        assertThat(late.evaluate(unpaid).codes()).containsExactly("T_TIMEOUT");
    }

    @Test
    void should_merge_every_line_into_one_finding_per_code() {
        ReferenceData stock = ReferenceData.of(List.of(
                new InventoryItem("A", 10, false, RiskLevel.NONE),
                new InventoryItem("B", 1, false, RiskLevel.NONE)), null);
        Order order = order("SO-1").shippingAddress(ADDRESS).payment(PAID)
                .addLine(line("A", 1)).addLine(line("B", 1)).addLine(line("B", 1)).build();

        OrderEvaluation result = ENGINE.evaluate(order, stock, AS_OF);

        assertThat(result.codes()).containsExactly("T_SHORT", "T_DELISTED");
        assertThat(result.finding("T_DELISTED").orElseThrow().evidence()).containsExactly(
                entry("lines[0].sku", "A"), entry("lines[1].sku", "B"), entry("lines[2].sku", "B"),
                entry("skus", List.of("A", "B")));
        assertThat(result.finding("T_SHORT").orElseThrow().evidence()).containsExactly(
                entry("skus[B].available", 1), entry("skus[B].ordered", 2));
    }

    @Test
    void should_carry_the_skus_lines_and_rules_of_a_finding_as_data() {
        ReferenceData stock = ReferenceData.of(List.of(
                new InventoryItem("A", 10, false, RiskLevel.NONE),
                new InventoryItem("B", 1, false, RiskLevel.NONE)), null);
        Order order = order("SO-1").shippingAddress(ADDRESS).payment(PAID)
                .addLine(line("B", 1)).addLine(line("A", 1)).addLine(line("B", 1)).build();

        OrderEvaluation result = ENGINE.evaluate(order, stock, AS_OF);

        Finding delisted = result.finding("T_DELISTED").orElseThrow();
        assertThat(delisted.skus()).containsExactly("B", "A");
        assertThat(delisted.lines()).containsExactly(0, 1, 2);
        assertThat(delisted.rules()).containsExactly("T_DELISTED: a line's product is delisted");
        Finding shortOfB = result.finding("T_SHORT").orElseThrow();
        assertThat(shortOfB.skus()).containsExactly("B");
        assertThat(shortOfB.lines()).containsExactly(0, 2);
        assertThat(result.finding("T_NO_PHONE")).isEmpty();
        Finding timeout = ENGINE.evaluate(order("SO-2").build(), ReferenceData.NONE, AS_OF.plusHours(1))
                .finding("T_TIMEOUT").orElseThrow();
        assertThat(timeout.skus()).isEmpty();
        assertThat(timeout.lines()).isEmpty();
    }

    @Test
    void should_sort_by_priority_then_blocking_first_then_code() {
        Order order = order("SO-1").payment(PAID)
                .shippingAddress(new ShippingAddress("张三", null, "CN", "新疆维吾尔自治区", "乌鲁木齐市", null, "解放北路 8 号", null))
                .addRefund(new Refund("R-1", RefundStatus.OPEN, RefundReason.OTHER, null, null, null, null, null))
                .build();

        OrderEvaluation result = ENGINE.evaluate(order, ReferenceData.NONE, AS_OF);

        assertThat(result.codes()).containsExactly("T_NO_PHONE", "T_REFUND", "T_REJECTED");
        assertThat(result.findings()).extracting(Finding::blocking).containsExactly(true, true, false);
    }

    @Test
    void should_raise_priority_by_one_level_for_vip_customers() {
        Customer vip = new Customer("C-1", CustomerTier.VIP, 10, null, 0, 1, 0, false);
        Order order = order("SO-1").customer(vip).payment(PAID)
                .shippingAddress(new ShippingAddress("张三", null, "CN", "浙江省", "杭州市", null, "文三路 1 号", null))
                .addLine(line("B", 5)).build();
        ReferenceData stock = ReferenceData.of(List.of(new InventoryItem("B", 1, true, RiskLevel.NONE)), null);

        OrderEvaluation result = ENGINE.evaluate(order, stock, AS_OF);

        assertThat(result.findings()).extracting(Finding::code, Finding::priority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T_NO_PHONE", Priority.P1),
                        org.assertj.core.groups.Tuple.tuple("T_SHORT", Priority.P1));
        assertThat(result.finding("T_NO_PHONE").orElseThrow().evidence()).containsEntry("customer.tier", "VIP");
    }

    @Test
    void should_block_until_shipped_and_advise_afterwards() {
        Order.Builder refunding = order("SO-1").shippingAddress(ADDRESS).payment(PAID)
                .addRefund(new Refund("R-1", RefundStatus.OPEN, RefundReason.QUALITY, null, null, null, null, null));
        Order notShipped = refunding.shipment(new Shipment(null, null, ShipmentStatus.CREATED, null, null, null, null, null)).build();
        Order shipped = refunding.shipment(new Shipment("SF", "SF1", ShipmentStatus.IN_TRANSIT, AS_OF.minusHours(3), null, null, null, null)).build();

        OrderEvaluation before = ENGINE.evaluate(notShipped, ReferenceData.NONE, AS_OF);
        OrderEvaluation after = ENGINE.evaluate(shipped, ReferenceData.NONE, AS_OF);

        assertThat(before.blocking()).isTrue();
        assertThat(before.finding("T_REFUND").orElseThrow().blocking()).isTrue();
        assertThat(after.blocking()).isFalse();
        assertThat(after.finding("T_REFUND").orElseThrow().blocking()).isFalse();
    }

    @Test
    void should_drop_a_code_suppressed_by_another_raised_on_the_same_order() {
        Refund noLongerNeeded = new Refund("R-1", RefundStatus.OPEN, RefundReason.NO_LONGER_NEEDED, null, null, null, null, null);
        Order plain = order("SO-1").shippingAddress(ADDRESS).payment(PAID).addRefund(noLongerNeeded).build();
        Order watchlisted = plain.toBuilder().customer(new Customer("C-1", null, null, null, null, null, null, true)).build();

        assertThat(ENGINE.evaluate(plain, ReferenceData.NONE, AS_OF).codes()).containsExactly("T_REFUND", "T_AUTO_REFUND");
        assertThat(ENGINE.evaluate(watchlisted, ReferenceData.NONE, AS_OF).codes()).containsExactly("T_RISKY_REFUND", "T_REFUND");
    }

    @Test
    void should_never_fail_on_an_order_with_only_its_required_fields() {
        Order bare = Order.builder("SO-1", AS_OF.minusMinutes(1)).build();

        OrderEvaluation result = ENGINE.evaluate(bare, ReferenceData.NONE, AS_OF);

        assertThat(result.codes()).containsExactly("T_NO_PHONE");
    }

    @Test
    void should_return_every_order_of_a_batch_in_order_whatever_the_session_size() {
        List<Order> orders = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            orders.add(order("SO-" + i).shippingAddress(i % 3 == 0 ? null : ADDRESS).payment(PAID).build());
        }
        OrderExceptionEngine small = TestRules.builder().batchSize(7).build();

        BatchResult result = small.evaluate(new EvaluationRequest(AS_OF, null, orders));

        assertThat(result.errors()).isEmpty();
        assertThat(result.results()).extracting(OrderEvaluation::orderId)
                .containsExactlyElementsOf(orders.stream().map(Order::orderId).toList());
        assertThat(result.results()).filteredOn(OrderEvaluation::blocking).hasSize(9);
    }

    @Test
    void should_describe_every_code_from_the_pack_catalog() {
        ExceptionDefinition refund = ENGINE.definition("T_REFUND").orElseThrow();

        assertThat(refund.blocking()).isEqualTo(BlockingPolicy.UNTIL_SHIPPED);
        assertThat(refund.guidance()).isEqualTo(new LocalizedText("审核退款", "Review the refund"));
        assertThat(refund.ruleNames()).containsExactly("T_REFUND: an open refund");
        assertThat(ENGINE.definition("T_AUTO_REFUND").orElseThrow().suppressedBy()).containsExactly("T_RISKY_REFUND");
        assertThat(ENGINE.ruleCount()).isEqualTo(8);
        assertThat(ENGINE.parameterValues()).containsEntry("payment.amountTolerance", "0.01");
        assertThat(new BigDecimal(ENGINE.parameterValues().get("payment.amountTolerance"))).isEqualByComparingTo("0.01");
    }
}
