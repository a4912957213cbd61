package io.omsexception.benchmarks;

import static io.omsexception.benchmarks.BaselineText.findKeyword;
import static io.omsexception.benchmarks.BaselineText.hasDigit;
import static io.omsexception.benchmarks.BaselineText.isBlacklistedPhone;
import static io.omsexception.benchmarks.BaselineText.isBlank;
import static io.omsexception.benchmarks.BaselineText.isBlocklisted;
import static io.omsexception.benchmarks.BaselineText.isOneCharacterRepeated;
import static io.omsexception.benchmarks.BaselineText.isValidPhone;
import static io.omsexception.benchmarks.BaselineText.remoteRegion;
import static io.omsexception.benchmarks.BaselineText.seconds;

import io.omsexception.Priority;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RiskLevel;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline: the whole standard catalog ({@code exception-catalog.md}, 31 codes, default
 * thresholds) checked in plain Java, written the way a developer would write it by hand: one
 * method, one {@code if} per code, straight from the model, no rule engine. It returns what a
 * host needs to act (the codes with their priority and blocking flag, sorted as the engine sorts)
 * but no evidence and no texts.
 *
 * <p>Thread-safe: it holds only constants.
 */
public final class HandCodedChecks {

    private static final long PAYMENT_TIMEOUT_SECONDS = 30 * 60;
    private static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.01");
    private static final int HIGH_RISK_SCORE = 80;
    private static final int MIN_HISTORY_ORDERS = 3;
    private static final BigDecimal AMOUNT_MULTIPLIER = new BigDecimal("5");
    private static final int MAX_ORDERS_PER_DAY = 10;
    private static final int MAX_ADDRESS_CHANGES = 3;
    private static final int REFUND_MIN_ORDERS = 3;
    private static final double REFUND_RATIO = 0.5;
    private static final long RETURN_WAIT_SECONDS = 7 * 86_400;

    /** A code's default priority and whether it blocks ({@code null}: only while nothing has shipped). */
    private record Code(Priority priority, Boolean blocking) {
    }

    private static final Map<String, Code> CATALOG = new LinkedHashMap<>();

    static {
        CATALOG.put("PAYMENT_FAILED", new Code(Priority.P1, true));
        CATALOG.put("PAYMENT_TIMEOUT", new Code(Priority.P2, true));
        CATALOG.put("PAYMENT_AMOUNT_MISMATCH", new Code(Priority.P1, true));
        CATALOG.put("HIGH_RISK_PAYMENT", new Code(Priority.P1, true));
        CATALOG.put("REFUND_REQUESTED", new Code(Priority.P2, null));
        CATALOG.put("ADDRESS_INCOMPLETE", new Code(Priority.P3, true));
        CATALOG.put("ADDRESS_SUSPICIOUS", new Code(Priority.P2, true));
        CATALOG.put("PHONE_MISSING", new Code(Priority.P2, true));
        CATALOG.put("PHONE_INVALID", new Code(Priority.P3, true));
        CATALOG.put("OUT_OF_STOCK", new Code(Priority.P1, true));
        CATALOG.put("UNKNOWN_SKU", new Code(Priority.P2, true));
        CATALOG.put("PRODUCT_DELISTED", new Code(Priority.P2, true));
        CATALOG.put("COURIER_REJECTED", new Code(Priority.P1, false));
        CATALOG.put("DELIVERY_OVERDUE", new Code(Priority.P2, false));
        CATALOG.put("PARCEL_STRANDED", new Code(Priority.P2, false));
        CATALOG.put("ORDER_PROCESSING_TIMEOUT", new Code(Priority.P2, false));
        CATALOG.put("SHIP_DEADLINE_AT_RISK", new Code(Priority.P2, false));
        CATALOG.put("PICKUP_TIMEOUT", new Code(Priority.P1, false));
        CATALOG.put("DELIVERY_FAILED", new Code(Priority.P2, false));
        CATALOG.put("PARCEL_RETURNED", new Code(Priority.P2, false));
        CATALOG.put("AMOUNT_ANOMALY", new Code(Priority.P2, true));
        CATALOG.put("PRODUCT_RISK", new Code(Priority.P2, true));
        CATALOG.put("BEHAVIOR_ANOMALY", new Code(Priority.P2, true));
        CATALOG.put("BLACKLISTED_CUSTOMER", new Code(Priority.P1, true));
        CATALOG.put("REFUND_DISPUTE", new Code(Priority.P2, false));
        CATALOG.put("REFUND_HIGH_RISK", new Code(Priority.P1, true));
        CATALOG.put("REFUND_AWAITING_RETURN", new Code(Priority.P3, false));
        CATALOG.put("REFUND_DUE_TO_DELAY", new Code(Priority.P3, false));
        CATALOG.put("REFUND_AUTO_APPROVE", new Code(Priority.P3, true));
        CATALOG.put("REFUNDED_BEFORE_SHIPMENT", new Code(Priority.P1, true));
        CATALOG.put("REFUND_RETURN_RECEIVED", new Code(Priority.P2, false));
    }

