package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import io.omsexception.ParameterDefinition;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values the facts derive for evidence and thresholds, with parameters like the standard packs'. */
class EvidenceDerivationsTest {
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    static final Parameters DEFAULTS = parameters();

    static Parameters parameters() {
        Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
        for (ParameterDefinition d : List.of(
                ParameterDefinition.list("test.fakeAddressPhrases", List.of("测试", "无效", "不详", "test", "xxx", "asdf"), "phrases")
                        .feeding(FactInput.FAKE_ADDRESS_PHRASES),
                ParameterDefinition.list("test.remoteRegions", List.of("新疆", "西藏"), "regions").feeding(FactInput.REMOTE_REGIONS),
                ParameterDefinition.integer("test.repeatedCharacterMin", 4, "repeats").feeding(FactInput.REPEATED_CHARACTER_MIN))) {
            definitions.put(d.name(), d);
        }
        return new Parameters(definitions, Map.of());
    }

    static OrderFacts facts(Order order) {
        return new OrderFacts(order, ReferenceData.NONE, AS_OF, DEFAULTS);
    }

    @Test
    void durations_in_units_are_exact_when_they_divide_and_rounded_up_otherwise() {
        // GIVEN durations around 48 hours and 30 minutes
        // WHEN converted to units
        // THEN exact values stay whole and one second more never reads as the threshold itself
        assertThat(Durations.inUnits(48L * 3600, 3600)).isEqualByComparingTo("48").hasToString("48");
        assertThat(Durations.inUnits(48L * 3600 + 1, 3600)).hasToString("48.01");
        assertThat(Durations.inUnits(30L * 60 + 1, 60)).hasToString("30.02");
        assertThat(Durations.inUnits(90L, 60)).hasToString("1.5");
        assertThat(Durations.inUnits(-90L, 60)).hasToString("-1.5");
        assertThat(Durations.inUnits(null, 60)).isNull();
    }

    @Test
    void time_since_created_and_since_the_last_scan_are_given_in_minutes_and_hours() {
        // GIVEN an order created 31 minutes ago whose parcel was last scanned 73 hours ago
        Order order = Order.builder("SO-1", AS_OF.minusMinutes(31))
                .shipment(new Shipment("SF", "SF1", ShipmentStatus.IN_TRANSIT, AS_OF.minusHours(80), AS_OF.minusHours(1),
                        AS_OF.minusHours(73), "西安", null))
                .build();
        // WHEN the facts are derived
        OrderFacts f = facts(order);
        // THEN the evidence values read in the units of their thresholds
        assertThat(f.getMinutesSinceCreated()).hasToString("31");
        assertThat(f.getShipment().getHoursSinceLastScan()).hasToString("73");
        assertThat(f.getShipment().getLastScanTime()).isEqualTo(AS_OF.minusHours(73));
        assertThat(f.getShipment().getHoursPastEstimatedDelivery()).hasToString("1");
        assertThat(f.getPayment().getHoursSincePaid()).isNull();
    }

    @Test
    void every_fake_keyword_of_each_field_is_listed_latin_ones_as_whole_words_only() {
        // GIVEN a recipient and a detail line holding several keywords, one inside a longer word
        Order order = Order.builder("SO-1", AS_OF)
                .shippingAddress(new ShippingAddress("测试 Test", "13800138000", "CN", "浙江省", "杭州市", null,
                        "Contest Road 5 xxx 不详", null))
                .build();
        // WHEN the facts are derived
        OrderFacts f = facts(order);
        // THEN both fields list what they hold, and "Contest" does not count as "test"
        assertThat(f.getAddress().getRecipientFakeKeywords()).containsExactly("测试", "test");
        assertThat(f.getAddress().getDetailFakeKeywords()).containsExactly("不详", "xxx");
    }

    @Test
    void no_address_means_no_fake_keywords() {
        // GIVEN an order without an address
        OrderFacts f = facts(Order.builder("SO-1", AS_OF).build());
        // WHEN / THEN
        assertThat(f.getAddress().getRecipientFakeKeywords()).isEmpty();
        assertThat(f.getAddress().getDetailFakeKeywords()).isEmpty();
        assertThat(f.getAddress().getCity()).isNull();
        assertThat(f.getShipment().getCarrier()).isNull();
        assertThat(f.getShipment().getLastScanTime()).isNull();
    }

