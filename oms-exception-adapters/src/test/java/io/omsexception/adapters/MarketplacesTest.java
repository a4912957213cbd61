package io.omsexception.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.ReferenceData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketplacesTest {
    static final String PDD_A = "{\"order_sn\": \"A\", \"created_time\": \"2026-11-20 10:00:00\", \"order_status\": 1,"
            + " \"pay_amount\": 5, \"item_list\": [{\"sku_id\": \"S\", \"goods_count\": 1}]}";
    static final String PDD_B = PDD_A.replace("\"A\"", "\"B\"");

    @Test
    void should_find_the_six_standard_adapters_through_the_service_loader() {
        assertThat(Marketplaces.platforms()).containsExactly("douyin", "jd", "pdd", "shopify", "taobao", "woocommerce");
        assertThat(Marketplaces.adapter("jd").platform()).isEqualTo("jd");
    }

    @Test
    void should_name_the_known_platforms_when_one_is_unknown() {
        assertThatThrownBy(() -> Marketplaces.adapter("amazon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown platform 'amazon': use douyin, jd, pdd, shopify, taobao, woocommerce");
    }

    @Test
    void should_read_a_json_array_as_one_payload_per_element() {
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter("pdd"), "[" + PDD_A + ", " + PDD_B + "]");

        assertThat(read).extracting(AdaptedOrder::payload).containsExactly(0, 1);
        assertThat(read).extracting(o -> o.order().orderId()).containsExactly("A", "B");
    }

    @Test
    void should_read_one_payload_per_line() {
        String lines = PDD_A + "\n" + PDD_B + "\n";

        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter("pdd"),
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).extracting(o -> o.order().orderId()).containsExactly("A", "B");
        assertThat(read).extracting(AdaptedOrder::payload).containsExactly(0, 1);
    }

    @Test
    void should_keep_the_payloads_before_a_line_that_is_not_json_and_report_that_line() {
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter("pdd"), PDD_A + "\n{\"order_sn\": ]\n");

        assertThat(read).hasSize(2);
        assertThat(read.get(0).order().orderId()).isEqualTo("A");
        assertThat(read.get(1).payload()).isEqualTo(1);
        assertThat(read.get(1).error().path()).isEqualTo("$");
        assertThat(read.get(1).error().getMessage()).startsWith("$: is not JSON: Unexpected character (']'");
    }

    @Test
    void should_report_an_empty_input() {
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter("pdd"), "  \n");

        assertThat(read).singleElement().satisfies(o -> assertThat(o.error()).hasMessage("$: holds no payload"));
    }

    @Test
    void should_evaluate_what_it_read_with_each_error_naming_its_payload_and_path() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        String bad = PDD_B.replace("\"goods_count\": 1", "\"goods_count\": \"x\"");
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter("pdd"), "[" + PDD_A + ", " + bad + "]");

        BatchResult result = Marketplaces.evaluate(engine, read, ReferenceData.NONE,
                OffsetDateTime.parse("2026-11-20T11:00:00+08:00"));

        assertThat(result.results()).singleElement().satisfies(e -> assertThat(e.orderId()).isEqualTo("A"));
        assertThat(result.errors()).containsExactly(new OrderError(1, null, "",
                "payload 1: $.item_list[0].goods_count: must be a whole number but was 'x'"));
    }
}