    /** Every code of the catalog, in catalog order. */
    public static final List<String> CODES = List.copyOf(CATALOG.keySet());

    private static final Comparator<Hit> RESULT_ORDER = Comparator.comparing(Hit::priority)
            .thenComparing(h -> !h.blocking())
            .thenComparing(Hit::code);

    /**
     * One finding of the baseline.
     *
     * @param code the code
     * @param priority the priority after the VIP bump
     * @param blocking whether it blocks this order
     */
    public record Hit(String code, Priority priority, boolean blocking) {
    }

    /**
     * What the baseline finds on one order.
     *
     * @param orderId the order id
     * @param blocking whether some finding blocks
     * @param hits the findings, by priority, then blocking first, then code
     */
    public record Result(String orderId, boolean blocking, List<Hit> hits) {
        /** @return the codes in result order */
        public List<String> codes() {
            List<String> codes = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                codes.add(h.code());
            }
            return codes;
        }
    }

    /**
     * Checks one order against the whole catalog with the default thresholds, as a request of its own.
     *
     * @param order the order
     * @param reference the inventory snapshot and blacklist
     * @param asOf the reference time
     * @return the findings
     */
    public Result check(Order order, ReferenceData reference, OffsetDateTime asOf) {
        return check(order, reference, asOf, new java.util.HashMap<>());
    }

    /**
     * Checks one order of a request: its stock comes from what the request's earlier orders left.
     *
     * @param order the order
     * @param reference the inventory snapshot and blacklist
     * @param asOf the reference time
     * @param taken per SKU, what earlier orders of the request took; updated with what this order takes
     * @return the findings
     */
    public Result check(Order order, ReferenceData reference, OffsetDateTime asOf, Map<String, Integer> taken) {
        List<String> codes = new ArrayList<>(2);
        Payment payment = order.payment();
        PaymentStatus paymentStatus = payment == null ? null : payment.status();
        boolean shipped = order.isShipped();
        ShippingAddress address = order.shippingAddress();
        Customer customer = order.customer();
        int orderCount = customer == null || customer.orderCount() == null ? 0 : customer.orderCount();
        int refundCount = customer == null || customer.refundCount() == null ? 0 : customer.refundCount();
        int addressChanges = customer == null || customer.addressChangesLast30d() == null ? 0 : customer.addressChangesLast30d();
        int ordersLast24h = customer == null || customer.ordersLast24h() == null ? 0 : customer.ordersLast24h();
        boolean watchlisted = customer != null && Boolean.TRUE.equals(customer.watchlisted());

        // PAYMENT
        if (paymentStatus == PaymentStatus.FAILED) {
            codes.add("PAYMENT_FAILED");
        }
        if ((paymentStatus == null || paymentStatus == PaymentStatus.UNPAID)
                && seconds(order.createdAt(), asOf) > PAYMENT_TIMEOUT_SECONDS) {
            codes.add("PAYMENT_TIMEOUT");
        }
        BigDecimal subsidy = payment == null || payment.platformSubsidy() == null ? BigDecimal.ZERO : payment.platformSubsidy();
        if (paymentStatus == PaymentStatus.PAID && payment.paidAmount() != null && order.totalAmount() != null
                && payment.paidAmount().subtract(order.totalAmount().subtract(subsidy)).abs().compareTo(AMOUNT_TOLERANCE) > 0) {
            codes.add("PAYMENT_AMOUNT_MISMATCH");
        }
        if (payment != null && payment.riskScore() != null && payment.riskScore() >= HIGH_RISK_SCORE) {
            codes.add("HIGH_RISK_PAYMENT");
        }
        boolean openRefund = false;
        for (Refund r : order.refunds()) {
            openRefund |= r.isOpen();
        }
        int refundRequestedAt = codes.size();
        if (openRefund) {
            codes.add("REFUND_REQUESTED");
        }

        // INFORMATION
        String country = address == null || isBlank(address.country()) ? "CN" : address.country().trim().toUpperCase(Locale.ROOT);
        boolean china = country.equals("CN") || country.equals("CHN");
        String detail = address == null ? null : address.detail();
        boolean detailMasked = BaselineText.isMasked(detail);
        boolean houseNumber = china ? BaselineText.hasChineseHouseNumber(detail) : hasDigit(detail);
        if (address == null || (china && isBlank(address.province())) || isBlank(address.city()) || isBlank(detail)
                || (!detailMasked && !houseNumber && !BaselineText.isRural(detail)) || (!china && isBlank(address.postalCode()))
                || (china && isBlank(address.district()) && !BaselineText.hasNoDistricts(address.city()))) {
            codes.add("ADDRESS_INCOMPLETE");
        }
        if (address != null && ((!BaselineText.isMasked(address.recipient()) && findKeyword(address.recipient()))
                || (!detailMasked && (findKeyword(detail) || isOneCharacterRepeated(detail) || isBlocklisted(detail, reference))))) {
            codes.add("ADDRESS_SUSPICIOUS");
        }
        String phone = address == null ? null : address.phone();
        if (isBlank(phone)) {
            codes.add("PHONE_MISSING");
        } else if (!BaselineText.isMasked(phone) && !isValidPhone(phone, china)) {
            codes.add("PHONE_INVALID");
        }

        // INVENTORY
        Map<String, Integer> quantities = new LinkedHashMap<>();
        boolean unknown = false;
        boolean delisted = false;
        boolean risky = false;
        for (OrderLine line : order.lines()) {
            quantities.merge(line.sku(), line.isPresale() ? 0 : line.quantity(), Integer::sum);
            InventoryItem item = reference.inventoryItem(line.sku()).orElse(null);
            if (reference.hasInventory() && item == null) {
                unknown = true;
            }
            if (item != null && Boolean.FALSE.equals(item.listed())) {
                delisted = true;
            }
            if (item != null && item.riskLevel() == RiskLevel.HIGH) {
                risky = true;
            }
        }
        boolean takesStock = !shipped && paymentStatus != PaymentStatus.FAILED && paymentStatus != PaymentStatus.REFUNDED;
        boolean shortOfStock = false;
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            InventoryItem item = reference.inventoryItem(e.getKey()).orElse(null);
            if (!takesStock || item == null || item.available() == null || e.getValue() <= 0) {
                continue;
            }
            int before = taken.getOrDefault(e.getKey(), 0);
            if ((long) e.getValue() > (long) item.available() - before) {
                shortOfStock = true;
            } else {
                taken.merge(e.getKey(), e.getValue(), Integer::sum);
            }
        }
        if (shortOfStock) {
            codes.add("OUT_OF_STOCK");
        }
        if (unknown) {
            codes.add("UNKNOWN_SKU");
        }
        if (delisted) {
            codes.add("PRODUCT_DELISTED");
        }

        // LOGISTICS
        BaselineParcels parcels = new BaselineParcels(order, asOf, remoteRegion(address));
        codes.addAll(parcels.codes());
        // RISK
        if (customer != null && customer.tier() != CustomerTier.VIP && orderCount >= MIN_HISTORY_ORDERS && customer.averageOrderAmount() != null
                && customer.averageOrderAmount().signum() > 0 && order.totalAmount() != null
                && order.totalAmount().compareTo(customer.averageOrderAmount().multiply(AMOUNT_MULTIPLIER)) > 0) {
            codes.add("AMOUNT_ANOMALY");
        }
        if (risky) {
            codes.add("PRODUCT_RISK");
        }
        if (ordersLast24h >= MAX_ORDERS_PER_DAY || addressChanges >= MAX_ADDRESS_CHANGES) {
            codes.add("BEHAVIOR_ANOMALY");
        }
        boolean blacklisted = (customer != null && customer.customerId() != null
                && reference.blacklist().customerIds().contains(customer.customerId()))
                || isBlacklistedPhone(phone, reference, china);
        if (blacklisted) {
            codes.add("BLACKLISTED_CUSTOMER");
        }

        // REFUND
        boolean dispute = false;
        boolean awaiting = false;
        boolean delay = false;
        boolean noLongerNeeded = false;
        for (Refund r : order.refunds()) {
            if (!r.isOpen()) {
                continue;
            }
            dispute |= r.reason() == RefundReason.USED_GOODS || r.reason() == RefundReason.NOT_AS_DESCRIBED;
            awaiting |= Boolean.TRUE.equals(r.returnRequired()) && r.returnShippedAt() != null
                    && r.returnReceivedAt() == null && seconds(r.returnShippedAt(), asOf) > RETURN_WAIT_SECONDS;
            delay |= r.reason() == RefundReason.DELIVERY_DELAY && parcels.inTransit();
            noLongerNeeded |= r.reason() == RefundReason.NO_LONGER_NEEDED;
        }
        boolean refundHighRisk = openRefund && (watchlisted
                || (orderCount >= REFUND_MIN_ORDERS && (double) refundCount / orderCount >= REFUND_RATIO)
                || addressChanges >= MAX_ADDRESS_CHANGES);
        if (dispute) {
            codes.add("REFUND_DISPUTE");
        }
        if (refundHighRisk) {
            codes.add("REFUND_HIGH_RISK");
        }
        if (awaiting) {
            codes.add("REFUND_AWAITING_RETURN");
        }
        if (delay) {
            codes.add("REFUND_DUE_TO_DELAY");
        }
        if (noLongerNeeded && !shipped && !refundHighRisk && !blacklisted) {
            codes.add("REFUND_AUTO_APPROVE");
            if (openRefund) {
                codes.remove(refundRequestedAt); // withdrawn by REFUND_AUTO_APPROVE
            }
        }
        codes.addAll(parcels.refundCodes(paymentStatus));

        if (codes.isEmpty()) {
            return new Result(order.orderId(), false, List.of());
        }
        boolean vip = customer != null && customer.tier() == CustomerTier.VIP;
        List<Hit> hits = new ArrayList<>(codes.size());
        boolean blockingOrder = false;
        for (String code : codes) {
            Code c = CATALOG.get(code);
            boolean blocking = c.blocking() == null ? !shipped : c.blocking();
            blockingOrder |= blocking;
            hits.add(new Hit(code, vip ? c.priority().raised() : c.priority(), blocking));
        }
        hits.sort(RESULT_ORDER);
        return new Result(order.orderId(), blockingOrder, hits);
    }
}