    @Test
    void the_refund_ratio_is_compared_exactly_and_rounded_only_for_display() {
        // GIVEN a customer with 2 refunds out of 3 orders and one with 2 out of 4
        OrderFacts twoOfThree = facts(Order.builder("SO-1", AS_OF)
                .customer(new Customer("C-1", null, 3, null, 2, null, null, null)).build());
        OrderFacts twoOfFour = facts(Order.builder("SO-2", AS_OF)
                .customer(new Customer("C-2", null, 4, null, 2, null, null, null)).build());
        OrderFacts noHistory = facts(Order.builder("SO-3", AS_OF)
                .customer(new Customer("C-3", null, 0, null, 0, null, null, null)).build());
        // WHEN / THEN
        assertThat(twoOfThree.getCustomer().getRefundRatio()).hasToString("0.67");
        assertThat(twoOfThree.getCustomer().isRefundRatioAtLeast(new BigDecimal("0.67"))).isFalse();
        assertThat(twoOfThree.getCustomer().isRefundRatioAtLeast(new BigDecimal("0.66"))).isTrue();
        assertThat(twoOfFour.getCustomer().isRefundRatioAtLeast(new BigDecimal("0.5"))).isTrue();
        assertThat(twoOfFour.getCustomer().isRefundRatioAtLeast(new BigDecimal("0.51"))).isFalse();
        assertThat(noHistory.getCustomer().getRefundRatio()).isNull();
        assertThat(noHistory.getCustomer().isRefundRatioAtLeast(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void the_average_order_amount_is_multiplied_exactly() {
        // GIVEN a customer whose average is 33.33, and one with no average
        OrderFacts known = facts(Order.builder("SO-1", AS_OF)
                .customer(new Customer("C-1", null, 3, new BigDecimal("33.33"), 0, null, null, null)).build());
        OrderFacts unknown = facts(Order.builder("SO-2", AS_OF).build());
        // WHEN / THEN
        assertThat(known.getCustomer().averageOrderAmountTimes(new BigDecimal("5"))).isEqualByComparingTo("166.65");
        assertThat(unknown.getCustomer().averageOrderAmountTimes(new BigDecimal("5"))).isNull();
    }

    @Test
    void stock_lines_of_a_sku_leave_out_presale_lines() {
        // GIVEN one SKU on three lines, the middle one presale
        Order order = Order.builder("SO-1", AS_OF)
                .addLine(new OrderLine("1", "TEA", null, 2, null, null, false))
                .addLine(new OrderLine("2", "TEA", null, 5, null, null, true))
                .addLine(new OrderLine("3", "TEA", null, 1, null, null, null))
                .build();
        // WHEN the facts are derived
        SkuFacts sku = facts(order).getSkus().get(0);
        // THEN the counted quantity and lines leave the presale line out
        assertThat(sku.getQuantity()).isEqualTo(3);
        assertThat(sku.getStockLineIndexes()).containsExactly(0, 2);
        assertThat(sku.getLineIndexes()).containsExactly(0, 1, 2);
    }

    @Test
    void days_since_a_return_was_shipped_are_given_for_evidence() {
        // GIVEN a return shipped 7 days and 1 hour ago
        Order order = Order.builder("SO-1", AS_OF)
                .refunds(List.of(new Refund("R-1", RefundStatus.OPEN, null, null, AS_OF.minusDays(9), true,
                        AS_OF.minusDays(7).minusHours(1), null)))
                .build();
        // WHEN the facts are derived
        RefundFacts r = facts(order).getRefunds().get(0);
        // THEN
        assertThat(r.getDaysSinceReturnShipped()).hasToString("7.05");
        assertThat(r.getReturnShippedAt()).isEqualTo(AS_OF.minusDays(7).minusHours(1));
    }

    @Test
    void the_facts_read_their_inputs_from_the_parameters_that_feed_them_and_are_neutral_without() {
        // GIVEN an order to Xinjiang whose recipient and detail line look fake
        Order order = Order.builder("SO-1", AS_OF)
                .shippingAddress(new ShippingAddress("测试", "13800138000", "CN", "新疆维吾尔自治区", "乌鲁木齐市", null, "aaaa", null))
                .build();
        // WHEN the facts are derived with feeding parameters, and without any parameter
        OrderFacts fed = facts(order);
        OrderFacts unfed = new OrderFacts(order, ReferenceData.NONE, AS_OF, new Parameters(Map.of(), Map.of()));
        // THEN the fed inputs derive the facts, the unfed ones are neutral
        assertThat(fed.getAddress().getRemoteRegion()).isEqualTo("新疆");
        assertThat(fed.getAddress().getRecipientFakeKeywords()).containsExactly("测试");
        assertThat(fed.getAddress().isDetailRepeated()).isTrue();
        assertThat(DEFAULTS.feeder(FactInput.REMOTE_REGIONS)).contains("test.remoteRegions");
        assertThat(unfed.getAddress().isRemote()).isFalse();
        assertThat(unfed.getAddress().getRecipientFakeKeywords()).isEmpty();
        assertThat(unfed.getAddress().getDetailFakeKeywords()).isEmpty();
        assertThat(unfed.getAddress().isDetailRepeated()).isFalse();
        assertThat(new Parameters(Map.of(), Map.of()).feeder(FactInput.REMOTE_REGIONS)).isEmpty();
    }

    @Test
    void a_fact_input_takes_one_parameter_of_its_type() {
        // GIVEN two parameters that feed the remote regions, and an integer that would
        ParameterDefinition a = ParameterDefinition.list("a.regions", List.of("新疆"), "a").feeding(FactInput.REMOTE_REGIONS);
        ParameterDefinition b = ParameterDefinition.list("b.regions", List.of("西藏"), "b").feeding(FactInput.REMOTE_REGIONS);
        Map<String, ParameterDefinition> both = new LinkedHashMap<>();
        both.put(a.name(), a);
        both.put(b.name(), b);
        // WHEN / THEN
        assertThatThrownBy(() -> new Parameters(both, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter b.regions: feeds OrderFacts.remoteRegions, which parameter a.regions feeds already");
        assertThatThrownBy(() -> ParameterDefinition.integer("c.regions", 3, "c").feeding(FactInput.REMOTE_REGIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter c.regions: feeds OrderFacts.remoteRegions, which needs a LIST parameter, but is INTEGER");
        assertThat(FactInput.byKey("orderfacts.REMOTEREGIONS")).contains(FactInput.REMOTE_REGIONS);
        assertThat(FactInput.byKey("OrderFacts.remote")).isEmpty();
    }
}
