package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code evaluate --format PLATFORM FILE --as-of TIME}: marketplace payloads in, the result JSON out. */
class CliMarketplaceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "taobao|T1|PAYMENT_TIMEOUT|{\"trade_fullinfo_get_response\": {\"trade\": {\"tid\": \"T1\", \"created\": \"2026-11-22 09:00:00\","
            + " \"status\": \"WAIT_BUYER_PAY\", \"payment\": \"10.00\", \"orders\": {\"order\": [{\"oid\": 1, \"outer_sku_id\": \"A\", \"num\": 1}]}}}}",
        "pdd|P1|PHONE_MISSING|{\"order_info_get_response\": {\"order_info\": {\"order_sn\": \"P1\", \"created_time\": \"2026-11-22 09:00:00\","
            + " \"order_status\": 1, \"item_list\": [{\"sku_id\": \"A\", \"goods_count\": 1}]}}}",
        "douyin|D1|PAYMENT_TIMEOUT|{\"data\": {\"shop_order_detail\": {\"order_id\": \"D1\", \"create_time\": 1763773200, \"order_status\": 1,"
            + " \"sku_order_list\": [{\"order_id\": \"D1-1\", \"out_sku_id\": \"A\", \"item_num\": 1}]}}}",
        "jd|J1|PAYMENT_TIMEOUT|{\"jingdong_pop_order_get_responce\": {\"orderDetailInfo\": {\"orderInfo\": {\"orderId\": \"J1\","
            + " \"orderStartTime\": \"2026-11-22 09:00:00\", \"itemInfoList\": [{\"skuId\": \"A\", \"itemTotal\": \"1\"}]}}}}",
        "shopify|1001|PAYMENT_TIMEOUT|{\"order\": {\"id\": 1001, \"created_at\": \"2026-11-22T09:00:00+08:00\", \"financial_status\": \"pending\","
            + " \"line_items\": [{\"id\": 1, \"sku\": \"A\", \"quantity\": 1}]}}",
        "woocommerce|727|PAYMENT_TIMEOUT|{\"id\": 727, \"status\": \"pending\", \"date_created_gmt\": \"2026-11-22T01:00:00\","
            + " \"line_items\": [{\"id\": 1, \"sku\": \"A\", \"quantity\": 1}]}"})
    void evaluate_reads_each_marketplace_format_at_the_given_reference_time(String format, String orderId, String code,
            String payload) throws Exception {
        Path f = file(format + ".json", payload);

        CliRun r = CliRun.of("evaluate", "--format", format, "--as-of", "2026-11-22T10:00:00+08:00", f.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode result = JSON.readTree(r.out()).get("results").get(0);
        assertThat(result.get("orderId").asText()).isEqualTo(orderId);
        assertThat(result.get("exceptions").findValuesAsText("code")).contains(code);
        assertThat(r.err()).isEqualTo("1 orders read from " + f + " as " + format + ": 1 evaluated, 0 rejected\n");
    }

    @Test
    void evaluate_reads_one_payload_per_line_and_reports_a_bad_one_by_payload_and_path() throws Exception {
        String good = "{\"order_sn\": \"P1\", \"created_time\": \"2026-11-22 09:00:00\", \"order_status\": 1,"
                + " \"item_list\": [{\"sku_id\": \"A\", \"goods_count\": 1}]}";
        Path f = file("orders.jsonl", good + "\n" + good.replace("P1", "P2").replace("\"goods_count\": 1", "\"goods_count\": \"two\"") + "\n");

        CliRun r = CliRun.of("evaluate", "--format", "pdd", "--quiet", f.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("results")).hasSize(1);
        JsonNode error = doc.get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("$.orders[1]");
        assertThat(error.get("message").asText())
                .isEqualTo("payload 1: $.item_list[0].goods_count: must be a whole number but was 'two'");
    }

    @Test
    void an_unknown_format_is_refused_with_the_known_ones() throws Exception {
        Path f = file("x.json", "{}");

        CliRun r = CliRun.of("evaluate", "--format", "amazon", f.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: --format: unknown platform 'amazon': use douyin, jd, pdd,"
                + " shopify, taobao, woocommerce\n");
    }

    @Test
    void as_of_is_refused_without_a_format_and_when_it_has_no_offset() throws Exception {
        Path f = file("x.json", "{}");

        assertThat(CliRun.of("evaluate", "--as-of", "2026-11-22T10:00:00+08:00", f.toString()).err())
                .isEqualTo("oms-exception: evaluate: --as-of needs --format: a request carries its own asOf\n");
        assertThat(CliRun.of("evaluate", "--format", "jd", "--as-of", "2026-11-22 10:00", f.toString()).err())
                .isEqualTo("oms-exception: evaluate: --as-of must be a time with an offset, for example"
                        + " 2026-11-22T10:00:00+08:00, but was '2026-11-22 10:00'\n");
    }
}
