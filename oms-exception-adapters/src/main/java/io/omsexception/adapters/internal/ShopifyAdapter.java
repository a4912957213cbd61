package io.omsexception.adapters.internal;

import io.omsexception.model.Customer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shopify: the REST Admin {@code Order} ({@code {"order": {...}}}, as GET
 * {@code /admin/orders/{id}.json} returns it) or the bare order of an {@code orders/create} webhook
 * body; {@code {"orders": [...]}} is read as one payload per order. Times carry their offset.
 * The mapping is in {@code docs/adapters.md}.
 *
 * <p>Stateless and thread-safe; public only for the service loader.
 */
public final class ShopifyAdapter extends JsonAdapter {
    static final Map<String, PaymentStatus> FINANCIAL_STATUS = table(
            "pending", PaymentStatus.UNPAID,
            "authorized", PaymentStatus.PAID,
            "partially_paid", PaymentStatus.UNPAID,
            "paid", PaymentStatus.PAID,
            "partially_refunded", PaymentStatus.PAID,
            "refunded", PaymentStatus.REFUNDED,
            "voided", PaymentStatus.FAILED,
            "expired", PaymentStatus.FAILED);

    /** A fulfillment's status: whether it shipped anything (empty: it did not, no parcel). */
    static final Map<String, Optional<Boolean>> FULFILLMENT_STATUS = table(
            "pending", Optional.of(false),
            "open", Optional.of(false),
            "success", Optional.of(true),
            "cancelled", Optional.empty(),
            "error", Optional.empty(),
            "failure", Optional.empty());

    /** A successful fulfillment's shipment_status (the carrier's tracking); empty: not known yet. */
    static final Map<String, Optional<ShipmentStatus>> SHIPMENT_STATUS = table(
            "label_printed", Optional.empty(),
            "label_purchased", Optional.empty(),
            "confirmed", Optional.empty(),
            "in_transit", Optional.of(ShipmentStatus.IN_TRANSIT),
            "out_for_delivery", Optional.of(ShipmentStatus.OUT_FOR_DELIVERY),
            "ready_for_pickup", Optional.of(ShipmentStatus.OUT_FOR_DELIVERY),
            "attempted_delivery", Optional.of(ShipmentStatus.DELIVERY_FAILED),
            "delivered", Optional.of(ShipmentStatus.DELIVERED),
            "failure", Optional.of(ShipmentStatus.DELIVERY_FAILED));

    /** For the service loader. */
    public ShopifyAdapter() {
        super("shopify");
    }

    @Override
    List<Node> orders(Node root) {
        if (root.has("errors")) {
            throw root.error("errors", "is the platform's error response");
        }
        if (root.has("order")) {
            return List.of(root.object("order"));
        }
        if (root.has("orders")) {
            return root.array("orders");
        }
        if (root.has("id") && root.has("line_items")) {
            return List.of(root);
        }
        throw root.error("must be a Shopify order: order, orders or an order object with id and line_items");
    }

    @Override
    Order order(Node o) {
        PaymentStatus status = o.status("financial_status", FINANCIAL_STATUS);
        BigDecimal total = o.amount("total_price");
        boolean hasMoney = status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED;
        Order.Builder b = Order.builder(required(o, "id"), required(o, "created_at", o.localTime("created_at", Node.utc())))
                .channel("SHOPIFY")
                .currency(o.id("currency"))
                .totalAmount(total)
                .payment(new Payment(status, o.id("gateway"), hasMoney ? total : null,
                        hasMoney ? o.localTime("processed_at", Node.utc()) : null, null, null));
        Node customer = o.object("customer");
        if (customer != null && customer.id("id") != null) {
            b.customer(new Customer(customer.id("id"), null, null, null, null, null, null, null));
        }
        Node ship = o.object("shipping_address");
        Node bill = o.object("billing_address");
        if (ship != null) {
            String name = firstGiven(ship.text("name"), joined(ship.text("first_name"), ship.text("last_name")));
            String phone = firstGiven(ship.text("phone"), bill == null ? null : bill.text("phone"));
            b.shippingAddress(new ShippingAddress(name, phone, ship.id("country_code"),
                    firstGiven(ship.text("province"), ship.text("province_code")), ship.text("city"), null,
                    joined(ship.text("address1"), ship.text("address2")), ship.text("zip")));
        }
        List<String> ids = new ArrayList<>();
        for (Node l : o.array("line_items")) {
            String id = required(l, "id");
            ids.add(id);
            String sku = firstGiven(l.id("sku"), firstGiven(l.id("variant_id"), l.id("product_id")));
            BigDecimal grams = l.amount("grams");
            b.addLine(new OrderLine(id, required(l, "sku", sku), firstGiven(l.text("name"), l.text("title")),
                    required(l, "quantity", quantity(l, "quantity")), l.amount("price"),
                    grams == null || grams.signum() == 0 ? null : grams.movePointLeft(3), null));
        }
        for (Node f : o.array("fulfillments")) {
            Optional<Boolean> shipped = f.status("status", FULFILLMENT_STATUS);
            if (shipped == null || shipped.isEmpty()) {
                continue; // cancelled or failed: nothing left the warehouse
            }
            ShipmentStatus tracking = null;
            if (shipped.get()) {
                Optional<ShipmentStatus> s = f.status("shipment_status", SHIPMENT_STATUS);
                tracking = s == null ? null : s.orElse(null);
            } else {
                tracking = ShipmentStatus.CREATED;
            }
            List<String> carried = new ArrayList<>();
            for (Node item : f.array("line_items")) {
                String id = item.id("id");
                if (id != null && ids.contains(id) && !carried.contains(id)) {
                    carried.add(id);
                }
            }
            b.addShipment(new Shipment(f.id("tracking_company"), f.id("tracking_number"), tracking,
                    shipped.get() ? f.localTime("created_at", Node.utc()) : null, null, null, null, null,
                    carried.size() == ids.size() ? List.of() : carried));
        }
        for (Node r : o.array("refunds")) {
            List<String> covered = new ArrayList<>();
            for (Node item : r.array("refund_line_items")) {
                String id = item.id("line_item_id");
                if (id != null && ids.contains(id) && !covered.contains(id)) {
                    covered.add(id);
                }
            }
            BigDecimal amount = null;
            for (Node t : r.array("transactions")) {
                if ("refund".equals(t.id("kind")) && "success".equals(t.id("status")) && t.has("amount")) {
                    amount = amount == null ? t.amount("amount") : amount.add(t.amount("amount"));
                }
            }
            b.addRefund(new Refund(r.id("id"), RefundStatus.COMPLETED, null, amount,
                    r.localTime("created_at", Node.utc()), null, null, null, covered));
        }
        return b.build();
    }
}
