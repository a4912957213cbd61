package io.omsexception.testkit;

import io.omsexception.model.Blacklist;
import io.omsexception.model.CourierStatus;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.RiskLevel;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded generator of realistic e-commerce orders for demos, tests and benchmarks: a "day" of
 * orders from Chinese and international customers over several channels, with VIP and new
 * customers, presale lines, shipments in every state and refunds, of which a chosen share is
 * made exceptional by one of the standard catalog's problems (spread over all six categories and
 * all 31 codes of catalog v2).
 *
 * <p>Marketplace orders (TMALL, JD, DOUYIN, PDD) carry what marketplaces hand merchants: masked
 * phones ({@code 138****5678}), virtual numbers with an extension ({@code 13800138000-1234},
 * {@code 13800138000转1234}), masked recipients and detail lines, platform subsidies
 * ({@code totalAmount - platformSubsidy = paidAmount}) and ship-by deadlines ({@code promisedShipAt});
 * multi-line orders may ship in several parcels ({@code shipments} with {@code lineIds}), parcels
 * may be out for delivery or shipped and not yet scanned, and a delivered line may have been
 * returned and refunded. None of that makes a clean order exceptional.
 *
 * <p>The same seed, size and rate always give the same orders, one at a time, so a million orders
 * can be generated without holding them. Thread-safe: every call has its own random source.
 */
public final class SampleOrders {
    /** The reference time of a generated day. */
    public static final OffsetDateTime DEFAULT_AS_OF = OffsetDateTime.parse("2026-11-22T18:00:00+08:00");

    static final String BLACKLISTED_CUSTOMER = "C-666666";
    static final String BLACKLISTED_PHONE = "13900000000";
    static final String BLACKLISTED_ADDRESS = "某某路1号";

    private final long seed;
    private final int count;
    private final double exceptionRate;
    private final OffsetDateTime asOf;

