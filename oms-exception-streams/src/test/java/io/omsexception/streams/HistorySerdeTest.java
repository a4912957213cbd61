package io.omsexception.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import org.junit.jupiter.api.Test;

/** The customer history's stored form: read back as written, and as small as docs/scale-out.md says. */
class HistorySerdeTest {
    private static final HistorySerde SERDE = new HistorySerde();

    private static History threeOrders() {
        History h = History.empty();
        for (int i = 1; i <= 3; i++) {
            String refund = i == 1 ? Orders.openRefund("R-1", Orders.T0.plusDays(1)) : "";
            String json = Orders.order("SO-000020" + i, "C-1", Orders.T0.plusDays(i), i == 2 ? "人民路1号" : Orders.HOME, refund)
                    .replace("\"totalAmount\": 100.00", "\"totalAmount\": 199.00");
            Order o = OrderJson.readOrder(json);
            h.record(o);
        }
        return h;
    }

    @Test
    void a_history_reads_back_with_the_same_counts() {
        History h = threeOrders();
        long at = Orders.T0.plusDays(4).toInstant().toEpochMilli();
        Behaviour before = h.behaviourAt("SO-X", at, WatchlistRule.DEFAULTS);
        History back = SERDE.deserialize("t", SERDE.serialize("t", h));
        assertThat(back.behaviourAt("SO-X", at, WatchlistRule.DEFAULTS)).isEqualTo(before);
        assertThat(before.orderCount()).isEqualTo(3);
        assertThat(before.refundCount()).isEqualTo(1);
        assertThat(before.addressChangesLast30d()).isEqualTo(2);
        assertThat(before.averageOrderAmount()).isEqualByComparingTo("199.00");
    }

    @Test
    void a_history_of_three_orders_takes_126_bytes_as_the_sizing_says() {
        assertThat(SERDE.serialize("t", threeOrders())).hasSize(21 + 3 * 35);
    }
}
