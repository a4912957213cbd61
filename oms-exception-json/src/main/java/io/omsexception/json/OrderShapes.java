package io.omsexception.json;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The shapes of an order's objects for {@link OrderReader}: each object's fields with their kind,
 * and how the fields read become the model's record. A builder asks for its fields in the order
 * of {@link NodeReader}'s checks, the same arguments in the same order, so that when several
 * fields are wrong the error reported is the one the node reader reports. Stateless and thread-safe.
 */
final class OrderShapes {
    /** What a field holds. */
    enum Kind { STRING, MONEY, INTEGER, BOOLEAN, TIME, ENUM, STRINGS, OBJECT, LIST }

    /**
     * A field's error, kept in its slot until the object's builder asks for the field.
     *
     * @param error the error, with its absolute path
     */
    record Deferred(InvalidFieldException error) {
    }

    /** Makes an object's record from its slots; throws the first error it meets. */
    interface Builder {
        /**
         * @param slots each field's value or {@link Deferred} error, null when absent or null
         * @param given a bit per field given with a value other than null
         * @param path the object's JSON path
         * @return the record
         * @throws InvalidFieldException naming the path of the first problem
         */
        Object build(Object[] slots, long given, String path);
    }

    /** One object's fields. Immutable. */
    static final class Shape {
        private final String[] names;
        private final Kind[] kinds;
        private final Object[] details; // the enum type of an ENUM, the inner shape of an OBJECT or LIST
        private final Builder builder;

        private Shape(Builder builder, Object... fields) {
            int n = fields.length / 3;
            names = new String[n];
            kinds = new Kind[n];
            details = new Object[n];
            for (int i = 0; i < n; i++) {
                names[i] = ((String) fields[3 * i]).intern();
                kinds[i] = (Kind) fields[3 * i + 1];
                details[i] = fields[3 * i + 2];
            }
            this.builder = builder;
        }

        int size() {
            return names.length;
        }

        /** @return the field's slot, or -1 for a field the contract does not know */
        int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) { // the parser interns field names
                    return i;
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        Kind kind(int i) {
            return kinds[i];
        }

        Shape inner(int i) {
            return (Shape) details[i];
        }

        Class<?> enumType(int i) {
            return (Class<?>) details[i];
        }

        /** @return the enum constant of that exact name, or null */
        Object constant(int i, String text) {
            for (Object c : ((Class<?>) details[i]).getEnumConstants()) {
                if (((Enum<?>) c).name().equals(text)) {
                    return c;
                }
            }
            return null;
        }

        Object build(Object[] slots, long given, String path) {
            return builder.build(slots, given, path);
        }
    }

