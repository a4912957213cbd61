package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.ExceptionDefinition;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.testkit.SampleOrders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated day under the standard rules of catalog v2: clean orders stay clean, the exceptional ones raise every code. */
class GeneratedDayTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().withStandardRules().build();

    @Test
    void clean_marketplace_orders_raise_nothing_under_the_standard_rules() {
        // GIVEN a day where no order is made exceptional (masked and virtual phones, subsidies, deadlines, parcels included)
        SampleOrders day = SampleOrders.of(20261122, 20_000, 0.0, SampleOrders.DEFAULT_AS_OF);
        // WHEN
        BatchResult result = ENGINE.evaluate(day.request());
        // THEN
        List<String> raised = result.results().stream().filter(e -> !e.findings().isEmpty())
                .limit(5).map(e -> e.orderId() + " " + e.findings().stream().map(Finding::code).toList()).toList();
        assertThat(raised).as("clean orders with findings").isEmpty();
    }

    @Test
    void the_demo_day_has_every_code_of_the_catalog_on_about_four_percent_of_its_orders() {
        // GIVEN the documented demo day
        SampleOrders day = SampleOrders.day(20261122, 5_000);
        // WHEN
        BatchResult result = ENGINE.evaluate(day.request());
        // THEN
        Map<String, Integer> orders = new TreeMap<>();
        int exceptional = 0;
        for (OrderEvaluation e : result.results()) {
            exceptional += e.findings().isEmpty() ? 0 : 1;
            e.findings().stream().map(Finding::code).distinct().forEach(c -> orders.merge(c, 1, Integer::sum));
        }
        System.out.println("demo day: " + exceptional + " of 5000 orders exceptional; orders per code " + orders);
        Set<String> codes = ENGINE.definitions().stream().map(ExceptionDefinition::code).collect(Collectors.toSet());
        assertThat(codes).hasSize(31);
        assertThat(orders.keySet()).as("codes raised on the demo day").containsExactlyInAnyOrderElementsOf(codes);
        // 4% of the orders are drawn to be made exceptional: 200 expected, give or take the draw
        assertThat(exceptional).as("exceptional orders of 5,000").isBetween(175, 250);
    }
}
