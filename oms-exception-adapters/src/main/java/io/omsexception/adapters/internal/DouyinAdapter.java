package io.omsexception.adapters.internal;

import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Douyin (抖店): the {@code order.orderDetail} response ({@code {"data": {"shop_order_detail":
 * {...}}}}), {@code {"shop_order_detail": {...}}} or the bare shop order; {@code order.searchList}
 * ({@code data.shop_order_list[]}) is read as one payload per order. Times are seconds since 1970
 * (shown in Beijing time), amounts fen. The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class DouyinAdapter extends JsonAdapter {
    /** What an order_status says: the payment, and whether the goods have shipped or arrived. */
    record State(PaymentStatus payment, boolean shipped, boolean delivered, boolean cancelled) {
    }

    static final Map<String, State> ORDER_STATUS = table(
            "1", new State(PaymentStatus.UNPAID, false, false, false),  // 待确认/待支付
            "105", new State(PaymentStatus.PAID, false, false, false),  // 已支付
            "2", new State(PaymentStatus.PAID, false, false, false),    // 备货中
            "101", new State(PaymentStatus.PAID, false, false, false),  // 部分发货
            "3", new State(PaymentStatus.PAID, true, false, false),     // 已发货
            "4", new State(PaymentStatus.UNPAID, false, false, true),   // 已取消
            "5", new State(PaymentStatus.PAID, true, true, false));     // 已完成

    /** A refund's status and whether the goods come back; a null status: no refund to act on. */
    record RefundState(RefundStatus status, boolean returnRequired) {
    }

    private static final RefundState NONE = new RefundState(null, false);

    static final Map<String, RefundState> AFTER_SALE_STATUS = table(
            "0", NONE,                                              // 无售后
            "6", new RefundState(RefundStatus.OPEN, false),         // 待商家同意
            "7", new RefundState(RefundStatus.APPROVED, true),      // 待买家退货
            "11", new RefundState(RefundStatus.OPEN, true),         // 待商家二次同意
            "12", new RefundState(RefundStatus.COMPLETED, false),   // 售后成功
            "13", NONE,                                             // 换货待买家收货
            "14", NONE,                                             // 换货成功
            "27", new RefundState(RefundStatus.REJECTED, false),    // 商家一次拒绝
            "28", new RefundState(RefundStatus.REJECTED, false),    // 售后失败
            "29", new RefundState(RefundStatus.REJECTED, false));   // 商家二次拒绝

    /** For the service loader. */
    public DouyinAdapter() {
        super("douyin");
    }

    @Override
    List<Node> orders(Node root) {
        Node data = root.has("data") ? root.object("data") : null;
        if (data == null && root.has("code") && !"10000".equals(root.id("code"))) {
            throw root.error("is the platform's error response: " + root.id("code") + " "
                    + firstGiven(root.id("msg"), "") + (root.has("sub_msg") ? " (" + root.id("sub_msg") + ")" : ""));
        }
        Node body = data != null ? data : root;
        if (body.has("shop_order_detail")) {
            return List.of(body.object("shop_order_detail"));
        }
        if (body.has("shop_order_list")) {
            return body.array("shop_order_list");
        }
        if (body.has("order_id") && body.has("sku_order_list")) {
            return List.of(body);
        }
        throw root.error("must be a Douyin order: data.shop_order_detail, data.shop_order_list, shop_order_detail,"
                + " shop_order_list or a shop order object with order_id and sku_order_list");
    }

    @Override
    Order order(Node o) {
        String id = required(o, "order_id");
        State state = o.status("order_status", ORDER_STATUS);
        OffsetDateTime paidAt = o.epochSeconds("pay_time", BEIJING);
        BigDecimal paid = o.cents("pay_amount");
        BigDecimal subsidy = o.cents("promotion_platform_amount");
        PaymentStatus payment = state == null ? null : state.payment();
        if (state != null && state.cancelled() && paidAt != null) {
            payment = PaymentStatus.REFUNDED; // cancelled after payment: the money went back
        }
        boolean cod = "0".equals(o.id("pay_type"));
        if (cod && payment == PaymentStatus.UNPAID && !(state != null && state.cancelled())) {
            payment = PaymentStatus.PAID; // cash on delivery: confirmed, paid at the door (see docs)
        }
        boolean hasMoney = payment == PaymentStatus.PAID || payment == PaymentStatus.REFUNDED;
        Order.Builder b = Order.builder(id, required(o, "create_time", o.epochSeconds("create_time", BEIJING)))
                .channel("DOUYIN")
                .currency("CNY")
                .totalAmount(paid == null ? null : subsidy == null ? paid : paid.add(subsidy))
                .payment(new Payment(payment, cod ? "COD" : o.id("pay_type"), hasMoney && !cod ? paid : null,
                        paidAt, null, subsidy))
                .promisedShipAt(o.epochSeconds("exp_ship_time", BEIJING));
        String buyer = o.id("doudian_open_id");
        if (buyer != null) {
            b.customer(new Customer(buyer, null, null, null, null, null, null, null));
        }
        Node plainAddr = o.object("post_addr");
        Node maskAddr = o.object("mask_post_addr");
        Node addr = plainAddr != null ? plainAddr : maskAddr;
        b.shippingAddress(new ShippingAddress(
                pick(o.text("post_receiver"), o.text("mask_post_receiver")),
                pick(o.text("post_tel"), o.text("mask_post_tel")),
                "CN",
                name(addr, "province"), name(addr, "city"), name(addr, "town"),
                pick(plainAddr == null ? null : plainAddr.text("detail"),
                        maskAddr == null ? null : maskAddr.text("detail")), null));
        List<String> lineIds = new ArrayList<>();
        for (Node s : o.array("sku_order_list")) {
            String lineId = required(s, "order_id");
            lineIds.add(lineId);
            String sku = firstGiven(s.id("out_sku_id"), firstGiven(s.id("sku_id"), s.id("product_id")));
            Long presale = s.whole("pre_sale_type");
            b.addLine(new OrderLine(lineId, required(s, "out_sku_id", sku), s.text("product_name"),
                    required(s, "item_num", quantity(s, "item_num")), s.cents("origin_amount"), null,
                    presale == null ? null : presale != 0));
            Node after = s.object("after_sale_info");
            RefundState r = after == null ? null : after.status("after_sale_status", AFTER_SALE_STATUS);
            if (r != null && r.status() != null) {
                b.addRefund(new Refund(lineId, r.status(), null, null, null,
                        r.returnRequired() ? Boolean.TRUE : null, null, null, List.of(lineId)));
            }
        }
        boolean delivered = state != null && state.delivered();
        List<Node> parcels = o.array("logistics_info");
        for (Node p : parcels) {
            List<String> carried = new ArrayList<>();
            for (Node item : p.array("product_info")) {
                String line = item.id("sku_order_id");
                if (line != null && lineIds.contains(line) && !carried.contains(line)) {
                    carried.add(line);
                }
            }
            b.addShipment(shipped(firstGiven(p.id("company"), p.id("company_name")), p.id("tracking_no"),
                    delivered ? ShipmentStatus.DELIVERED : null, p.epochSeconds("ship_time", BEIJING),
                    carried.size() == lineIds.size() ? List.of() : carried));
        }
        if (parcels.isEmpty() && state != null && state.shipped()) {
            b.addShipment(shipped(null, null, delivered ? ShipmentStatus.DELIVERED : null,
                    o.epochSeconds("ship_time", BEIJING), List.of()));
        }
        return b.build();
    }

    private static String name(Node addr, String part) {
        if (addr == null) {
            return null;
        }
        Node p = addr.object(part);
        return p == null ? null : p.text("name");
    }

    /** The plain value when it is given and not ciphertext, else the masked one. */
    private static String pick(String plain, String masked) {
        String p = receiver(plain);
        if (p != null && !p.isBlank() && !ENCRYPTED.equals(p)) {
            return p;
        }
        return masked != null && !masked.isBlank() ? masked : p;
    }
}
