package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.Refund;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShippingAddress;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Writes an order in the contract's shape, leaving absent values out. */
final class OrderWriter {
    private OrderWriter() {
    }

    static void order(JsonGenerator g, Order o) throws IOException {
        g.writeStartObject();
        str(g, "orderId", o.orderId());
        str(g, "channel", o.channel());
        time(g, "createdAt", o.createdAt());
        num(g, "totalAmount", o.totalAmount());
        str(g, "currency", o.currency());
        time(g, "promisedShipAt", o.promisedShipAt());
        if (o.customer() != null) {
            Customer c = o.customer();
            g.writeObjectFieldStart("customer");
            str(g, "customerId", c.customerId());
            str(g, "tier", c.tier());
            num(g, "orderCount", c.orderCount());
            num(g, "averageOrderAmount", c.averageOrderAmount());
            num(g, "refundCount", c.refundCount());
            num(g, "ordersLast24h", c.ordersLast24h());
            num(g, "addressChangesLast30d", c.addressChangesLast30d());
            bool(g, "watchlisted", c.watchlisted());
            g.writeEndObject();
        }
        if (o.shippingAddress() != null) {
            ShippingAddress a = o.shippingAddress();
            g.writeObjectFieldStart("shippingAddress");
            str(g, "recipient", a.recipient());
            str(g, "phone", a.phone());
            str(g, "country", a.country());
            str(g, "province", a.province());
            str(g, "city", a.city());
            str(g, "district", a.district());
            str(g, "detail", a.detail());
            str(g, "postalCode", a.postalCode());
            g.writeEndObject();
        }
        if (o.payment() != null) {
            Payment p = o.payment();
            g.writeObjectFieldStart("payment");
            str(g, "status", p.status());
            str(g, "method", p.method());
            num(g, "paidAmount", p.paidAmount());
            time(g, "paidAt", p.paidAt());
            num(g, "riskScore", p.riskScore());
            num(g, "platformSubsidy", p.platformSubsidy());
            g.writeEndObject();
        }
        if (!o.lines().isEmpty()) {
            g.writeArrayFieldStart("lines");
            for (OrderLine l : o.lines()) {
                g.writeStartObject();
                str(g, "lineId", l.lineId());
                str(g, "sku", l.sku());
                str(g, "name", l.name());
                num(g, "quantity", l.quantity());
                num(g, "unitPrice", l.unitPrice());
                num(g, "weightKg", l.weightKg());
                bool(g, "presale", l.presale());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (o.shipment() != null) {
            g.writeFieldName("shipment");
            shipment(g, o.shipment());
        }
        if (!o.shipments().isEmpty()) {
            g.writeArrayFieldStart("shipments");
            for (Shipment s : o.shipments()) {
                shipment(g, s);
            }
            g.writeEndArray();
        }
        if (!o.refunds().isEmpty()) {
            g.writeArrayFieldStart("refunds");
            for (Refund r : o.refunds()) {
                g.writeStartObject();
                str(g, "refundId", r.refundId());
                str(g, "status", r.status());
                str(g, "reason", r.reason());
                num(g, "amount", r.amount());
                time(g, "requestedAt", r.requestedAt());
                bool(g, "returnRequired", r.returnRequired());
                time(g, "returnShippedAt", r.returnShippedAt());
                time(g, "returnReceivedAt", r.returnReceivedAt());
                lineIds(g, r.lineIds());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void shipment(JsonGenerator g, Shipment s) throws IOException {
        g.writeStartObject();
        str(g, "carrier", s.carrier());
        str(g, "trackingNumber", s.trackingNumber());
        str(g, "status", s.status());
        time(g, "shippedAt", s.shippedAt());
        time(g, "estimatedDeliveryAt", s.estimatedDeliveryAt());
        time(g, "lastScanAt", s.lastScanAt());
        str(g, "lastScanLocation", s.lastScanLocation());
        str(g, "courierStatus", s.courierStatus());
        lineIds(g, s.lineIds());
        g.writeEndObject();
    }

    private static void lineIds(JsonGenerator g, java.util.List<String> ids) throws IOException {
        if (!ids.isEmpty()) {
            g.writeArrayFieldStart("lineIds");
            for (String id : ids) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
    }

    private static void str(JsonGenerator g, String field, Object v) throws IOException {
        if (v != null) {
            g.writeStringField(field, v instanceof Enum<?> e ? e.name() : v.toString());
        }
    }

    private static void time(JsonGenerator g, String field, OffsetDateTime v) throws IOException {
        if (v != null) {
            g.writeStringField(field, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v));
        }
    }

    private static void num(JsonGenerator g, String field, Object v) throws IOException {
        if (v instanceof BigDecimal d) {
            g.writeFieldName(field);
            g.writeNumber(d);
        } else if (v instanceof Integer i) {
            g.writeNumberField(field, i);
        }
    }

    private static void bool(JsonGenerator g, String field, Boolean v) throws IOException {
        if (v != null) {
            g.writeBooleanField(field, v);
        }
    }
}
