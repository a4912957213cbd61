package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Driver.evidence;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The customer's orders in a sliding 24 hours and address changes in 30 days, counted from the
 * stream by event time (the orders' createdAt) and merged into the order's customer. The engine
 * raises BEHAVIOR_ANOMALY from 2 orders in 24 hours (risk.maxOrdersPerDay=2) and from 3 address
 * changes in 30 days.
 */
class CustomerWindowsTest {

    @Test
    void a_clean_order_of_a_new_customer_raises_nothing() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            assertThat(codes(d.evaluation())).isEmpty();
        }
    }

    @Test
    void an_order_exactly_24_hours_earlier_is_counted_in_ordersLast24h() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-2", order("SO-2", "C-1", T0.plusHours(24)));
            JsonNode second = d.evaluations().get(1);
            assertThat(codes(second)).containsExactly("BEHAVIOR_ANOMALY");
            assertThat(evidence(second, "BEHAVIOR_ANOMALY").get("customer.ordersLast24h").asInt()).isEqualTo(2);
        }
    }

    @Test
    void an_order_one_second_more_than_24_hours_earlier_is_not_counted() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-2", order("SO-2", "C-1", T0.plusHours(24).plusSeconds(1)));
            assertThat(codes(d.evaluations().get(1))).isEmpty();
        }
    }

    @Test
    void an_order_that_arrives_late_counts_the_orders_of_its_own_24_hours() {
        try (Driver d = new Driver()) {
            d.send("SO-3", order("SO-3", "C-1", T0.plusHours(30)));
            d.send("SO-1", order("SO-1", "C-1", T0));
            assertThat(codes(d.evaluations().get(1))).isEmpty();
            d.send("SO-2", order("SO-2", "C-1", T0.plusHours(10)));
            // SO-1 and SO-2 are within its 24 hours; SO-3, created later, is not
            JsonNode third = d.evaluation();
            assertThat(evidence(third, "BEHAVIOR_ANOMALY").get("customer.ordersLast24h").asInt()).isEqualTo(2);
        }
    }

    @Test
    void an_order_sent_again_is_counted_once() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-1", order("SO-1", "C-1", T0));
            assertThat(d.evaluations()).hasSize(2).allSatisfy(e -> assertThat(codes(e)).isEmpty());
        }
    }

    @Test
    void other_customers_orders_are_not_counted() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-2", order("SO-2", "C-2", T0.plusHours(1)));
            assertThat(d.evaluations()).allSatisfy(e -> assertThat(codes(e)).isEmpty());
        }
    }

    @Test
    void the_payload_count_is_kept_when_it_is_larger_than_the_stream_count() {
        try (Driver d = new Driver()) {
            String customer = "{\"customerId\": \"C-1\", \"ordersLast24h\": 5}";
            d.send("SO-1", order("SO-1", customer, T0, Orders.HOME, "", "TEA-001", 1));
            assertThat(evidence(d.evaluation(), "BEHAVIOR_ANOMALY").get("customer.ordersLast24h").asInt()).isEqualTo(5);
        }
    }

    @Test
    void three_address_changes_in_30_days_raise_behavior_anomaly() {
        try (Driver d = new Driver()) {
            String[] addresses = {"解放北路88号", "人民路1号", "解放北路88号", "人民路1号"};
            for (int i = 0; i < addresses.length; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(9L * i), addresses[i], ""));
            }
            java.util.List<JsonNode> all = d.evaluations();
            assertThat(codes(all.get(2))).isEmpty();
            assertThat(evidence(all.get(3), "BEHAVIOR_ANOMALY").get("customer.addressChangesLast30d").asInt()).isEqualTo(3);
        }
    }

    @Test
    void an_address_change_more_than_30_days_earlier_is_not_counted() {
        try (Driver d = new Driver()) {
            String[] addresses = {"解放北路88号", "人民路1号", "解放北路88号", "人民路1号"};
            long[] days = {0, 2, 31, 33};
            for (int i = 0; i < addresses.length; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(days[i]), addresses[i], ""));
            }
            assertThat(codes(d.evaluations().get(3))).isEmpty();
        }
    }

    @Test
    void a_masked_address_is_unknown_and_not_a_change() {
        try (Driver d = new Driver()) {
            String[] addresses = {"解放北路88号", "解放****", "解放北路88号", "解放****"};
            for (int i = 0; i < addresses.length; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(2L * i), addresses[i], ""));
            }
            assertThat(d.evaluations()).allSatisfy(e -> assertThat(codes(e)).doesNotContain("BEHAVIOR_ANOMALY"));
        }
    }

    @Test
    void an_order_more_than_90_days_older_than_the_customers_latest_is_still_evaluated() {
        try (Driver d = new Driver()) {
            d.send("SO-2", order("SO-2", "C-1", T0.plusDays(200)));
            d.send("SO-1", order("SO-1", "C-1", T0));
            assertThat(d.evaluations()).extracting(e -> e.get("orderId").asText()).containsExactly("SO-2", "SO-1");
        }
    }
}
