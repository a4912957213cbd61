package io.omsexception.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.model.Blacklist;
import io.omsexception.model.CourierStatus;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Money;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.RiskLevel;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import io.omsexception.model.Texts;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** Maps JSON trees to the model; every error names the JSON path of the offending value. */
final class NodeReader {
    private NodeReader() {
    }

    static Order order(JsonNode n, String path) {
        requireObject(n, path);
        List<OrderLine> lines = list(n, "lines", path, NodeReader::line);
        List<Refund> refunds = list(n, "refunds", path, NodeReader::refund);
        List<Shipment> shipments = list(n, "shipments", path, NodeReader::shipment);
        if (given(n, "shipment") && given(n, "shipments")) {
            throw new InvalidFieldException(path + ".shipments",
                    "must not be given together with shipment (the one-parcel form); give every parcel in shipments");
        }
        try {
            return new Order(
                    string(n, "orderId", path),
                    string(n, "channel", path),
                    time(n, "createdAt", path),
                    money(n, "totalAmount", path),
                    string(n, "currency", path),
                    object(n, "customer", path, NodeReader::customer),
                    object(n, "shippingAddress", path, NodeReader::address),
                    object(n, "payment", path, NodeReader::payment),
                    lines,
                    object(n, "shipment", path, NodeReader::shipment),
                    refunds,
                    time(n, "promisedShipAt", path),
                    shipments);
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static Customer customer(JsonNode n, String path) {
        try {
            return new Customer(string(n, "customerId", path), enumValue(n, "tier", path, CustomerTier.class),
                    integer(n, "orderCount", path), money(n, "averageOrderAmount", path),
                    integer(n, "refundCount", path), integer(n, "ordersLast24h", path),
                    integer(n, "addressChangesLast30d", path), bool(n, "watchlisted", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static ShippingAddress address(JsonNode n, String path) {
        try {
            return new ShippingAddress(string(n, "recipient", path), string(n, "phone", path),
                    string(n, "country", path), string(n, "province", path), string(n, "city", path),
                    string(n, "district", path), string(n, "detail", path), string(n, "postalCode", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static Payment payment(JsonNode n, String path) {
        try {
            return new Payment(enumValue(n, "status", path, PaymentStatus.class), string(n, "method", path),
                    money(n, "paidAmount", path), time(n, "paidAt", path), integer(n, "riskScore", path),
                    money(n, "platformSubsidy", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static OrderLine line(JsonNode n, String path) {
        try {
            return new OrderLine(string(n, "lineId", path), string(n, "sku", path), string(n, "name", path),
                    integer(n, "quantity", path), money(n, "unitPrice", path), money(n, "weightKg", path),
                    bool(n, "presale", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static Shipment shipment(JsonNode n, String path) {
        try {
            return new Shipment(string(n, "carrier", path), string(n, "trackingNumber", path),
                    enumValue(n, "status", path, ShipmentStatus.class), time(n, "shippedAt", path),
                    time(n, "estimatedDeliveryAt", path), time(n, "lastScanAt", path),
                    string(n, "lastScanLocation", path), enumValue(n, "courierStatus", path, CourierStatus.class),
                    strings(n, "lineIds", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static Refund refund(JsonNode n, String path) {
        try {
            return new Refund(string(n, "refundId", path), enumValue(n, "status", path, RefundStatus.class),
                    enumValue(n, "reason", path, RefundReason.class), money(n, "amount", path),
                    time(n, "requestedAt", path), bool(n, "returnRequired", path),
                    time(n, "returnShippedAt", path), time(n, "returnReceivedAt", path),
                    strings(n, "lineIds", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    private static boolean given(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        return v != null && !v.isNull();
    }

    static InvalidFieldException within(InvalidFieldException e, String path) {
        return e.path().startsWith("$") ? e : e.under(path);
    }

    static InventoryItem inventoryItem(JsonNode n, String path) {
        requireObject(n, path);
        try {
            return new InventoryItem(string(n, "sku", path), integer(n, "available", path),
                    bool(n, "listed", path), enumValue(n, "riskLevel", path, RiskLevel.class));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    static Blacklist blacklist(JsonNode n, String path) {
        requireObject(n, path);
        try {
            return Blacklist.of(strings(n, "customerIds", path), strings(n, "phones", path),
                    strings(n, "addresses", path));
        } catch (InvalidFieldException e) {
            throw within(e, path);
        }
    }

    static OffsetDateTime time(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidFieldException(path + "." + field, "must be an ISO-8601 time with offset, like "
                    + "2026-11-22T09:30:00+08:00, but was " + describe(v));
        }
        try {
            return OffsetDateTime.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(path + "." + field, "must be an ISO-8601 time with offset, like "
                    + "2026-11-22T09:30:00+08:00, but was " + Texts.quoted(v.asText()));
        }
    }

    static String string(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return v.asText();
        }
        throw new InvalidFieldException(path + "." + field, "must be a string but was " + describe(v));
    }

    static BigDecimal money(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            return Money.parse(v.asText().trim(), path + "." + field);
        }
        throw new InvalidFieldException(path + "." + field, "must be a decimal number but was " + describe(v));
    }

    static Integer integer(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isNumber() && !v.isIntegralNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.intValueExact();
                } catch (ArithmeticException ignored) {
                    // falls through to the error below
                }
            }
        }
        throw new InvalidFieldException(path + "." + field, "must be a whole number but was " + describe(v));
    }

    static Boolean bool(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        throw new InvalidFieldException(path + "." + field, "must be true or false but was " + describe(v));
    }

    static <E extends Enum<E>> E enumValue(JsonNode parent, String field, String path, Class<E> type) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (!v.isTextual()) {
            throw new InvalidFieldException(path + "." + field, "must be one of " + allowed + " but was " + describe(v));
        }
        try {
            return Enum.valueOf(type, v.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(path + "." + field, "must be one of " + allowed + " but was " + Texts.quoted(v.asText()));
        }
    }

    static List<String> strings(JsonNode parent, String field, String path) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidFieldException(path + "." + field, "must be an array of strings but was " + describe(v));
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw new InvalidFieldException(path + "." + field + "[" + i + "]", "must be a string but was " + describe(e));
            }
            out.add(e.asText());
        }
        return out;
    }

    private static <T> T object(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> reader) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String p = path + "." + field;
        requireObject(v, p);
        return reader.apply(v, p);
    }

    private static <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> reader) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidFieldException(path + "." + field, "must be an array but was " + describe(v));
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            String p = path + "." + field + "[" + i + "]";
            requireObject(v.get(i), p);
            out.add(reader.apply(v.get(i), p));
        }
        return out;
    }

    static void requireObject(JsonNode v, String path) {
        if (!v.isObject()) {
            throw new InvalidFieldException(path, "must be an object but was " + describe(v));
        }
    }

    static String describe(JsonNode v) {
        if (v.isTextual()) {
            return "the string " + Texts.quoted(v.asText());
        }
        if (v.isNumber()) {
            return "the number " + number(v.asText());
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return a number's text as a message shows it: cut, with its length, beyond 40 characters */
    private static String number(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "... (" + text.length() + " characters)";
    }
}
