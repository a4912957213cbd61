package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.report.CodeImpact;
import io.omsexception.report.ImpactPreview;
import io.omsexception.report.ImpactReport;
import io.omsexception.report.RuleImpact;
import io.omsexception.testkit.SampleOrders;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before the shop lowers its carton threshold, it previews the change on the demo day (the day
 * `generate --orders 5000 --seed 20261122` writes, made here with the kit's generator): which
 * orders would gain or lose a finding, and nothing else would change.
 */
class ThresholdPreviewTest {
    static final Path PACK = Path.of("src/main/resources/shop-rules");

    @Test
    void lowering_the_carton_threshold_adds_the_bulk_line_code_to_exactly_the_orders_with_more_items_of_one_sku() {
        EvaluationRequest day = SampleOrders.day(20261122L, 5000).request();
        OrderExceptionEngine current = OrderExceptionEngine.builder().withStandardRules().addRules(PACK).build();
        OrderExceptionEngine lowered = OrderExceptionEngine.builder().withStandardRules().addRules(PACK)
                .parameter("shop.maxLineQuantity", "2").build();

        RuleImpact impact = ImpactPreview.builder().samples(3).build().run(current, lowered, day);

        List<String> bulkOrders = day.orders().stream()
                .filter(order -> order.lines().stream().anyMatch(line -> line.quantity() > 2))
                .map(Order::orderId).toList();
        assertThat(bulkOrders).isNotEmpty();
        assertThat(impact.ordersCompared()).isEqualTo(5000);
        assertThat(impact.ordersChanged()).isEqualTo(bulkOrders.size());
        assertThat(impact.parameterChanges()).singleElement()
                .isEqualTo(new RuleImpact.ParameterChange("shop.maxLineQuantity", "10", "2"));
        assertThat(impact.changedCodes()).extracting(CodeImpact::code).containsExactly("SHOP_BULK_LINE");
        CodeImpact bulk = impact.code("SHOP_BULK_LINE").orElseThrow();
        assertThat(bulk.before()).isZero();
        assertThat(bulk.added()).isEqualTo(bulkOrders.size());
        assertThat(bulk.removed()).isZero();
        assertThat(bulk.blockingChanged()).isZero();
        assertThat(bulk.addedSamples()).isEqualTo(bulkOrders.subList(0, Math.min(3, bulkOrders.size())));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ImpactReport.writeJson(impact, json);
        assertThat(json.toString(StandardCharsets.UTF_8).replaceAll("\\s", ""))
                .contains("\"code\":\"SHOP_BULK_LINE\"").contains("\"added\":" + bulkOrders.size() + ",");
    }
}
