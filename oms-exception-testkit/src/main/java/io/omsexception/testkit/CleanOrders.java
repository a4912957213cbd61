package io.omsexception.testkit;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
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
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds one clean order of a generated day: nothing in it breaks a standard rule of catalog v2,
 * though marketplace orders carry what marketplaces hand merchants (masked and virtual phones,
 * masked names and detail lines, platform subsidies, ship-by deadlines, several parcels, a
 * completed refund of a delivered line whose return came back). Not thread-safe: one per order.
 */
final class CleanOrders {
    private static final BigDecimal[] SUBSIDIES = {new BigDecimal("3.00"), new BigDecimal("5.00"),
        new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("30.00")};

    private final SplittableRandom r;
    private final OffsetDateTime asOf;
    private final int index;

    CleanOrders(SplittableRandom r, OffsetDateTime asOf, int index) {
        this.r = r;
        this.asOf = asOf;
        this.index = index;
    }

    /** @return whether orders of the channel come from a marketplace (desensitised data, subsidies, deadlines) */
    static boolean marketplace(String channel) {
        return switch (channel) {
            case "TMALL", "JD", "DOUYIN", "PDD" -> true;
            default -> false;
        };
    }

    Order cleanOrder() {
        String orderId = "SO-" + zeroPadded(index + 1, 7);
        String channel = Catalog.CHANNELS[r.nextInt(Catalog.CHANNELS.length)];
        boolean marketplace = marketplace(channel);
        boolean international = r.nextInt(100) < 6;
        ShippingAddress address = international ? Catalog.internationalAddress(r) : Catalog.chineseAddress(r, marketplace);
        List<OrderLine> lines = new ArrayList<>(3);
        int lineCount = 1 + (r.nextInt(10) < 7 ? 0 : r.nextInt(3));
        boolean presaleOrder = r.nextInt(100) < 5;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lineCount; i++) {
            Catalog.Product p = Catalog.REGULAR.get(r.nextInt(Catalog.REGULAR.size()));
            OrderLine line = SampleOrders.line(i + 1, p, 1 + (r.nextInt(10) < 8 ? 0 : r.nextInt(2)), presaleOrder);
            lines.add(line);
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        total = total.setScale(2, RoundingMode.HALF_UP);

        int ageBucket = r.nextInt(100);
        OffsetDateTime created;
        List<Shipment> parcels = List.of();
        List<Refund> refunds = List.of();
        OffsetDateTime promisedShipAt = null;
        Payment payment;
        String method = Catalog.METHODS[r.nextInt(Catalog.METHODS.length)];
        int risk = r.nextInt(60);
        if (ageBucket < 3) {
            created = asOf.minusMinutes(1 + r.nextInt(29));
            payment = new Payment(PaymentStatus.UNPAID, null, null, null, null);
        } else {
            if (ageBucket < 35) {
                created = asOf.minusMinutes(30 + r.nextInt(60 * 40));
            } else {
                created = asOf.minusHours(48 + r.nextInt(24 * 6));
            }
            OffsetDateTime paidAt = created.plusMinutes(1 + r.nextInt(10));
            BigDecimal subsidy = marketplace && r.nextInt(10) < 3 ? subsidy(total) : null;
            payment = new Payment(PaymentStatus.PAID, method, subsidy == null ? total : total.subtract(subsidy), paidAt,
                    risk, subsidy);
            if (marketplace && r.nextBoolean()) {
                // the marketplace's 48 h ship-by deadline: an unshipped order was paid less than 40 h ago
                promisedShipAt = paidAt.plusHours(48);
            }
            long hoursSincePaid = Duration.between(paidAt, asOf).toHours();
            if (hoursSincePaid >= 40 || (hoursSincePaid > 6 && r.nextBoolean())) {
                OffsetDateTime shippedAt = paidAt.plusHours(2 + r.nextInt((int) Math.min(30, Math.max(1, hoursSincePaid - 4))));
                if (shippedAt.isAfter(asOf)) {
                    shippedAt = asOf.minusHours(1);
                }
                if (lineCount > 1 && r.nextBoolean()) {
                    List<String> rest = new ArrayList<>(lineCount - 1);
                    for (int i = 1; i < lineCount; i++) {
                        rest.add(lines.get(i).lineId());
                    }
                    parcels = List.of(parcel(shippedAt, List.of(lines.get(0).lineId())), parcel(shippedAt, List.copyOf(rest)));
                    if (parcels.get(1).status() == ShipmentStatus.DELIVERED && r.nextInt(5) == 0
                            && Duration.between(parcels.get(1).lastScanAt(), asOf).toHours() > 60) {
                        refunds = List.of(returnedAndRefunded(orderId, lines.get(lineCount - 1), parcels.get(1)));
                    }
                } else {
                    parcels = List.of(parcel(shippedAt, List.of()));
                }
            } else if (r.nextInt(3) == 0) {
                parcels = List.of(new Shipment(null, null, ShipmentStatus.CREATED, null, null, null, null, null));
            }
        }

        CustomerTier tier = r.nextInt(100) < 12 ? CustomerTier.VIP : r.nextInt(100) < 25 ? CustomerTier.NEW : CustomerTier.REGULAR;
        int history = tier == CustomerTier.NEW ? 0 : 1 + r.nextInt(tier == CustomerTier.VIP ? 80 : 25);
        BigDecimal average = history == 0 ? null
                : total.multiply(BigDecimal.valueOf(60 + r.nextInt(120))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                        .max(new BigDecimal("1.00"));
        int refundCount = history == 0 ? 0 : r.nextInt(Math.max(1, history / 5));
        Customer customer = new Customer("C-" + zeroPadded(1 + r.nextInt(400_000), 6), tier, history, average,
                refundCount, 1 + r.nextInt(3), r.nextInt(2), false);

        return new Order(orderId, channel, created, total, international ? "USD" : "CNY", customer, address, payment, lines,
                parcels.size() == 1 ? parcels.get(0) : null, refunds, promisedShipAt,
                parcels.size() > 1 ? parcels : List.of());
    }

    /** @return a subsidy of a few yuan, at most a third of the total */
    private BigDecimal subsidy(BigDecimal total) {
        BigDecimal s = SUBSIDIES[r.nextInt(SUBSIDIES.length)];
        return s.multiply(BigDecimal.valueOf(3)).compareTo(total) <= 0 ? s : null;
    }

    /** @return a parcel shipped at the time: delivered, in transit, out for delivery, or shipped and not yet picked up */
    private Shipment parcel(OffsetDateTime shippedAt, List<String> lineIds) {
        String carrier = Catalog.CARRIERS[r.nextInt(Catalog.CARRIERS.length)];
        String tracking = carrier + (1_000_000_000L + r.nextLong(8_999_999_999L));
        String hub = Catalog.HUBS[r.nextInt(Catalog.HUBS.length)];
        long sinceShipped = Duration.between(shippedAt, asOf).toHours();
        if (sinceShipped > 72 || r.nextInt(4) == 0) {
            return new Shipment(carrier, tracking, ShipmentStatus.DELIVERED, shippedAt, shippedAt.plusHours(72),
                    shippedAt.plusHours(20 + r.nextInt(40)), hub, CourierStatus.ACTIVE, lineIds);
        }
        int form = r.nextInt(6);
        if (form == 0 && sinceShipped < 20) {
            return new Shipment(carrier, tracking, ShipmentStatus.SHIPPED, shippedAt, shippedAt.plusHours(96), null, null,
                    CourierStatus.ACTIVE, lineIds);
        }
        OffsetDateTime lastScan = asOf.minusHours(Math.min(sinceShipped, 1 + r.nextInt(20)));
        ShipmentStatus status = form == 1 ? ShipmentStatus.OUT_FOR_DELIVERY : ShipmentStatus.IN_TRANSIT;
        return new Shipment(carrier, tracking, status, shippedAt, shippedAt.plusHours(96), lastScan,
                status == ShipmentStatus.OUT_FOR_DELIVERY ? "派送站" : hub, CourierStatus.ACTIVE, lineIds);
    }

    /** @return a completed refund of a delivered line whose return the warehouse received */
    private Refund returnedAndRefunded(String orderId, OrderLine line, Shipment delivered) {
        OffsetDateTime requested = delivered.lastScanAt().plusHours(2 + r.nextInt(20));
        return new Refund("R-" + orderId, RefundStatus.COMPLETED, RefundReason.NO_LONGER_NEEDED, line.unitPrice(),
                requested, true, requested.plusHours(4), requested.plusHours(30), List.of(line.lineId()));
    }

    /** @return the number in decimal, padded with zeros to the width (cheaper than String.format) */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        StringBuilder b = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }
}
