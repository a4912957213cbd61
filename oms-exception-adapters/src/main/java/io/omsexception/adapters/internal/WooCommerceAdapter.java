package io.omsexception.adapters.internal;

import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * WooCommerce: the REST API v3 order ({@code GET /wp-json/wc/v3/orders/{id}}, the bare order) or
 * {@code {"order": {...}}}; a JSON array of orders (the list endpoint) is read by
 * {@link io.omsexception.adapters.Marketplaces} as one payload per order. The {@code *_gmt} times
 * win over the shop's local ones, which carry no offset. The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class WooCommerceAdapter extends JsonAdapter {
    /** What a status says of the payment, and whether the order was fulfilled. */
    record State(PaymentStatus payment, boolean completed) {
    }

    static final Map<String, State> STATUS = table(
            "pending", new State(PaymentStatus.UNPAID, false),
            "processing", new State(PaymentStatus.PAID, false),
            "on-hold", new State(PaymentStatus.UNPAID, false),
            "completed", new State(PaymentStatus.PAID, true),
            "cancelled", new State(PaymentStatus.UNPAID, false),
            "refunded", new State(PaymentStatus.REFUNDED, false),
            "failed", new State(PaymentStatus.FAILED, false),
            "trash", new State(PaymentStatus.UNPAID, false),
            "checkout-draft", new State(PaymentStatus.UNPAID, false));

    /** For the service loader. */
    public WooCommerceAdapter() {
        super("woocommerce");
    }

    @Override
    List<Node> orders(Node root) {
        if (root.has("order")) {
            return List.of(root.object("order"));
        }
        if (root.has("id") && root.has("line_items")) {
            return List.of(root);
        }
        if (root.has("code") && root.has("message")) {
            throw root.error("is the platform's error response: " + root.id("code") + " " + root.id("message"));
        }
        throw root.error("must be a WooCommerce order: order or an order object with id and line_items");
    }

    @Override
    Order order(Node o) {
        State state = o.status("status", STATUS);
        BigDecimal total = o.amount("total");
        PaymentStatus payment = state == null ? null : state.payment();
        boolean hasMoney = payment == PaymentStatus.PAID || payment == PaymentStatus.REFUNDED;
        Order.Builder b = Order.builder(required(o, "id"), required(o, "date_created_gmt", gmt(o, "date_created")))
                .channel("WOOCOMMERCE")
                .currency(o.id("currency"))
                .totalAmount(total)
                .payment(new Payment(payment, o.id("payment_method"), hasMoney ? total : null,
                        gmt(o, "date_paid"), null, null));
        Long customer = o.whole("customer_id");
        if (customer != null && customer > 0) {
            b.customer(new Customer(String.valueOf(customer), null, null, null, null, null, null, null));
        }
        Node billing = o.object("billing");
        Node shipping = o.object("shipping");
        Node to = shipping != null && !blank(shipping) ? shipping : billing;
        if (to != null) {
            String phone = firstGiven(shipping == null ? null : shipping.text("phone"),
                    billing == null ? null : billing.text("phone"));
            b.shippingAddress(new ShippingAddress(joined(to.text("first_name"), to.text("last_name")), phone,
                    to.id("country"), to.text("state"), to.text("city"), null,
                    joined(to.text("address_1"), to.text("address_2")), to.text("postcode")));
        }
        for (Node l : o.array("line_items")) {
            Long variation = l.whole("variation_id");
            String sku = firstGiven(l.id("sku"), variation != null && variation > 0 ? String.valueOf(variation)
                    : l.id("product_id"));
            b.addLine(new OrderLine(required(l, "id"), required(l, "sku", sku), l.text("name"),
                    required(l, "quantity", quantity(l, "quantity")), l.amount("price"), null, null));
        }
        for (Node r : o.array("refunds")) {
            BigDecimal amount = r.decimal("total");
            b.addRefund(new Refund(r.id("id"), RefundStatus.COMPLETED, null, amount == null ? null : amount.abs(),
                    null, null, null, null, List.of()));
        }
        if (state != null && state.completed()) {
            b.addShipment(shipped(null, null, null, gmt(o, "date_completed"), List.of()));
        }
        return b.build();
    }

    /** The {@code field_gmt} time in UTC; else {@code field} only when it carries an offset. */
    private static OffsetDateTime gmt(Node o, String field) {
        if (o.has(field + "_gmt")) {
            return o.localTime(field + "_gmt", Node.utc());
        }
        if (!o.has(field)) {
            return null;
        }
        String local = o.id(field);
        if (local.endsWith("Z") || local.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return o.localTime(field, Node.utc());
        }
        throw o.error(field + "_gmt", "must be given: " + field + " has no offset and the shop's zone is unknown");
    }

    private static boolean blank(Node address) {
        for (String f : new String[] {"first_name", "last_name", "address_1", "address_2", "city", "postcode"}) {
            String v = address.text(f);
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
