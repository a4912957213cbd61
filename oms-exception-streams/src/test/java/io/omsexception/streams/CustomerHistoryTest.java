package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Driver.evidence;
import static io.omsexception.streams.Orders.HOME;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.openRefund;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The customer's orders and refunds over 90 days and the watchlist, kept across the orders of
 * one customer and fed into REFUND_HIGH_RISK (3 earlier orders, half of them refunded, or a
 * watchlisted customer).
 */
class CustomerHistoryTest {

    /**
     * Three orders on days 1 to 3, two of them sent again with a refund request, then a fourth
     * order on day 5, at which the watchlist rule holds (2 of 3 earlier orders refunded).
     */
    private static void threeOrdersTwoRefunded(Driver d) {
        for (int i = 1; i <= 3; i++) {
            d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(i)));
        }
        d.send("SO-1", order("SO-1", "C-1", T0.plusDays(1), HOME, openRefund("R-1", T0.plusDays(4))));
        d.send("SO-2", order("SO-2", "C-1", T0.plusDays(2), HOME, openRefund("R-2", T0.plusDays(4))));
        d.send("SO-4", order("SO-4", "C-1", T0.plusDays(5)));
        d.evaluations();
    }

    @Test
    void the_stream_counts_are_what_refund_high_risk_reads() {
        try (Driver d = new Driver()) {
            threeOrdersTwoRefunded(d);
            d.send("SO-5", order("SO-5", "C-1", T0.plusDays(6), HOME, openRefund("R-5", T0.plusDays(6))));
            JsonNode evidence = evidence(d.evaluation(), "REFUND_HIGH_RISK");
            assertThat(evidence.get("customer.orderCount").asInt()).isEqualTo(4);
            assertThat(evidence.get("customer.refundCount").asInt()).isEqualTo(2);
        }
    }

    @Test
    void the_watchlist_outlives_the_refund_ratio_that_set_it() {
        try (Driver d = new Driver()) {
            threeOrdersTwoRefunded(d);
            for (int i = 5; i <= 10; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(i * 3L)));
            }
            d.evaluations();
            // 2 refunded of 9 earlier orders: below the ratio, but the customer stays watchlisted
            d.send("SO-11", order("SO-11", "C-1", T0.plusDays(40), HOME, openRefund("R-11", T0.plusDays(40))));
            assertThat(evidence(d.evaluation(), "REFUND_HIGH_RISK").get("customer.watchlisted").asBoolean()).isTrue();
        }
    }

    @Test
    void the_watchlist_ends_90_days_after_its_rule_last_held() {
        try (Driver d = new Driver()) {
            threeOrdersTwoRefunded(d);
            d.send("SO-9", order("SO-9", "C-1", T0.plusDays(5 + 91), HOME, openRefund("R-9", T0.plusDays(96))));
            assertThat(codes(d.evaluation())).doesNotContain("REFUND_HIGH_RISK");
        }
    }

    @Test
    void orders_more_than_90_days_before_are_not_counted() {
        try (Driver d = new Driver()) {
            for (int i = 1; i <= 3; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(i), HOME, openRefund("R-" + i, T0.plusDays(i))));
            }
            d.evaluations();
            d.send("SO-4", order("SO-4", "C-1", T0.plusDays(200), HOME, openRefund("R-4", T0.plusDays(200))));
            assertThat(codes(d.evaluation())).doesNotContain("REFUND_HIGH_RISK");
        }
    }

    @Test
    void a_rejected_refund_does_not_count_as_refunded() {
        try (Driver d = new Driver()) {
            String rejected = openRefund("R-1", T0.plusDays(4)).replace("\"OPEN\"", "\"REJECTED\"");
            for (int i = 1; i <= 3; i++) {
                d.send("SO-" + i, order("SO-" + i, "C-1", T0.plusDays(i), HOME, rejected.replace("R-1", "R-" + i)));
            }
            d.evaluations();
            d.send("SO-4", order("SO-4", "C-1", T0.plusDays(5), HOME, openRefund("R-4", T0.plusDays(5))));
            assertThat(codes(d.evaluation())).doesNotContain("REFUND_HIGH_RISK");
        }
    }

    @Test
    void the_history_of_one_customer_does_not_reach_another() {
        try (Driver d = new Driver()) {
            threeOrdersTwoRefunded(d);
            d.send("SO-5", order("SO-5", "C-2", T0.plusDays(6), HOME, openRefund("R-5", T0.plusDays(6))));
            assertThat(codes(d.evaluation())).doesNotContain("REFUND_HIGH_RISK");
        }
    }
}
