package io.omsexception.adapters.internal;

import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Pinduoduo: the {@code pdd.order.information.get} response
 * ({@code {"order_info_get_response": {"order_info": {...}}}}), {@code {"order_info": {...}}} or the
 * bare order; list responses ({@code order_list_get_response.order_list[]}, or the bare
 * {@code {"order_list": [...]}}) are read as one payload per order. Times are Beijing time, amounts
 * yuan. The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class PddAdapter extends JsonAdapter {
    /** order_status: 1 待发货, 2 已发货待签收, 3 已签收; whether it says shipped and delivered. */
    static final Map<String, boolean[]> ORDER_STATUS = table(
            "1", new boolean[] {false, false},
            "2", new boolean[] {true, false},
            "3", new boolean[] {true, true});

    /** A refund's status and whether the goods come back; a null status: no refund to act on. */
    record RefundState(RefundStatus status, boolean returnRequired) {
    }

    private static final RefundState NONE = new RefundState(null, false);

    /** refund_status, the older summary: 1 无售后或售后关闭, 2 售后处理中, 3 退款中, 4 退款成功. */
    static final Map<String, RefundState> REFUND_STATUS = table(
            "1", NONE,
            "2", new RefundState(RefundStatus.OPEN, false),
            "3", new RefundState(RefundStatus.APPROVED, false),
            "4", new RefundState(RefundStatus.COMPLETED, false));

    /** after_sales_status, which wins over refund_status when given. */
    static final Map<String, RefundState> AFTER_SALES_STATUS = table(
            "0", NONE,                                              // 无售后
            "2", new RefundState(RefundStatus.OPEN, false),         // 买家申请退款，待商家处理
            "3", new RefundState(RefundStatus.OPEN, true),          // 退货退款，待商家处理
            "4", new RefundState(RefundStatus.APPROVED, false),     // 商家同意退款，退款中
            "5", new RefundState(RefundStatus.APPROVED, false),     // 平台同意退款，退款中
            "6", new RefundState(RefundStatus.REJECTED, false),     // 驳回退款，待买家处理
            "7", new RefundState(RefundStatus.APPROVED, true),      // 已同意退货退款，待用户发货
            "8", new RefundState(RefundStatus.OPEN, false),         // 平台处理中
            "9", new RefundState(RefundStatus.REJECTED, false),     // 平台拒绝退款，退款关闭
            "10", new RefundState(RefundStatus.COMPLETED, false),   // 退款成功
            "11", NONE,                                             // 买家撤销
            "12", new RefundState(RefundStatus.REJECTED, false),    // 买家逾期未处理，退款失败
            "13", new RefundState(RefundStatus.REJECTED, false),    // 买家逾期，超过有效期
            "14", NONE, "15", NONE, "16", NONE, "17", NONE, "18", NONE, // 换货补寄: no refund
            "21", NONE, "22", NONE, "24", NONE, "25", NONE,         // 维修: no refund
            "27", NONE,                                             // 待用户确认收货 (exchange)
            "31", new RefundState(RefundStatus.APPROVED, false),    // 已同意拒收退款，待用户拒收
            "32", NONE);                                            // 补寄待商家发货

    /** For the service loader. */
    public PddAdapter() {
        super("pdd");
    }

    @Override
    List<Node> orders(Node root) {
        if (root.has("error_response")) {
            Node e = root.object("error_response");
            throw e.error("is the platform's error response: " + e.id("error_code") + " " + e.id("error_msg"));
        }
        if (root.has("order_info_get_response")) {
            return List.of(required(root, "order_info", root.object("order_info_get_response").object("order_info")));
        }
        if (root.has("order_list_get_response")) {
            return root.object("order_list_get_response").array("order_list");
        }
        if (root.has("order_info")) {
            return List.of(root.object("order_info"));
        }
        if (root.has("order_list")) {
            return root.array("order_list");
        }
        if (root.has("order_sn")) {
            return List.of(root);
        }
        throw root.error("must be a Pinduoduo order: order_info_get_response, order_list_get_response, order_info,"
                + " order_list or an order object with order_sn");
    }

    @Override
    Order order(Node o) {
        String sn = required(o, "order_sn");
        boolean[] status = o.status("order_status", ORDER_STATUS);
        BigDecimal paid = o.amount("pay_amount");
        BigDecimal subsidy = o.amount("platform_discount");
        OffsetDateTime paidAt = TaobaoAdapter.firstNonNull(o.localTime("pay_time", BEIJING),
                o.localTime("confirm_time", BEIJING));
        Order.Builder b = Order.builder(sn, required(o, "created_time", o.localTime("created_time", BEIJING)))
                .channel("PDD")
                .currency("CNY")
                .totalAmount(paid == null ? null : subsidy == null ? paid : paid.add(subsidy))
                .payment(new Payment(PaymentStatus.PAID, o.id("pay_type"), paid, paidAt, null, subsidy))
                .promisedShipAt(o.localTime("last_ship_time", BEIJING));
        b.shippingAddress(new ShippingAddress(
                pick(o.text("receiver_name"), o.text("receiver_name_mask")),
                pick(o.text("receiver_phone"), o.text("receiver_phone_mask")),
                TaobaoAdapter.country(o.id("country")),
                o.text("province"), o.text("city"), o.text("town"),
                o.has("receiver_address") || o.has("receiver_address_mask")
                        ? pick(o.text("receiver_address"), o.text("receiver_address_mask"))
                        : pick(o.text("address"), o.text("address_mask")),
                null));
        Boolean presale = o.flag("is_pre_sale");
        for (Node item : o.array("item_list")) {
            String skuId = item.id("sku_id");
            String sku = firstGiven(item.id("outer_id"), firstGiven(skuId, item.id("goods_id")));
            b.addLine(new OrderLine(skuId, required(item, "outer_id", sku), item.text("goods_name"),
                    required(item, "goods_count", quantity(item, "goods_count")), item.amount("goods_price"), null,
                    presale));
        }
        RefundState refund = o.has("after_sales_status") ? o.status("after_sales_status", AFTER_SALES_STATUS)
                : o.status("refund_status", REFUND_STATUS);
        if (refund != null && refund.status() != null) {
            b.addRefund(new Refund(sn, refund.status(), null, null, null,
                    refund.returnRequired() ? Boolean.TRUE : null, null, null, List.of()));
        }
        OffsetDateTime shippedAt = o.localTime("shipping_time", BEIJING);
        boolean shipped = status != null && status[0];
        if (o.has("tracking_number") || shippedAt != null || shipped) {
            boolean delivered = status != null && status[1];
            ShipmentStatus tracking = delivered ? ShipmentStatus.DELIVERED : null;
            b.addShipment(shipped || shippedAt != null
                    ? shipped(o.id("logistics_id"), o.id("tracking_number"), tracking, shippedAt, List.of())
                    : new Shipment(o.id("logistics_id"), o.id("tracking_number"), null, null, null, null, null, null,
                            List.of()));
        }
        for (Node extra : o.array("extra_delivery_list")) {
            b.addShipment(new Shipment(extra.id("logistics_id"), extra.id("tracking_number"), null, null, null, null,
                    null, null, List.of()));
        }
        return b.build();
    }

    /** The plain value when it is not ciphertext, else the masked one, else the masked form. */
    private static String pick(String plain, String masked) {
        String p = receiver(plain);
        if (p != null && !ENCRYPTED.equals(p)) {
            return p;
        }
        return masked != null && !masked.isBlank() ? masked : p;
    }
}
