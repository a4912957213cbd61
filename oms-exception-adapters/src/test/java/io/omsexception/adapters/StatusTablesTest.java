package io.omsexception.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Order;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented status value of every platform, mapped as the tables of docs/adapters.md say. */
class StatusTablesTest {

    static Order one(String platform, String payload) {
        List<AdaptedOrder> read = Marketplaces.adapter(platform).read(payload);
        assertThat(read).singleElement().satisfies(o -> assertThat(o.error()).isNull());
        return read.get(0).order();
    }

    static String shipped(Order o) {
        if (o.parcels().isEmpty()) {
            return "none";
        }
        ShipmentStatus s = o.parcels().get(0).status();
        return o.isShipped() ? (s == null ? "shipped" : s.name()) : "not shipped";
    }

    static String refund(Order o) {
        if (o.refunds().isEmpty()) {
            return "none";
        }
        Refund r = o.refunds().get(0);
        return r.status() + (Boolean.TRUE.equals(r.returnRequired()) ? " with return" : "");
    }

    @ParameterizedTest(name = "taobao {0}")
    @CsvSource({
        "TRADE_NO_CREATE_PAY, UNPAID, none",
        "WAIT_BUYER_PAY, UNPAID, none",
        "PAY_PENDING, UNPAID, none",
        "WAIT_PRE_AUTH_CONFIRM, UNPAID, none",
        "PAID_FORBID_CONSIGN, PAID, none",
        "WAIT_SELLER_SEND_GOODS, PAID, none",
        "SELLER_CONSIGNED_PART, PAID, none",
        "WAIT_BUYER_CONFIRM_GOODS, PAID, shipped",
        "TRADE_BUYER_SIGNED, PAID, DELIVERED",
        "TRADE_FINISHED, PAID, DELIVERED",
        "TRADE_CLOSED, REFUNDED, none",
        "TRADE_CLOSED_BY_TAOBAO, UNPAID, none"})
    void should_map_every_taobao_trade_status(String status, PaymentStatus payment, String parcel) {
        Order o = one("taobao", """
                {"trade": {"tid": 1, "created": "2026-11-20 10:00:00", "pay_time": "2026-11-20 10:01:00",
                 "consign_time": "2026-11-21 10:00:00", "payment": "10.00", "status": "%s",
                 "orders": {"order": [{"oid": 2, "outer_sku_id": "A", "num": 1, "status": "%s"}]}}}
                """.formatted(status, status));

        assertThat(o.payment().status()).isEqualTo(payment);
        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "taobao refund {0}")
    @CsvSource({
        "NO_REFUND, none",
        "WAIT_SELLER_AGREE, OPEN",
        "WAIT_BUYER_RETURN_GOODS, APPROVED with return",
        "WAIT_SELLER_CONFIRM_GOODS, APPROVED with return",
        "SELLER_REFUSE_BUYER, REJECTED",
        "CLOSED, REJECTED",
        "SUCCESS, COMPLETED"})
    void should_map_every_taobao_refund_status_to_a_refund_of_its_line(String status, String refund) {
        Order o = one("taobao", """
                {"tid": 1, "created": "2026-11-20 10:00:00", "status": "WAIT_SELLER_SEND_GOODS",
                 "orders": {"order": [{"oid": 2, "outer_sku_id": "A", "num": 1, "refund_status": "%s"}]}}
                """.formatted(status));

        assertThat(refund(o)).isEqualTo(refund);
        o.refunds().forEach(r -> assertThat(r.lineIds()).containsExactly("2"));
    }

