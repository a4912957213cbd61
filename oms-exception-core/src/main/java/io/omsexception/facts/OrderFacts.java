package io.omsexception.facts;

import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One order as rules see it: the {@link Order} itself plus values derived once, in Java, from the
 * order, the reference data, the {@link FactInput}s the packs' parameters feed and the reference
 * time {@code asOf}. Rules match on these values instead of reading clocks, parsing phones or
 * walking nested objects, so the DRL stays declarative and never fails on a missing part.
 *
 * <p>What is about the order itself is here; the rest is in one view per concern, each derived
 * once with the order: {@link #getAddress() address}, {@link #getContact() contact},
 * {@link #getPayment() payment}, {@link #getShipment() shipment} and {@link #getCustomer()
 * customer}, read in DRL as {@code OrderFacts(address.china, address.provinceBlank)} or
 * {@code OrderFacts(payment.unpaid, secondsSinceCreated > ...)}. A view is never null, also when the
 * order lacks its part (its {@code given} is then false and its values null or neutral), so
 * {@code payment.paid} never throws.
 *
 * <p>Conventions, for these facts and the views: a boxed getter ({@link Long}, {@link Integer}, an
 * enum, {@link BigDecimal}, {@link String}) returns null when the order lacks what it derives from;
 * rules test {@code != null} first. Primitive getters have a neutral default (counts are 0, flags
 * false). Durations are whole seconds from the named field to {@code asOf}, rounded up (so that
 * "more than 30 minutes" holds at 30 minutes and half a second); the {@code minutes...} and
 * {@code hours...} values are the same durations in units, for evidence. Line, SKU and refund
 * facts point back here with {@code getOrder()}; join them with {@code order == $o} (identity).
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderFacts {
    private final Order order;
    private final OffsetDateTime asOf;
    private final Parameters parameters;
    private final boolean shipped;
    private final boolean allLinesPresale;
    private final long secondsSinceCreated;
    private final boolean openRefund;
    private final boolean activeRefund;
    private final boolean takesStock;
    private final OffsetDateTime shipByDeadline;
    private final Long secondsToDeadline;
    private final List<ParcelFacts> parcels;
    private final AddressFacts address;
    private final ContactFacts contact;
    private final PaymentFacts payment;
    private final ShipmentFacts shipment;
    private final CustomerFacts customer;
    private final List<LineFacts> lines;
    private final List<SkuFacts> skus;
    private final List<RefundFacts> refunds;

    /**
     * Derives the facts of one order.
     *
     * @param order the order, never null
     * @param reference the reference data, never null
     * @param asOf the reference time of every duration, never null
     * @param parameters the engine's parameters, never null
     */
    public OrderFacts(Order order, ReferenceData reference, OffsetDateTime asOf, Parameters parameters) {
        this(order, ReferenceIndex.of(reference), asOf, parameters);
    }

    /**
     * Derives the facts of one order against reference data indexed once for the whole request.
     *
     * @param order the order, never null
     * @param index the indexed reference data, never null
     * @param asOf the reference time of every duration, never null
     * @param parameters the engine's parameters, never null
     */
    public OrderFacts(Order order, ReferenceIndex index, OffsetDateTime asOf, Parameters parameters) {
        this(order, index, asOf, parameters, new StockAllocation());
    }

    /**
     * Derives the facts of one order of a request, taking its stock from what the request's earlier
     * orders left when {@link FactInput#ALLOCATE_ACROSS_REQUEST} is on. Derive a request's orders in
     * request order, with one allocation.
     *
     * @param order the order, never null
     * @param index the indexed reference data, never null
     * @param asOf the reference time of every duration, never null
     * @param parameters the engine's parameters, never null
     * @param allocation what the request's earlier orders took, never null; updated with what this
     *     order takes
     */
    public OrderFacts(Order order, ReferenceIndex index, OffsetDateTime asOf, Parameters parameters,
            StockAllocation allocation) {
        ReferenceData reference = index.reference();
        this.order = order;
        this.asOf = asOf;
        this.parameters = parameters;
        this.shipped = order.isShipped();
        this.secondsSinceCreated = Durations.seconds(order.createdAt(), asOf);

        this.address = new AddressFacts(order.shippingAddress(), index, parameters);
        this.contact = new ContactFacts(order.shippingAddress(), address.isChina(), index);
        this.payment = new PaymentFacts(order.payment(), order.totalAmount(), asOf);
        List<Shipment> orderParcels = order.parcels();
        ParcelFacts[] parcelFacts = new ParcelFacts[orderParcels.size()];
        boolean indexed = !order.shipments().isEmpty();
        for (int i = 0; i < parcelFacts.length; i++) {
            parcelFacts[i] = new ParcelFacts(this, i, indexed, orderParcels.get(i), asOf);
        }
        this.shipment = new ShipmentFacts(parcelFacts.length == 0 ? null : parcelFacts[0]);
        this.parcels = listOf(parcelFacts);
        PaymentStatus paymentStatus = order.payment() == null ? null : order.payment().status();
        this.takesStock = !shipped && paymentStatus != PaymentStatus.FAILED && paymentStatus != PaymentStatus.REFUNDED;
        this.customer = new CustomerFacts(order.customer(), index);

        List<OrderLine> orderLines = order.lines();
        boolean allPresale = !orderLines.isEmpty();
        LineFacts[] lineFacts = new LineFacts[orderLines.size()];
        // SKUs in order of first appearance: a short list looked through (orders have few lines), a map for long orders
        List<SkuFacts.Builder> bySku = new ArrayList<>(lineFacts.length);
        Map<String, SkuFacts.Builder> skuIndex = lineFacts.length > SKUS_SCANNED ? new HashMap<>() : null;
        for (int i = 0; i < lineFacts.length; i++) {
            OrderLine line = orderLines.get(i);
            allPresale &= line.isPresale();
            lineFacts[i] = new LineFacts(this, i, line, reference);
            builderOf(bySku, skuIndex, line.sku()).add(i, line);
        }
        this.allLinesPresale = allPresale;
        Long processing = parameters.secondsInput(FactInput.PROCESSING_HOURS);
        OffsetDateTime paidAt = order.payment() == null ? null : order.payment().paidAt();
        this.shipByDeadline = order.promisedShipAt() != null ? order.promisedShipAt()
                : paidAt != null && processing != null ? paidAt.plusSeconds(processing) : null;
        this.secondsToDeadline = shipByDeadline == null ? null : Durations.seconds(asOf, shipByDeadline);
        this.lines = listOf(lineFacts);
        SkuFacts[] skuFacts = new SkuFacts[bySku.size()];
        boolean across = parameters.booleanInput(FactInput.ALLOCATE_ACROSS_REQUEST);
        for (int i = 0; i < skuFacts.length; i++) {
            skuFacts[i] = bySku.get(i).build(this, reference, allocation, takesStock, across);
        }
        this.skus = listOf(skuFacts);

        List<Refund> orderRefunds = order.refunds();
        RefundFacts[] refundFacts = new RefundFacts[orderRefunds.size()];
        boolean open = false;
        boolean active = false;
        for (int i = 0; i < refundFacts.length; i++) {
            Refund r = orderRefunds.get(i);
            open |= r.isOpen();
            active |= r.isOpen() || r.status() == RefundStatus.APPROVED || r.status() == RefundStatus.COMPLETED;
            refundFacts[i] = new RefundFacts(this, i, r, asOf);
        }
        this.openRefund = open;
        this.activeRefund = active;
        this.refunds = listOf(refundFacts);
    }

    /** Orders with up to this many lines find a line's SKU among the earlier ones by looking through them. */
    private static final int SKUS_SCANNED = 16;

    private static SkuFacts.Builder builderOf(List<SkuFacts.Builder> bySku, Map<String, SkuFacts.Builder> index, String sku) {
        SkuFacts.Builder b = null;
        if (index != null) {
            b = index.get(sku);
        } else {
            for (int i = 0; i < bySku.size() && b == null; i++) {
                if (java.util.Objects.equals(bySku.get(i).sku(), sku)) {
                    b = bySku.get(i);
                }
            }
        }
        if (b == null) {
            b = new SkuFacts.Builder(sku);
            bySku.add(b);
            if (index != null) {
                index.put(sku, b);
            }
        }
        return b;
    }

    /** The same immutable list as {@code List.copyOf}, without a list to copy from. */
    @SafeVarargs
    private static <T> List<T> listOf(T... facts) {
        switch (facts.length) {
            case 0:
                return List.of();
            case 1:
                return List.of(facts[0]);
            case 2:
                return List.of(facts[0], facts[1]);
            default:
                return List.of(facts);
        }
    }

    /** @return the order as given, never null */
    public Order getOrder() {
        return order;
    }

    /** @return the order's id, never null */
    public String getOrderId() {
        return order.orderId();
    }

    /** @return the reference time of every duration, never null */
    public OffsetDateTime getAsOf() {
        return asOf;
    }

    /**
     * @return the engine's parameters, never null: the same object as the {@link Parameters} fact of
     *     the session, for a threshold read inside the order's own pattern
     *     ({@code OrderFacts(customer.ordersLast24h >= parameters.integer("risk.maxOrdersPerDay"))}),
     *     which the rule network tests on the order alone instead of joining every order with
     *     {@code Parameters()}
     */
    public Parameters getParameters() {
        return parameters;
    }

    /** @return the customer's tier (VIP raises every finding's priority by one level), or null when unknown */
    public CustomerTier getTier() {
        return order.customer() == null ? null : order.customer().tier();
    }

    /**
     * @return whether something of the order has shipped: some parcel's status is anything but
     *     CREATED, or it has a {@code shippedAt}; false without a shipment
     */
    public boolean isShipped() {
        return shipped;
    }

    /**
     * @return whether the order can take stock: nothing has shipped and the payment is neither
     *     FAILED nor REFUNDED (OUT_OF_STOCK applies only to such orders)
     */
    public boolean isTakesStock() {
        return takesStock;
    }

    /** @return the marketplace's ship-by deadline as given ({@code promisedShipAt}), or null */
    public OffsetDateTime getPromisedShipAt() {
        return order.promisedShipAt();
    }

    /**
     * @return the ship-by deadline: {@code promisedShipAt} when given, else {@code payment.paidAt}
     *     plus the processing time ({@link FactInput#PROCESSING_HOURS}); null without either
     */
    public OffsetDateTime getShipByDeadline() {
        return shipByDeadline;
    }

    /**
     * @return whether the order should still ship by its deadline: payment is PAID, the order has
     *     lines, nothing has shipped, and not every line is presale (this last condition does not
     *     apply when {@code promisedShipAt} is given)
     */
    public boolean isAwaitingShipment() {
        return payment.isPaid() && !order.lines().isEmpty() && !shipped
                && (order.promisedShipAt() != null || !allLinesPresale);
    }

    /** @return whether {@code asOf} is after the {@link #getShipByDeadline() ship-by deadline}; false without one */
    public boolean isShipByDeadlinePassed() {
        return shipByDeadline != null && asOf.isAfter(shipByDeadline);
    }

    /**
     * @return whole seconds from {@code asOf} to the ship-by deadline, rounded up: negative when it
     *     has passed; null without a deadline
     */
    public Long getSecondsToDeadline() {
        return secondsToDeadline;
    }

    /** @return {@link #getSecondsToDeadline()} in hours, for evidence (exact, or rounded up to 2 decimals); or null */
    public BigDecimal getHoursToDeadline() {
        return Durations.inUnits(secondsToDeadline, 3_600);
    }

    /** @return whether the payment is REFUNDED and nothing has shipped */
    public boolean isRefundedBeforeShipment() {
        return payment.getStatus() == PaymentStatus.REFUNDED && !shipped;
    }

    /** @return whether some refund of the order is OPEN, APPROVED or COMPLETED */
    public boolean isActiveRefund() {
        return activeRefund;
    }

    /**
     * @return the facts of every parcel: the one-parcel {@code shipment} or each of
     *     {@code shipments}, in order; empty without a shipment, never null
     */
    public List<ParcelFacts> getParcels() {
        return parcels;
    }

    /** @return whether the order has lines and every one is presale; false without lines */
    public boolean isAllLinesPresale() {
        return allLinesPresale;
    }

    /** @return the number of lines, 0 or more */
    public int getLineCount() {
        return order.lines().size();
    }

    /** @return the order's total amount, or null */
    public BigDecimal getTotalAmount() {
        return order.totalAmount();
    }

    /** @return when the order was placed, never null */
    public OffsetDateTime getCreatedAt() {
        return order.createdAt();
    }

    /** @return whole seconds from {@link #getCreatedAt()} to {@code asOf}, rounded up; negative when created later */
    public long getSecondsSinceCreated() {
        return secondsSinceCreated;
    }

    /** @return {@link #getSecondsSinceCreated()} in minutes, for evidence (exact, or rounded up to 2 decimals), never null */
    public BigDecimal getMinutesSinceCreated() {
        return Durations.inUnits(secondsSinceCreated, 60);
    }

    /** @return whether some refund request of the order is OPEN; false without refunds */
    public boolean isOpenRefund() {
        return openRefund;
    }

    /** @return the shipping address's facts, never null (see {@link AddressFacts} for an order without one) */
    public AddressFacts getAddress() {
        return address;
    }

    /** @return the recipient phone's facts, never null (see {@link ContactFacts} for an order without one) */
    public ContactFacts getContact() {
        return contact;
    }

    /** @return the payment's facts, never null (see {@link PaymentFacts} for an order without one) */
    public PaymentFacts getPayment() {
        return payment;
    }

    /**
     * @return the shipment's facts, never null: of the one-parcel {@code shipment}, or of the first
     *     parcel of {@code shipments} (the logistics rules read every parcel: {@link #getParcels()});
     *     see {@link ShipmentFacts} for an order without one
     */
    public ShipmentFacts getShipment() {
        return shipment;
    }

    /** @return the customer's facts, never null (see {@link CustomerFacts} for an order without one) */
    public CustomerFacts getCustomer() {
        return customer;
    }

    /** @return the line facts, in line order; empty without lines, never null */
    public List<LineFacts> getLines() {
        return lines;
    }

    /** @return one fact per distinct SKU, in order of first appearance; empty without lines, never null */
    public List<SkuFacts> getSkus() {
        return skus;
    }

    /** @return the refund facts, in request order; empty without refunds, never null */
    public List<RefundFacts> getRefunds() {
        return refunds;
    }

    @Override
    public String toString() {
        return "OrderFacts[" + order.orderId() + "]";
    }
}
