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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Taobao and Tmall: the TOP {@code taobao.trade.fullinfo.get} response
 * ({@code {"trade_fullinfo_get_response": {"trade": {...}}}}), {@code {"trade": {...}}} or the bare
 * trade; {@code taobao.trades.sold.get} ({@code trades_sold_get_response.trades.trade[]}) is read
 * as one payload per trade. Times are Beijing time. The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class TaobaoAdapter extends JsonAdapter {
    /** What a trade's (or a line's) status says of its payment and its goods. */
    record State(PaymentStatus payment, boolean shipped, boolean delivered) {
    }

    static final Map<String, State> STATUS = table(
            "TRADE_NO_CREATE_PAY", new State(PaymentStatus.UNPAID, false, false),
            "WAIT_BUYER_PAY", new State(PaymentStatus.UNPAID, false, false),
            "PAY_PENDING", new State(PaymentStatus.UNPAID, false, false),
            "WAIT_PRE_AUTH_CONFIRM", new State(PaymentStatus.UNPAID, false, false),
            "PAID_FORBID_CONSIGN", new State(PaymentStatus.PAID, false, false),
            "WAIT_SELLER_SEND_GOODS", new State(PaymentStatus.PAID, false, false),
            "SELLER_CONSIGNED_PART", new State(PaymentStatus.PAID, false, false),
            "WAIT_BUYER_CONFIRM_GOODS", new State(PaymentStatus.PAID, true, false),
            "TRADE_BUYER_SIGNED", new State(PaymentStatus.PAID, true, true),
            "TRADE_FINISHED", new State(PaymentStatus.PAID, true, true),
            "TRADE_CLOSED", new State(PaymentStatus.REFUNDED, false, false),
            "TRADE_CLOSED_BY_TAOBAO", new State(PaymentStatus.UNPAID, false, false));

    /** A line's refund_status: the refund's status and whether the goods must come back. */
    record RefundState(RefundStatus status, boolean returnRequired) {
    }

    /** NO_REFUND has no refund: it is the one value without an entry here. */
    static final Map<String, RefundState> REFUND_STATUS = table(
            "NO_REFUND", new RefundState(null, false),
            "WAIT_SELLER_AGREE", new RefundState(RefundStatus.OPEN, false),
            "WAIT_BUYER_RETURN_GOODS", new RefundState(RefundStatus.APPROVED, true),
            "WAIT_SELLER_CONFIRM_GOODS", new RefundState(RefundStatus.APPROVED, true),
            "SELLER_REFUSE_BUYER", new RefundState(RefundStatus.REJECTED, false),
            "CLOSED", new RefundState(RefundStatus.REJECTED, false),
            "SUCCESS", new RefundState(RefundStatus.COMPLETED, false));

    private static final Pattern CONSIGN_DATE = Pattern.compile("(?:^|;)consignDate=(\\d{1,4})(?:;|$)");

    /** For the service loader. */
    public TaobaoAdapter() {
        super("taobao");
    }

    @Override
    List<Node> orders(Node root) {
        if (root.has("error_response")) {
            Node e = root.object("error_response");
            throw e.error("is the platform's error response: " + e.id("code") + " " + e.id("msg")
                    + (e.has("sub_msg") ? " (" + e.id("sub_msg") + ")" : ""));
        }
        if (root.has("trade_fullinfo_get_response")) {
            return List.of(required(root, "trade", root.object("trade_fullinfo_get_response").object("trade")));
        }
        if (root.has("trades_sold_get_response")) {
            Node trades = root.object("trades_sold_get_response").object("trades");
            return trades == null ? List.of() : trades.array("trade");
        }
        if (root.has("trade")) {
            return List.of(root.object("trade"));
        }
        if (root.has("tid") || root.has("tid_str")) {
            return List.of(root);
        }
        throw root.error("must be a Taobao trade: trade_fullinfo_get_response, trades_sold_get_response, trade"
                + " or a trade object with tid");
    }

    @Override
    Order order(Node t) {
        String tid = firstGiven(t.id("tid_str"), required(t, "tid"));
        State state = t.status("status", STATUS);
        OffsetDateTime paidAt = t.localTime("pay_time", BEIJING);
        BigDecimal payment = t.amount("payment");
        BigDecimal subsidy = t.amount("platform_subsidy_fee");
        boolean paid = state != null && state.payment() != PaymentStatus.UNPAID;

        Order.Builder b = Order.builder(tid, required(t, "created", t.localTime("created", BEIJING)))
                .channel("TAOBAO")
                .currency("CNY")
                .totalAmount(payment == null ? null : subsidy == null ? payment : payment.add(subsidy))
                .payment(new Payment(state == null ? null : state.payment(), "ALIPAY", paid ? payment : null,
                        paidAt, null, subsidy))
                .promisedShipAt(shipBy(t, paidAt));
        String buyer = firstGiven(t.id("buyer_open_uid"), t.id("buyer_nick"));
        if (buyer != null) {
            b.customer(new Customer(buyer, null, null, null, null, null, null, null));
        }
        b.shippingAddress(new ShippingAddress(
                receiver(t.text("receiver_name")),
                receiver(firstGiven(t.text("receiver_mobile"), t.text("receiver_phone"))),
                country(t.id("receiver_country")),
                t.text("receiver_state"), t.text("receiver_city"), t.text("receiver_district"),
                receiver(t.text("receiver_address")), t.text("receiver_zip")));

        Boolean presale = t.flag("new_presell");
        Node ordersNode = t.object("orders");
        List<Node> lines = ordersNode == null ? List.of() : ordersNode.array("order");
        Map<String, List<String>> parcels = new LinkedHashMap<>();
        Map<String, Node> parcelLine = new LinkedHashMap<>();
        List<String> shippedWithoutTracking = new ArrayList<>();
        boolean allDelivered = !lines.isEmpty();
        for (Node l : lines) {
            String oid = required(l, "oid");
            State ls = l.status("status", STATUS);
            b.addLine(new OrderLine(oid, sku(l), l.text("title"), required(l, "num", quantity(l, "num")),
                    l.amount("price"), null, presale));
            RefundState rs = l.status("refund_status", REFUND_STATUS);
            if (rs != null && rs.status() != null) {
                b.addRefund(new Refund(firstGiven(l.id("refund_id"), oid), rs.status(), null, null, null,
                        rs.returnRequired() ? Boolean.TRUE : null, null, null, List.of(oid)));
            }
            boolean lineShipped = l.has("invoice_no") || l.has("consign_time") || (ls != null && ls.shipped());
            allDelivered &= ls != null && ls.delivered();
            if (l.has("invoice_no")) {
                String key = firstGiven(l.id("logistics_company"), "") + "\u0000" + l.id("invoice_no");
                parcels.computeIfAbsent(key, k -> new ArrayList<>()).add(oid);
                parcelLine.putIfAbsent(key, l);
            } else if (lineShipped) {
                shippedWithoutTracking.add(oid);
            }
        }
        for (Map.Entry<String, List<String>> p : parcels.entrySet()) {
            Node l = parcelLine.get(p.getKey());
            b.addShipment(shipped(l.id("logistics_company"), l.id("invoice_no"),
                    allDelivered ? ShipmentStatus.DELIVERED : null,
                    firstNonNull(l.localTime("consign_time", BEIJING), t.localTime("consign_time", BEIJING)),
                    p.getValue()));
        }
        boolean tradeShipped = state != null && state.shipped();
        if (!shippedWithoutTracking.isEmpty() || (tradeShipped && parcels.isEmpty())) {
            List<String> ids = parcels.isEmpty() && (shippedWithoutTracking.isEmpty()
                    || shippedWithoutTracking.size() == lines.size()) ? List.of() : shippedWithoutTracking;
            b.addShipment(shipped(null, null,
                    (state != null && state.delivered()) || allDelivered ? ShipmentStatus.DELIVERED : null,
                    t.localTime("consign_time", BEIJING), ids));
        }
        return b.build();
    }

    /**
     * The ship-by deadline: {@code consign_interval} hours after payment, or the
     * {@code consignDate=N} of a {@code TB_CONSIGN_DATE} service tag.
     */
    private static OffsetDateTime shipBy(Node t, OffsetDateTime paidAt) {
        if (paidAt == null) {
            return null;
        }
        Long hours = t.whole("consign_interval");
        if (hours == null) {
            hours = consignDateTag(t);
        }
        if (hours == null || hours <= 0) {
            return null;
        }
        if (hours > 24L * 366) {
            throw t.error("consign_interval", "must be a number of hours of at most a year but was " + hours);
        }
        return paidAt.plusHours(hours);
    }

    private static Long consignDateTag(Node t) {
        Node tags = t.object("service_tags");
        if (tags == null) {
            return null;
        }
        for (Node lt : tags.array("logistics_tag")) {
            Node list = lt.object("logistic_service_tag_list");
            for (Node tag : list == null ? List.<Node>of() : list.array("logistic_service_tag")) {
                String tagText = tag.id("service_tag");
                if ("TB_CONSIGN_DATE".equals(tag.id("service_type")) && tagText != null) {
                    Matcher m = CONSIGN_DATE.matcher(tagText);
                    if (m.find()) {
                        return Long.parseLong(m.group(1));
                    }
                }
            }
        }
        return null;
    }

    private static String sku(Node l) {
        String sku = firstGiven(l.id("outer_sku_id"), firstGiven(l.id("outer_iid"),
                firstGiven(l.id("sku_id"), l.id("num_iid"))));
        return required(l, "outer_sku_id", sku);
    }

    static String country(String given) {
        if (given == null) {
            return null;
        }
        return given.equals("中国") || given.equalsIgnoreCase("CHN") ? "CN" : given;
    }

    static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