    private SampleOrders(long seed, int count, double exceptionRate, OffsetDateTime asOf) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative but was " + count);
        }
        if (!(exceptionRate >= 0 && exceptionRate <= 1)) {
            throw new IllegalArgumentException("exceptionRate: must be between 0 and 1 but was " + exceptionRate);
        }
        this.seed = seed;
        this.count = count;
        this.exceptionRate = exceptionRate;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * A day like the source material's: about 4% of the orders are exceptional.
     *
     * @param seed the random seed
     * @param count the number of orders
     * @return the generator
     */
    public static SampleOrders day(long seed, int count) {
        return new SampleOrders(seed, count, 0.04, DEFAULT_AS_OF);
    }

    /**
     * @param seed the random seed
     * @param count the number of orders
     * @param exceptionRate the share of orders made exceptional, 0 to 1
     * @param asOf the reference time the orders are generated around
     * @return the generator
     */
    public static SampleOrders of(long seed, int count, double exceptionRate, OffsetDateTime asOf) {
        return new SampleOrders(seed, count, exceptionRate, asOf);
    }

    /** @return the reference time of the day */
    public OffsetDateTime asOf() {
        return asOf;
    }

    /** @return the number of orders */
    public int count() {
        return count;
    }

    /** @return the inventory snapshot and blacklist the orders are meant to be evaluated against */
    public ReferenceData referenceData() {
        List<InventoryItem> items = new ArrayList<>();
        for (Catalog.Product p : Catalog.PRODUCTS) {
            items.add(new InventoryItem(p.sku(), p.available(), p.listed(), p.risk()));
        }
        return ReferenceData.of(items, Blacklist.of(List.of(BLACKLISTED_CUSTOMER), List.of(BLACKLISTED_PHONE),
                List.of(BLACKLISTED_ADDRESS)));
    }

    /** @return the orders, generated lazily in order */
    public Iterator<Order> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Order next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return order(next++);
            }
        };
    }

    /** @return the orders as a sequential stream, generated lazily */
    public Stream<Order> stream() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), count,
                Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL), false);
    }

    /** @return all orders with the reference data and time, in memory */
    public EvaluationRequest request() {
        return new EvaluationRequest(asOf, referenceData(), stream().toList());
    }

    /**
     * Generates the order at one position; the same position always gives the same order.
     *
     * @param index the position, 0 to count - 1
     * @return the order
     */
    public Order order(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Order order = new CleanOrders(random, asOf, index).cleanOrder();
        if (random.nextDouble() < exceptionRate) {
            Problem problem = Problem.values()[random.nextInt(Problem.values().length)];
            order = problem.apply(order, random, asOf);
            if (random.nextInt(8) == 0) {
                order = Problem.values()[random.nextInt(Problem.values().length)].apply(order, random, asOf);
            }
        }
        return order;
    }

    /** The catalog problems the generator injects, each into an otherwise clean order. */
    enum Problem {
        PAYMENT_FAILED((o, r, t) -> unshipped(o).shipment(null)
                .payment(new Payment(PaymentStatus.FAILED, o.payment().method(), null, null, o.payment().riskScore())).build()),
        PAYMENT_TIMEOUT((o, r, t) -> unshipped(o).createdAt(t.minusMinutes(31 + r.nextInt(600))).shipment(null)
                .payment(new Payment(PaymentStatus.UNPAID, null, null, null, null)).build()),
        PAYMENT_AMOUNT_MISMATCH((o, r, t) -> o.toBuilder().payment(new Payment(PaymentStatus.PAID, o.payment().method(),
                expectedPayment(o).subtract(new BigDecimal("10.00")).max(BigDecimal.ZERO), o.payment().paidAt(),
                o.payment().riskScore(), o.payment().platformSubsidy())).build()),
        HIGH_RISK_PAYMENT((o, r, t) -> o.toBuilder().payment(new Payment(o.payment().status(), o.payment().method(),
                o.payment().paidAmount(), o.payment().paidAt(), 80 + r.nextInt(20), o.payment().platformSubsidy())).build()),
        REFUND_REQUESTED((o, r, t) -> o.toBuilder().addRefund(refund(o, RefundReason.QUALITY, t, false)).build()),
        ADDRESS_INCOMPLETE((o, r, t) -> o.toBuilder().shippingAddress(withDetail(o.shippingAddress(), "人民路")).build()),
        ADDRESS_SUSPICIOUS((o, r, t) -> o.toBuilder().shippingAddress(new ShippingAddress("测试", o.shippingAddress().phone(),
                o.shippingAddress().country(), o.shippingAddress().province(), o.shippingAddress().city(),
                o.shippingAddress().district(), o.shippingAddress().detail(), o.shippingAddress().postalCode())).build()),
        PHONE_MISSING((o, r, t) -> o.toBuilder().shippingAddress(withPhone(o.shippingAddress(), null)).build()),
        PHONE_INVALID((o, r, t) -> o.toBuilder().shippingAddress(withPhone(o.shippingAddress(), "138-0013")).build()),
        OUT_OF_STOCK((o, r, t) -> unshipped(o).shipment(null).lines(List.of(
                line(1, Catalog.LOW_STOCK, 3 + r.nextInt(3), false))).build()),
        UNKNOWN_SKU((o, r, t) -> unshipped(o).shipment(null).addLine(new OrderLine(String.valueOf(o.lines().size() + 1),
                "SKU-X" + (1000 + r.nextInt(9000)), "未知商品", 1, new BigDecimal("19.90"), new BigDecimal("0.20"), false)).build()),
        PRODUCT_DELISTED((o, r, t) -> unshipped(o).shipment(null).addLine(line(o.lines().size() + 1, Catalog.DELISTED, 1, false)).build()),
        COURIER_REJECTED((o, r, t) -> unshipped(o).shipment(shipment(t.minusHours(30 + r.nextInt(40)), ShipmentStatus.REJECTED,
                t.plusHours(24), t.minusHours(2 + r.nextInt(10)), CourierStatus.ACTIVE, r)).build()),
        DELIVERY_OVERDUE((o, r, t) -> unshipped(o).shipment(shipment(t.minusHours(100 + r.nextInt(40)), ShipmentStatus.IN_TRANSIT,
                t.minusHours(1 + r.nextInt(20)), t.minusHours(1 + r.nextInt(20)), CourierStatus.ACTIVE, r)).build()),
        PARCEL_STRANDED((o, r, t) -> unshipped(o).shipment(shipment(t.minusHours(90), ShipmentStatus.IN_TRANSIT, t.plusHours(24),
                t.minusHours(73 + r.nextInt(20)), r.nextInt(4) == 0 ? CourierStatus.ON_LEAVE : CourierStatus.ACTIVE, r)).build()),
        ORDER_PROCESSING_TIMEOUT((o, r, t) -> unshipped(o).lines(nonPresale(o.lines()))
                .payment(paid(o, t.minusHours(49 + r.nextInt(48)))).createdAt(t.minusHours(100))
                .promisedShipAt(r.nextBoolean() ? null : t.minusMinutes(1 + r.nextInt(600))).build()),
        AMOUNT_ANOMALY((o, r, t) -> o.toBuilder().customer(new Customer(o.customer().customerId(), CustomerTier.REGULAR, 6,
                o.totalAmount().divide(new BigDecimal("8"), 2, RoundingMode.HALF_UP).max(new BigDecimal("0.01")), 0, 1, 0, false)).build()),
        PRODUCT_RISK((o, r, t) -> unshipped(o).shipment(null).addLine(line(o.lines().size() + 1, Catalog.HIGH_RISK, 1, false)).build()),
        BEHAVIOR_ANOMALY((o, r, t) -> o.toBuilder().customer(withDailyOrders(o.customer(), 10 + r.nextInt(10))).build()),
        BLACKLISTED_CUSTOMER((o, r, t) -> o.toBuilder().customer(new Customer(SampleOrders.BLACKLISTED_CUSTOMER, CustomerTier.REGULAR, 2,
                new BigDecimal("120.00"), 1, 1, 0, false)).build()),
        REFUND_DISPUTE((o, r, t) -> o.toBuilder().addRefund(refund(o, RefundReason.NOT_AS_DESCRIBED, t, false)).build()),
        REFUND_HIGH_RISK((o, r, t) -> o.toBuilder().customer(new Customer(o.customer().customerId(), o.customer().tier(), 8,
                o.customer().averageOrderAmount(), 5, 1, 0, true)).addRefund(refund(o, RefundReason.QUALITY, t, false)).build()),
        REFUND_AWAITING_RETURN((o, r, t) -> unshipped(o).shipment(shipment(t.minusDays(20), ShipmentStatus.DELIVERED,
                t.minusDays(17), t.minusDays(17), CourierStatus.ACTIVE, r)).addRefund(new Refund("R-" + o.orderId(), RefundStatus.OPEN,
                RefundReason.QUALITY, o.totalAmount(), t.minusDays(14), true, t.minusDays(8 + r.nextInt(5)), null)).build()),
        REFUND_DUE_TO_DELAY((o, r, t) -> unshipped(o).shipment(shipment(t.minusHours(40), ShipmentStatus.IN_TRANSIT,
                t.plusHours(20), t.minusHours(5), CourierStatus.ACTIVE, r)).addRefund(refund(o, RefundReason.DELIVERY_DELAY, t, false)).build()),
        REFUND_AUTO_APPROVE((o, r, t) -> unshipped(o).addRefund(refund(o, RefundReason.NO_LONGER_NEEDED, t, false)).build()),
        REFUNDED_BEFORE_SHIPMENT((o, r, t) -> o.lines().size() > 1 && r.nextBoolean()
                ? unshipped(o).shipments(List.of(carrying(shipment(t.minusHours(20), ShipmentStatus.IN_TRANSIT, t.plusHours(48),
                        t.minusHours(3), CourierStatus.ACTIVE, r), o.lines().get(0).lineId())))
                        .addRefund(new Refund("R-" + o.orderId(), r.nextBoolean() ? RefundStatus.APPROVED : RefundStatus.COMPLETED,
                                RefundReason.NO_LONGER_NEEDED, o.lines().get(1).unitPrice(), t.minusHours(2), false, null, null,
                                List.of(o.lines().get(1).lineId()))).build()
                : unshipped(o).payment(new Payment(PaymentStatus.REFUNDED, o.payment().method(), o.payment().paidAmount(),
                        o.payment().paidAt(), o.payment().riskScore(), o.payment().platformSubsidy())).build()),
        REFUND_RETURN_RECEIVED((o, r, t) -> unshipped(o).payment(paid(o, t.minusDays(12))).promisedShipAt(null)
                .shipment(shipment(t.minusDays(11), ShipmentStatus.DELIVERED, t.minusDays(8), t.minusDays(9), CourierStatus.ACTIVE, r))
                .addRefund(new Refund("R-" + o.orderId(), r.nextInt(3) == 0 ? RefundStatus.OPEN : RefundStatus.APPROVED,
                        RefundReason.QUALITY, o.lines().get(0).unitPrice(), t.minusDays(6), true, t.minusDays(4),
                        t.minusHours(1 + r.nextInt(48)), List.of(o.lines().get(0).lineId()))).build()),
        SHIP_DEADLINE_AT_RISK((o, r, t) -> unshipped(o).payment(paid(o, t.minusHours(20 + r.nextInt(10))))
                .promisedShipAt(t.plusMinutes(r.nextInt(361))).build()),
        PICKUP_TIMEOUT((o, r, t) -> unshipped(o).payment(paid(o, t.minusHours(80))).shipment(shipment(t.minusHours(25 + r.nextInt(40)),
                ShipmentStatus.SHIPPED, t.plusHours(48), null, CourierStatus.ACTIVE, r)).build()),
        DELIVERY_FAILED((o, r, t) -> unshipped(o).payment(paid(o, t.minusHours(80))).shipment(r.nextBoolean()
                ? shipment(t.minusHours(50), ShipmentStatus.DELIVERY_FAILED, t.plusHours(24), t.minusHours(1 + r.nextInt(10)),
                        CourierStatus.ACTIVE, r)
                : shipment(t.minusHours(70), ShipmentStatus.OUT_FOR_DELIVERY, t.plusHours(24), t.minusHours(25 + r.nextInt(20)),
                        CourierStatus.ACTIVE, r)).build()),
        PARCEL_RETURNED((o, r, t) -> unshipped(o).payment(paid(o, t.minusDays(7))).shipment(shipment(t.minusDays(6),
                ShipmentStatus.RETURNED, t.minusDays(3), t.minusDays(1), CourierStatus.ACTIVE, r)).build());

        private interface Change {
            Order apply(Order order, SplittableRandom random, OffsetDateTime asOf);
        }

        private final Change change;

        Problem(Change change) {
            this.change = change;
        }

        Order apply(Order order, SplittableRandom random, OffsetDateTime asOf) {
            return change.apply(order, random, asOf);
        }
    }

    /**
     * @return a builder of the order without its parcels and refunds, for a problem that sets
     *     them (the clean order's parcels and a completed refund of a delivered line would not fit)
     */
    static Order.Builder unshipped(Order o) {
        return o.toBuilder().shipment(null).shipments(List.of()).refunds(List.of());
    }

    /** @return what the clean order's buyer pays: the total less the platform's subsidy */
    static BigDecimal expectedPayment(Order o) {
        BigDecimal subsidy = o.payment().platformSubsidy();
        return subsidy == null ? o.totalAmount() : o.totalAmount().subtract(subsidy);
    }

    /** @return the order's payment, paid in full at the time (an unpaid order is paid by the same method) */
    static Payment paid(Order o, OffsetDateTime paidAt) {
        Payment p = o.payment();
        return new Payment(PaymentStatus.PAID, p.method() == null ? "ALIPAY" : p.method(), expectedPayment(o), paidAt,
                p.riskScore() == null ? 10 : p.riskScore(), p.platformSubsidy());
    }

    /** @return the parcel, carrying only the one line */
    static Shipment carrying(Shipment s, String lineId) {
        return new Shipment(s.carrier(), s.trackingNumber(), s.status(), s.shippedAt(), s.estimatedDeliveryAt(), s.lastScanAt(),
                s.lastScanLocation(), s.courierStatus(), List.of(lineId));
    }

    static ShippingAddress withDetail(ShippingAddress a, String detail) {
        return new ShippingAddress(a.recipient(), a.phone(), a.country(), a.province(), a.city(), a.district(),
                detail, a.postalCode());
    }

    static ShippingAddress withPhone(ShippingAddress a, String phone) {
        return new ShippingAddress(a.recipient(), phone, a.country(), a.province(), a.city(), a.district(),
                a.detail(), a.postalCode());
    }

    static Customer withDailyOrders(Customer c, int orders) {
        return new Customer(c.customerId(), c.tier(), c.orderCount(), c.averageOrderAmount(), c.refundCount(),
                orders, c.addressChangesLast30d(), c.watchlisted());
    }

    static List<OrderLine> nonPresale(List<OrderLine> lines) {
        return lines.stream().map(l -> new OrderLine(l.lineId(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
                l.weightKg(), false)).toList();
    }

    static OrderLine line(int lineNo, Catalog.Product p, int quantity, boolean presale) {
        return new OrderLine(String.valueOf(lineNo), p.sku(), p.name(), quantity, p.price(), p.weightKg(), presale);
    }

    static Refund refund(Order o, RefundReason reason, OffsetDateTime asOf, boolean returnRequired) {
        return new Refund("R-" + o.orderId(), RefundStatus.OPEN, reason, o.totalAmount(), asOf.minusHours(3), returnRequired,
                null, null);
    }

    static Shipment shipment(OffsetDateTime shippedAt, ShipmentStatus status, OffsetDateTime eta, OffsetDateTime lastScan,
            CourierStatus courier, SplittableRandom r) {
        String carrier = Catalog.CARRIERS[r.nextInt(Catalog.CARRIERS.length)];
        return new Shipment(carrier, carrier + (1_000_000_000L + r.nextLong(8_999_999_999L)), status, shippedAt, eta,
                lastScan, Catalog.HUBS[r.nextInt(Catalog.HUBS.length)], courier);
    }

    /** @return a description of this generator */
    @Override
    public String toString() {
        return "SampleOrders[seed=" + seed + ", count=" + count + ", exceptionRate=" + exceptionRate + ", asOf=" + asOf + "]";
    }
}