    static final Shape CUSTOMER = new Shape((s, g, path) -> {
        try {
            return new Customer(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5), get(s, 6), get(s, 7));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "customerId", Kind.STRING, null, "tier", Kind.ENUM, CustomerTier.class, "orderCount", Kind.INTEGER, null,
            "averageOrderAmount", Kind.MONEY, null, "refundCount", Kind.INTEGER, null, "ordersLast24h", Kind.INTEGER, null,
            "addressChangesLast30d", Kind.INTEGER, null, "watchlisted", Kind.BOOLEAN, null);

    static final Shape ADDRESS = new Shape((s, g, path) -> {
        try {
            return new ShippingAddress(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5), get(s, 6), get(s, 7));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "recipient", Kind.STRING, null, "phone", Kind.STRING, null, "country", Kind.STRING, null, "province", Kind.STRING, null,
            "city", Kind.STRING, null, "district", Kind.STRING, null, "detail", Kind.STRING, null, "postalCode", Kind.STRING, null);

    static final Shape PAYMENT = new Shape((s, g, path) -> {
        try {
            return new Payment(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "status", Kind.ENUM, PaymentStatus.class, "method", Kind.STRING, null, "paidAmount", Kind.MONEY, null,
            "paidAt", Kind.TIME, null, "riskScore", Kind.INTEGER, null, "platformSubsidy", Kind.MONEY, null);

    static final Shape LINE = new Shape((s, g, path) -> {
        try {
            return new OrderLine(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5), get(s, 6));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "lineId", Kind.STRING, null, "sku", Kind.STRING, null, "name", Kind.STRING, null, "quantity", Kind.INTEGER, null,
            "unitPrice", Kind.MONEY, null, "weightKg", Kind.MONEY, null, "presale", Kind.BOOLEAN, null);

    static final Shape SHIPMENT = new Shape((s, g, path) -> {
        try {
            return new Shipment(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5), get(s, 6), get(s, 7),
                    strings(s, 8));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "carrier", Kind.STRING, null, "trackingNumber", Kind.STRING, null, "status", Kind.ENUM, ShipmentStatus.class,
            "shippedAt", Kind.TIME, null, "estimatedDeliveryAt", Kind.TIME, null, "lastScanAt", Kind.TIME, null,
            "lastScanLocation", Kind.STRING, null, "courierStatus", Kind.ENUM, CourierStatus.class,
            "lineIds", Kind.STRINGS, null);

    static final Shape REFUND = new Shape((s, g, path) -> {
        try {
            return new Refund(get(s, 0), get(s, 1), get(s, 2), get(s, 3), get(s, 4), get(s, 5), get(s, 6), get(s, 7),
                    strings(s, 8));
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }, "refundId", Kind.STRING, null, "status", Kind.ENUM, RefundStatus.class, "reason", Kind.ENUM, RefundReason.class,
            "amount", Kind.MONEY, null, "requestedAt", Kind.TIME, null, "returnRequired", Kind.BOOLEAN, null,
            "returnShippedAt", Kind.TIME, null, "returnReceivedAt", Kind.TIME, null, "lineIds", Kind.STRINGS, null);

    /** The slot of {@code orderId} in {@link #ORDER}, for the error entry of an order that cannot be read. */
    static final int ORDER_ID = 0;
    private static final int LINES = 8;
    private static final int SHIPMENT_ONE = 9;
    private static final int REFUNDS = 10;
    private static final int SHIPMENTS = 12;

    static final Shape ORDER = new Shape(OrderShapes::order,
            "orderId", Kind.STRING, null, "channel", Kind.STRING, null, "createdAt", Kind.TIME, null,
            "totalAmount", Kind.MONEY, null, "currency", Kind.STRING, null, "customer", Kind.OBJECT, CUSTOMER,
            "shippingAddress", Kind.OBJECT, ADDRESS, "payment", Kind.OBJECT, PAYMENT, "lines", Kind.LIST, LINE,
            "shipment", Kind.OBJECT, SHIPMENT, "refunds", Kind.LIST, REFUND, "promisedShipAt", Kind.TIME, null,
            "shipments", Kind.LIST, SHIPMENT);

    private OrderShapes() {
    }

    /** {@link NodeReader#order}'s checks, in its order: the lists first, then the rest in the record's order. */
    static Order order(Object[] s, long given, String path) {
        List<OrderLine> lines = list(s, LINES);
        List<Refund> refunds = list(s, REFUNDS);
        List<Shipment> shipments = list(s, SHIPMENTS);
        if ((given & (1L << SHIPMENT_ONE)) != 0 && (given & (1L << SHIPMENTS)) != 0) {
            throw new InvalidFieldException(path + ".shipments",
                    "must not be given together with shipment (the one-parcel form); give every parcel in shipments");
        }
        try {
            return new Order(get(s, 0), get(s, 1), (OffsetDateTime) get(s, 2), (BigDecimal) get(s, 3), get(s, 4),
                    get(s, 5), get(s, 6), get(s, 7), lines, get(s, SHIPMENT_ONE), refunds, get(s, 11), shipments);
        } catch (InvalidFieldException e) {
            throw NodeReader.within(e, path);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Object[] slots, int i) {
        Object v = slots[i];
        if (v instanceof Deferred d) {
            throw d.error();
        }
        return (T) v;
    }

    private static <T> List<T> list(Object[] slots, int i) {
        List<T> v = get(slots, i);
        return v == null ? List.of() : v;
    }

    private static List<String> strings(Object[] slots, int i) {
        return list(slots, i);
    }
}
