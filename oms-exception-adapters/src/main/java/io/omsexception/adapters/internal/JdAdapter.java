package io.omsexception.adapters.internal;

import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * JD (京东 POP): the {@code jingdong.pop.order.get} response
 * ({@code {"jingdong_pop_order_get_responce": {"orderDetailInfo": {"orderInfo": {...}}}}}, JD's
 * spelling; {@code _response} is read too), {@code {"orderDetailInfo": ...}}, {@code {"orderInfo": ...}}
 * or the bare order; {@code jingdong.pop.order.search}
 * ({@code ..._responce.searchorderinfo_result.orderInfoList[]}, or a bare {@code orderInfoList})
 * is read as one payload per order. Times are Beijing time; {@code 0001-01-01 00:00:00} means
 * "not yet". The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class JdAdapter extends JsonAdapter {
    /** What an orderState says: whether the goods have left and arrived, whether it was cancelled. */
    record State(boolean shipped, boolean delivered, boolean cancelled) {
    }

    static final Map<String, State> ORDER_STATE = table(
            "WAIT_SELLER_STOCK_OUT", new State(false, false, false),        // 等待出库
            "WAIT_SELLER_DELIVERY", new State(false, false, false),         // 等待发货
            "WAIT_SEND_CODE", new State(false, false, false),               // 等待发码
            "POP_ORDER_PAUSE", new State(false, false, false),              // 暂停
            "LOCKED", new State(false, false, false),                       // 已锁定
            "SEND_TO_DISTRIBUTION_CENER", new State(true, false, false),    // 发往配送中心 (JD's spelling)
            "DISTRIBUTION_CENTER_RECEIVED", new State(true, false, false),  // 配送中心已收货
            "WAIT_GOODS_RECEIVE_CONFIRM", new State(true, false, false),    // 等待确认收货
            "RECEIPTS_CONFIRM", new State(true, true, false),               // 收款确认 (货到付款)
            "FINISHED_L", new State(true, true, false),                     // 完成
            "TRADE_CANCELED", new State(false, false, true));               // 取消

    /** For the service loader. */
    public JdAdapter() {
        super("jd");
    }

    @Override
    List<Node> orders(Node root) {
        for (String wrapper : new String[] {"jingdong_pop_order_get_responce", "jingdong_pop_order_get_response"}) {
            if (root.has(wrapper)) {
                Node detail = required(root.object(wrapper), "orderDetailInfo",
                        root.object(wrapper).object("orderDetailInfo"));
                return List.of(required(detail, "orderInfo", detail.object("orderInfo")));
            }
        }
        for (String wrapper : new String[] {"jingdong_pop_order_search_responce", "jingdong_pop_order_search_response"}) {
            if (root.has(wrapper)) {
                Node result = root.object(wrapper).object("searchorderinfo_result");
                return result == null ? List.of() : result.array("orderInfoList");
            }
        }
        if (root.has("error_response")) {
            Node e = root.object("error_response");
            throw e.error("is the platform's error response: " + e.id("code") + " "
                    + firstGiven(e.id("zh_desc"), firstGiven(e.id("en_desc"), "")));
        }
        if (root.has("orderDetailInfo")) {
            Node detail = root.object("orderDetailInfo");
            return List.of(required(detail, "orderInfo", detail.object("orderInfo")));
        }
        if (root.has("orderInfo")) {
            return List.of(root.object("orderInfo"));
        }
        if (root.has("orderInfoList")) {
            return root.array("orderInfoList");
        }
        if (root.has("orderId")) {
            return List.of(root);
        }
        throw root.error("must be a JD order: jingdong_pop_order_get_responce, jingdong_pop_order_search_responce,"
                + " orderDetailInfo, orderInfo, orderInfoList or an order object with orderId");
    }

    @Override
    Order order(Node o) {
        String id = required(o, "orderId");
        State state = o.status("orderState", ORDER_STATE);
        OffsetDateTime paidAt = time(o, "paymentConfirmTime");
        String payType = o.id("payType");
        boolean cod = payType != null && payType.startsWith("1-");
        PaymentStatus payment;
        if (state != null && state.cancelled()) {
            payment = paidAt != null && !cod ? PaymentStatus.REFUNDED : PaymentStatus.UNPAID;
        } else {
            payment = paidAt != null || cod ? PaymentStatus.PAID : PaymentStatus.UNPAID;
        }
        var paid = o.amount("orderPayment");
        boolean hasMoney = !cod && (payment == PaymentStatus.PAID || payment == PaymentStatus.REFUNDED);
        Order.Builder b = Order.builder(id, required(o, "orderStartTime", time(o, "orderStartTime")))
                .channel("JD")
                .currency("CNY")
                .totalAmount(paid)
                .payment(new Payment(payment, cod ? "COD" : payType, hasMoney ? paid : null, paidAt, null, null));
        String buyer = firstGiven(o.id("open_id_buyer"), o.id("pin"));
        if (buyer != null) {
            b.customer(new Customer(buyer, null, null, null, null, null, null, null));
        }
        Node c = o.object("consigneeInfo");
        if (c != null) {
            b.shippingAddress(new ShippingAddress(receiver(c.text("fullname")),
                    receiver(firstGiven(c.text("mobile"), c.text("telephone"))), "CN",
                    c.text("province"), c.text("city"), c.text("county"), receiver(c.text("fullAddress")), null));
        }
        for (Node item : o.array("itemInfoList")) {
            String skuId = item.id("skuId");
            b.addLine(new OrderLine(skuId, required(item, "outerSkuId", firstGiven(item.id("outerSkuId"), skuId)),
                    item.text("skuName"), required(item, "itemTotal", quantity(item, "itemTotal")),
                    item.amount("jdPrice"), null, null));
        }
        OffsetDateTime outbound = time(o, "outBoundDate");
        boolean shipped = state != null && state.shipped();
        if (o.has("waybill") || outbound != null || shipped) {
            boolean delivered = state != null && state.delivered();
            ShipmentStatus tracking = delivered ? ShipmentStatus.DELIVERED : null;
            b.addShipment(shipped || outbound != null
                    ? shipped(o.id("logisticsId"), o.id("waybill"), tracking, outbound, List.of())
                    : new Shipment(o.id("logisticsId"), o.id("waybill"), null, null, null, null, null, null,
                            List.of()));
        }
        return b.build();
    }

    /** A Beijing time; JD writes {@code 0001-01-01 00:00:00} for "not yet", read as absent. */
    private static OffsetDateTime time(Node o, String field) {
        OffsetDateTime t = o.localTime(field, BEIJING);
        return t == null || t.getYear() < 1970 ? null : t;
    }
}