    @ParameterizedTest(name = "pdd order_status {0}")
    @CsvSource({"1, none", "2, SHIPPED", "3, DELIVERED"})
    void should_map_every_pdd_order_status(String status, String parcel) {
        Order o = one("pdd", """
                {"order_sn": "X", "created_time": "2026-11-20 10:00:00", "order_status": %s, "pay_amount": 1,
                 "item_list": [{"sku_id": "S", "goods_count": 1}]}
                """.formatted(status));

        assertThat(o.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "pdd after_sales_status {0}")
    @CsvSource({
        "0, none", "2, OPEN", "3, OPEN with return", "4, APPROVED", "5, APPROVED", "6, REJECTED",
        "7, APPROVED with return", "8, OPEN", "9, REJECTED", "10, COMPLETED", "11, none", "12, REJECTED",
        "13, REJECTED", "14, none", "15, none", "16, none", "17, none", "18, none", "21, none", "22, none",
        "24, none", "25, none", "27, none", "31, APPROVED", "32, none"})
    void should_map_every_pdd_after_sales_status(String status, String refund) {
        Order o = one("pdd", """
                {"order_sn": "X", "created_time": "2026-11-20 10:00:00", "order_status": 1, "refund_status": 1,
                 "after_sales_status": %s, "item_list": [{"sku_id": "S", "goods_count": 1}]}
                """.formatted(status));

        assertThat(refund(o)).isEqualTo(refund);
    }

    @ParameterizedTest(name = "pdd refund_status {0}")
    @CsvSource({"1, none", "2, OPEN", "3, APPROVED", "4, COMPLETED"})
    void should_map_every_pdd_refund_status_when_there_is_no_after_sales_status(String status, String refund) {
        Order o = one("pdd", """
                {"order_sn": "X", "created_time": "2026-11-20 10:00:00", "order_status": 1, "refund_status": %s,
                 "item_list": [{"sku_id": "S", "goods_count": 1}]}
                """.formatted(status));

        assertThat(refund(o)).isEqualTo(refund);
    }

    @ParameterizedTest(name = "douyin order_status {0}")
    @CsvSource({
        "1, 0, UNPAID, none", "105, 1763600060, PAID, none", "2, 1763600060, PAID, none",
        "101, 1763600060, PAID, none", "3, 1763600060, PAID, SHIPPED", "4, 0, UNPAID, none",
        "4, 1763600060, REFUNDED, none", "5, 1763600060, PAID, DELIVERED"})
    void should_map_every_douyin_order_status(String status, long payTime, PaymentStatus payment, String parcel) {
        Order o = one("douyin", """
                {"order_id": "X", "create_time": 1763600000, "pay_time": %d, "pay_type": 1, "order_status": %s,
                 "sku_order_list": [{"order_id": "L", "out_sku_id": "S", "item_num": 1}]}
                """.formatted(payTime, status));

        assertThat(o.payment().status()).isEqualTo(payment);
        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "douyin after_sale_status {0}")
    @CsvSource({
        "0, none", "6, OPEN", "7, APPROVED with return", "11, OPEN with return", "12, COMPLETED", "13, none",
        "14, none", "27, REJECTED", "28, REJECTED", "29, REJECTED"})
    void should_map_every_douyin_after_sale_status_to_a_refund_of_its_line(String status, String refund) {
        Order o = one("douyin", """
                {"order_id": "X", "create_time": 1763600000, "order_status": 2,
                 "sku_order_list": [{"order_id": "L", "out_sku_id": "S", "item_num": 1,
                                     "after_sale_info": {"after_sale_status": %s}}]}
                """.formatted(status));

        assertThat(refund(o)).isEqualTo(refund);
        o.refunds().forEach(r -> assertThat(r.lineIds()).containsExactly("L"));
    }

    @ParameterizedTest(name = "jd orderState {0}")
    @CsvSource({
        "WAIT_SELLER_STOCK_OUT, PAID, none", "WAIT_SELLER_DELIVERY, PAID, none", "WAIT_SEND_CODE, PAID, none",
        "POP_ORDER_PAUSE, PAID, none", "LOCKED, PAID, none", "SEND_TO_DISTRIBUTION_CENER, PAID, SHIPPED",
        "DISTRIBUTION_CENTER_RECEIVED, PAID, SHIPPED", "WAIT_GOODS_RECEIVE_CONFIRM, PAID, SHIPPED",
        "RECEIPTS_CONFIRM, PAID, DELIVERED", "FINISHED_L, PAID, DELIVERED", "TRADE_CANCELED, REFUNDED, none"})
    void should_map_every_jd_order_state(String state, PaymentStatus payment, String parcel) {
        Order o = one("jd", """
                {"orderId": "X", "orderStartTime": "2026-11-20 10:00:00", "paymentConfirmTime": "2026-11-20 10:00:09",
                 "payType": "4-在线支付", "orderState": "%s", "outBoundDate": "0001-01-01 00:00:00",
                 "itemInfoList": [{"skuId": "S", "itemTotal": "1"}]}
                """.formatted(state));

        assertThat(o.payment().status()).isEqualTo(payment);
        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "shopify financial_status {0}")
    @CsvSource({
        "pending, UNPAID", "authorized, PAID", "partially_paid, UNPAID", "paid, PAID", "partially_refunded, PAID",
        "refunded, REFUNDED", "voided, FAILED", "expired, FAILED"})
    void should_map_every_shopify_financial_status(String status, PaymentStatus payment) {
        Order o = one("shopify", """
                {"order": {"id": 1, "created_at": "2026-11-20T10:00:00-05:00", "financial_status": "%s",
                 "line_items": [{"id": 2, "sku": "S", "quantity": 1}]}}
                """.formatted(status));

        assertThat(o.payment().status()).isEqualTo(payment);
    }

    @ParameterizedTest(name = "shopify fulfillment {0} {1}")
    @CsvSource({
        "pending, '', not shipped", "open, '', not shipped", "cancelled, '', none", "error, '', none",
        "failure, '', none", "success, '', shipped", "success, label_printed, shipped",
        "success, label_purchased, shipped", "success, confirmed, shipped", "success, in_transit, IN_TRANSIT",
        "success, out_for_delivery, OUT_FOR_DELIVERY", "success, ready_for_pickup, OUT_FOR_DELIVERY",
        "success, attempted_delivery, DELIVERY_FAILED", "success, delivered, DELIVERED",
        "success, failure, DELIVERY_FAILED"})
    void should_map_every_shopify_fulfillment_and_shipment_status(String status, String shipment, String parcel) {
        Order o = one("shopify", """
                {"id": 1, "created_at": "2026-11-20T10:00:00-05:00", "financial_status": "paid",
                 "line_items": [{"id": 2, "sku": "S", "quantity": 1}],
                 "fulfillments": [{"status": "%s", "shipment_status": "%s", "created_at": "2026-11-21T10:00:00-05:00",
                                   "line_items": [{"id": 2}]}]}
                """.formatted(status, shipment));

        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "woocommerce {0}")
    @CsvSource({
        "pending, UNPAID, none", "processing, PAID, none", "on-hold, UNPAID, none", "completed, PAID, shipped",
        "cancelled, UNPAID, none", "refunded, REFUNDED, none", "failed, FAILED, none", "trash, UNPAID, none",
        "checkout-draft, UNPAID, none"})
    void should_map_every_woocommerce_status(String status, PaymentStatus payment, String parcel) {
        Order o = one("woocommerce", """
                {"id": 1, "status": "%s", "date_created": "2026-11-20T10:00:00", "date_created_gmt": "2026-11-20T09:00:00",
                 "date_completed_gmt": "2026-11-21T09:00:00", "line_items": [{"id": 2, "sku": "S", "quantity": 1}]}
                """.formatted(status));

        assertThat(o.payment().status()).isEqualTo(payment);
        assertThat(shipped(o)).isEqualTo(parcel);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "taobao|{\"tid\": 1, \"created\": \"2026-11-20 10:00:00\", \"status\": \"WAIT_SELLER_SHIP\"}"
            + "|$.status: must be one of TRADE_NO_CREATE_PAY, WAIT_BUYER_PAY, PAY_PENDING, WAIT_PRE_AUTH_CONFIRM,"
            + " PAID_FORBID_CONSIGN, WAIT_SELLER_SEND_GOODS, SELLER_CONSIGNED_PART, WAIT_BUYER_CONFIRM_GOODS,"
            + " TRADE_BUYER_SIGNED, TRADE_FINISHED, TRADE_CLOSED, TRADE_CLOSED_BY_TAOBAO but was 'WAIT_SELLER_SHIP'",
        "pdd|{\"order_sn\": \"X\", \"created_time\": \"2026-11-20 10:00:00\", \"order_status\": 4}"
            + "|$.order_status: must be one of 1, 2, 3 but was '4'",
        "douyin|{\"order_id\": \"X\", \"create_time\": 1763600000, \"order_status\": 99, \"sku_order_list\": []}"
            + "|$.order_status: must be one of 1, 105, 2, 101, 3, 4, 5 but was '99'",
        "jd|{\"orderId\": \"X\", \"orderStartTime\": \"2026-11-20 10:00:00\", \"orderState\": \"NEW\"}"
            + "|$.orderState: must be one of WAIT_SELLER_STOCK_OUT, WAIT_SELLER_DELIVERY, WAIT_SEND_CODE,"
            + " POP_ORDER_PAUSE, LOCKED, SEND_TO_DISTRIBUTION_CENER, DISTRIBUTION_CENTER_RECEIVED,"
            + " WAIT_GOODS_RECEIVE_CONFIRM, RECEIPTS_CONFIRM, FINISHED_L, TRADE_CANCELED but was 'NEW'",
        "shopify|{\"id\": 1, \"created_at\": \"2026-11-20T10:00:00Z\", \"financial_status\": \"settled\", \"line_items\": []}"
            + "|$.financial_status: must be one of pending, authorized, partially_paid, paid, partially_refunded,"
            + " refunded, voided, expired but was 'settled'",
        "woocommerce|{\"id\": 1, \"status\": \"shipped\", \"date_created_gmt\": \"2026-11-20T09:00:00\", \"line_items\": []}"
            + "|$.status: must be one of pending, processing, on-hold, completed, cancelled, refunded, failed, trash,"
            + " checkout-draft but was 'shipped'"})
    void should_report_an_unknown_status_naming_its_path_and_the_known_values(String platform, String payload,
            String message) {
        List<AdaptedOrder> read = Marketplaces.adapter(platform).read(payload);

        assertThat(read).singleElement().satisfies(o -> {
            assertThat(o.order()).isNull();
            assertThat(o.error()).hasMessage(message);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SF1|SF1|two parcels",
        "SF1|''|one parcel and one without tracking"})
    void should_give_each_taobao_parcel_the_lines_it_carries(String first, String second, String what) {
        Order o = one("taobao", """
                {"tid": 1, "created": "2026-11-20 10:00:00", "status": "WAIT_BUYER_CONFIRM_GOODS",
                 "consign_time": "2026-11-21 10:00:00", "orders": {"order": [
                  {"oid": 2, "outer_sku_id": "A", "num": 1, "status": "WAIT_BUYER_CONFIRM_GOODS", "invoice_no": "SF0",
                   "logistics_company": "顺丰速运"},
                  {"oid": 3, "outer_sku_id": "B", "num": 1, "status": "WAIT_BUYER_CONFIRM_GOODS", "invoice_no": "%s"},
                  {"oid": 4, "outer_sku_id": "C", "num": 1, "status": "WAIT_BUYER_CONFIRM_GOODS", "invoice_no": "%s"}]}}
                """.formatted(first, second));

        List<List<String>> carried = o.shipments().stream().map(Shipment::lineIds).toList();
        if (second.isEmpty()) {
            assertThat(carried).containsExactly(List.of("2"), List.of("3"), List.of("4"));
            assertThat(o.shipments().get(2).trackingNumber()).isNull();
        } else {
            assertThat(carried).containsExactly(List.of("2"), List.of("3", "4"));
        }
        assertThat(o.refunds()).isEmpty();
    }
}
