package io.omsexception.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import io.omsexception.model.ShippingAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What goes through the repartition topic and into the customer's history without being written
 * again: the order's own JSON bytes, and an address fingerprint that stays what stored histories hold.
 */
class RepartitionValueTest {
    private static final OrderSerde SERDE = new OrderSerde();

    @Test
    void a_contract_order_goes_to_the_repartition_topic_as_the_bytes_it_was_read_from() {
        byte[] value = Orders.order("SO-1", "C-1", Orders.T0).getBytes(StandardCharsets.UTF_8);
        List<Routed> read = new RecordReader(null).read("SO-1".getBytes(StandardCharsets.UTF_8), value);

        assertThat(read).hasSize(1);
        assertThat(SERDE.serialize("t", read.get(0))).isSameAs(value);
        assertThat(SERDE.deserialize("t", value).order()).isEqualTo(read.get(0).order());
    }

    @Test
    void an_order_without_its_bytes_is_written_as_contract_json_and_reads_back_equal() {
        Order order = OrderJson.readOrder(Orders.order("SO-2", "C-2", Orders.T0.plusHours(1), "人民路1号", ""));

        byte[] written = SERDE.serialize("t", Routed.order(order));

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(OrderJson.writeOrder(order));
        assertThat(SERDE.deserialize("t", written).order()).isEqualTo(order);
    }

    @Test
    void the_address_fingerprint_ignores_exactly_the_whitespace_the_stored_histories_ignored() {
        // histories written before kept fingerprints of the parts with "\\s+" removed: they must still match
        List<String> details = List.of("解放北路88号", "解放北路 88号", " 解放北路\t88\r\n号 ", "解放北路\u000B88\f号",
                "解放北路\u300088号", "解放北路\u00A088号");
        for (String detail : details) {
            assertThat(History.fingerprint(address(detail)))
                    .as(detail)
                    .isEqualTo(regexFingerprint("新疆维吾尔自治区", "乌鲁木齐市", "天山区", detail));
        }
        assertThat(History.fingerprint(address("解放北路 88号"))).isEqualTo(History.fingerprint(address("解放北路88号")));
        assertThat(History.fingerprint(address("解放北路\u300088号"))).isNotEqualTo(History.fingerprint(address("解放北路88号")));
    }

    private static ShippingAddress address(String detail) {
        return new ShippingAddress("张三", "13800138000", "CN", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", detail, "830000");
    }

    private static int regexFingerprint(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            s.append(part.replaceAll("\\s+", "")).append('\u0000');
        }
        int h = s.toString().hashCode();
        return h == 0 ? 1 : h;
    }
}
