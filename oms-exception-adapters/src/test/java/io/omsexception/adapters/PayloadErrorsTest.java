package io.omsexception.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A payload that is not the platform's shape is an error naming the JSON path of what is wrong. */
class PayloadErrorsTest {

    static String error(String platform, String payload) {
        List<AdaptedOrder> read = Marketplaces.adapter(platform).read(payload);
        assertThat(read).singleElement().satisfies(o -> assertThat(o.order()).isNull());
        return read.get(0).error().getMessage();
    }

    @Test
    void should_name_the_path_of_a_quantity_that_is_not_a_whole_number() {
        String payload = """
                {"trade": {"tid": 1, "created": "2026-11-20 10:00:00", "orders": {"order": [
                  {"oid": 2, "outer_sku_id": "A", "num": 1}, {"oid": 3, "outer_sku_id": "B", "num": "two"}]}}}
                """;

        assertThat(error("taobao", payload)).isEqualTo("$.trade.orders.order[1].num: must be a whole number but was 'two'");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "taobao|{\"tid\": 1, \"created\": \"20.11.2026\"}"
            + "|$.created: must be a time such as '2017-07-28 14:18:32' but was '20.11.2026'",
        "taobao|{\"tid\": 1}|$.created: must be given",
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"payment\": \"12,50\"}"
            + "|$.payment: must be a decimal number but was '12,50'",
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"orders\": {\"order\": [{\"oid\": 2, \"num\": 0, \"outer_sku_id\": \"A\"}]}}"
            + "|$.orders.order[0].num: must be greater than 0",
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"orders\": {\"order\": [{\"oid\": 2, \"num\": 1}]}}"
            + "|$.orders.order[0].outer_sku_id: must be given",
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"orders\": [1]}|$.orders: must be an object but was an array",
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"new_presell\": \"maybe\"}"
            + "|$.new_presell: must be true or false (or 1 or 0) but was 'maybe'",
        "taobao|{\"items\": []}"
            + "|$: must be a Taobao trade: trade_fullinfo_get_response, trades_sold_get_response, trade or a trade object with tid",
        "taobao|{\"error_response\": {\"code\": 27, \"msg\": \"Invalid session\", \"sub_msg\": \"session expired\"}}"
            + "|$.error_response: is the platform's error response: 27 Invalid session (session expired)",
        "taobao|[1, 2]|$: must be an object but was an array",
        "taobao|{\"tid\": 1, \"tid\": 2}|$: is not JSON: Duplicate field 'tid' (line 1, column 17)",
        "pdd|{\"order_sn\": \"X\", \"created_time\": \"2026-11-20 10:00:00\", \"pay_amount\": -1}"
            + "|$.pay_amount: must not be negative but was -1",
        "douyin|{\"order_id\": \"X\", \"create_time\": \"yesterday\", \"sku_order_list\": []}"
            + "|$.create_time: must be a whole number but was 'yesterday'",
        "douyin|{\"code\": 30002, \"msg\": \"参数错误\", \"data\": null}|$: is the platform's error response: 30002 参数错误",
        "jd|{\"orderId\": \"X\", \"orderStartTime\": \"2026-11-20 10:00:00\", \"itemInfoList\": [{\"skuId\": \"S\", \"itemTotal\": \"1.5\"}]}"
            + "|$.itemInfoList[0].itemTotal: must be a whole number but was '1.5'",
        "shopify|{\"order\": {\"id\": 1, \"created_at\": \"2026-11-20T10:00:00-05:00\", \"line_items\": [{\"id\": 2, \"quantity\": 1}]}}"
            + "|$.order.line_items[0].sku: must be given",
        "woocommerce|{\"id\": 1, \"date_created\": \"2026-11-20T10:00:00\", \"line_items\": []}"
            + "|$.date_created_gmt: must be given: date_created has no offset and the shop's zone is unknown"})
    void should_name_the_path_of_what_is_wrong(String platform, String payload, String message) {
        assertThat(error(platform, payload)).isEqualTo(message);
    }

    @Test
    void should_read_the_other_orders_of_a_list_when_one_is_wrong() {
        String payload = """
                {"order_list_get_response": {"order_list": [
                  {"order_sn": "A", "created_time": "2026-11-20 10:00:00", "item_list": [{"sku_id": "S", "goods_count": 1}]},
                  {"order_sn": "B", "created_time": "2026-11-20 10:00:00", "item_list": [{"sku_id": "S", "goods_count": "x"}]}]}}
                """;

        List<AdaptedOrder> read = Marketplaces.adapter("pdd").read(payload);

        assertThat(read).hasSize(2);
        assertThat(read.get(0).order().orderId()).isEqualTo("A");
        assertThat(read.get(0).path()).isEqualTo("$.order_list_get_response.order_list[0]");
        assertThat(read.get(1).path()).isEqualTo("$.order_list_get_response.order_list[1]");
        assertThat(read.get(1).error()).hasMessage(
                "$.order_list_get_response.order_list[1].item_list[0].goods_count: must be a whole number but was 'x'");
    }

    @Test
    void should_report_the_placeholder_values_of_the_pdd_schema_capture_rather_than_read_them() {
        String schema = Fixtures.resource("shared/pdd_order_list_get_doc2026_schema.json");

        assertThat(error("pdd", schema)).isEqualTo(
                "$.order_list_get_response.order_list[0].pay_time: must be a time such as '2017-07-28 14:18:32'"
                + " but was '1'");
    }

    @Test
    void should_refuse_a_refund_list_which_is_not_an_order_payload() {
        String refunds = Fixtures.resource("shared/pdd_refund_list_increment_get_doc2018.json");

        assertThat(error("pdd", refunds)).isEqualTo("$: must be a Pinduoduo order: order_info_get_response,"
                + " order_list_get_response, order_info, order_list or an order object with order_sn");
    }

    @Test
    void should_refuse_a_douyin_fragment_which_is_not_a_whole_order() {
        String fragment = Fixtures.resource("shared/douyin_order_detail_doc2021_promotion_detail_fragment.json");

        assertThat(error("douyin", fragment)).isEqualTo("$: must be a Douyin order: data.shop_order_detail,"
                + " data.shop_order_list, shop_order_detail, shop_order_list or a shop order object with order_id and"
                + " sku_order_list");
    }
}
