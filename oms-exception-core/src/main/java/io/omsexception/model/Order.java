package io.omsexception.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order as the host hands it to the engine. Only {@code orderId} and {@code createdAt} are
 * required; every other part may be null (lists: empty), and a missing part never makes an
 * evaluation fail: it only makes the rules that need it not apply, unless a rule is about that
 * part being missing.
 *
 * <p>Every text of an order and its parts must be valid Unicode ({@link Texts#check}).
 *
 * <p>Immutable and thread-safe. Build one with the canonical constructor or {@link #builder}.
 *
 * @param orderId the host's order id; required, not blank, one line without control characters
 *     ({@link Texts#checkLine})
 * @param channel the sales channel, for example {@code TMALL}
 * @param createdAt when the order was placed; required
 * @param totalAmount the amount the customer must pay, within the limits of {@link Money}
 * @param currency the ISO 4217 currency code
 * @param customer the customer's summary
 * @param shippingAddress the shipping address and contact
 * @param payment the payment
 * @param lines the order lines, never null
 * @param shipment the one-parcel form of the shipment: a parcel carrying every line; not given
 *     together with {@code shipments}
 * @param refunds the refund requests, never null
 * @param promisedShipAt the marketplace's ship-by deadline (最晚发货时间), or null
 * @param shipments several parcels, each carrying the lines its {@link Shipment#lineIds()} name
 *     (all when empty), never null; empty when the order has one parcel ({@code shipment}) or none
 */
public record Order(
        String orderId,
        String channel,
        OffsetDateTime createdAt,
        BigDecimal totalAmount,
        String currency,
        Customer customer,
        ShippingAddress shippingAddress,
        Payment payment,
        List<OrderLine> lines,
        Shipment shipment,
        List<Refund> refunds,
        OffsetDateTime promisedShipAt,
        List<Shipment> shipments) {

    /**
     * Validates the order; see the class description. Besides each part's own checks:
     * {@code shipment} and {@code shipments} are not both given, the one-parcel {@code shipment}
     * names no lines, and every {@code lineIds} entry of a parcel or refund is the {@code lineId}
     * of one of the order's lines.
     */
    public Order {
        Checks.required(orderId, "orderId");
        Texts.checkLine(orderId, "orderId");
        Checks.required(createdAt, "createdAt");
        Checks.text(channel, "channel");
        Checks.text(currency, "currency");
        totalAmount = Checks.money(totalAmount, "totalAmount");
        lines = Checks.list(lines, "lines");
        refunds = Checks.list(refunds, "refunds");
        shipments = Checks.list(shipments, "shipments");
        if (shipment != null && !shipments.isEmpty()) {
            throw new InvalidFieldException("shipments",
                    "must not be given together with shipment (the one-parcel form); give every parcel in shipments");
        }
        if (shipment != null && !shipment.lineIds().isEmpty()) {
            throw new InvalidFieldException("shipment.lineIds",
                    "must be absent: the one-parcel shipment carries every line; give parcels with lineIds in shipments");
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (OrderLine line : lines) {
            if (line.lineId() != null) {
                ids.add(line.lineId());
            }
        }
        for (int i = 0; i < shipments.size(); i++) {
            checkLineIds(shipments.get(i).lineIds(), ids, "shipments[" + i + "].lineIds");
        }
        for (int i = 0; i < refunds.size(); i++) {
            checkLineIds(refunds.get(i).lineIds(), ids, "refunds[" + i + "].lineIds");
        }
    }

    private static void checkLineIds(List<String> named, java.util.Set<String> ids, String field) {
        for (int i = 0; i < named.size(); i++) {
            if (!ids.contains(named.get(i))) {
                throw new InvalidFieldException(field + "[" + i + "]",
                        "names no line of the order: no line has lineId " + Texts.quoted(named.get(i)));
            }
        }
    }

    /**
     * An order in the one-parcel form, without a ship-by deadline.
     *
     * @param orderId the host's order id
     * @param channel the sales channel
     * @param createdAt when the order was placed
     * @param totalAmount the amount the customer must pay
     * @param currency the currency code
     * @param customer the customer's summary
     * @param shippingAddress the shipping address
     * @param payment the payment
     * @param lines the order lines
     * @param shipment the shipment, or null
     * @param refunds the refund requests
     */
    public Order(String orderId, String channel, OffsetDateTime createdAt, BigDecimal totalAmount, String currency,
            Customer customer, ShippingAddress shippingAddress, Payment payment, List<OrderLine> lines,
            Shipment shipment, List<Refund> refunds) {
        this(orderId, channel, createdAt, totalAmount, currency, customer, shippingAddress, payment, lines, shipment,
                refunds, null, List.of());
    }

    /**
     * @return every parcel of the order, never null: {@code shipments} when given, else the
     *     one-parcel {@code shipment}, else none
     */
    public List<Shipment> parcels() {
        if (!shipments.isEmpty()) {
            return shipments;
        }
        return shipment == null ? List.of() : List.of(shipment);
    }

    /** @return whether something has shipped: some parcel {@link Shipment#isShipped() has shipped} */
    public boolean isShipped() {
        for (Shipment s : parcels()) {
            if (s.isShipped()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param line a line of this order, never null
     * @return whether the line has shipped: a parcel that has shipped carries it
     */
    public boolean isShipped(OrderLine line) {
        for (Shipment s : parcels()) {
            if (s.isShipped() && s.carries(line.lineId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param orderId the order id
     * @param createdAt when the order was placed
     * @return a builder with the two required values set
     */
    public static Builder builder(String orderId, OffsetDateTime createdAt) {
        return new Builder().orderId(orderId).createdAt(createdAt);
    }

    /** @return a builder holding this order's values */
    public Builder toBuilder() {
        Builder b = new Builder().orderId(orderId).channel(channel).createdAt(createdAt)
                .totalAmount(totalAmount).currency(currency).customer(customer)
                .shippingAddress(shippingAddress).payment(payment).shipment(shipment).promisedShipAt(promisedShipAt);
        b.lines.addAll(lines);
        b.refunds.addAll(refunds);
        b.shipments.addAll(shipments);
        return b;
    }

    /** A mutable, single-threaded builder of {@link Order}; {@link #build()} validates. */
    public static final class Builder {
        private String orderId;
        private String channel;
        private OffsetDateTime createdAt;
        private BigDecimal totalAmount;
        private String currency;
        private Customer customer;
        private ShippingAddress shippingAddress;
        private Payment payment;
        private final List<OrderLine> lines = new ArrayList<>();
        private Shipment shipment;
        private final List<Refund> refunds = new ArrayList<>();
        private OffsetDateTime promisedShipAt;
        private final List<Shipment> shipments = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param value the order id
         * @return this builder
         */
        public Builder orderId(String value) {
            this.orderId = value;
            return this;
        }

        /**
         * @param value the sales channel
         * @return this builder
         */
        public Builder channel(String value) {
            this.channel = value;
            return this;
        }

        /**
         * @param value when the order was placed
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value the total amount
         * @return this builder
         */
        public Builder totalAmount(BigDecimal value) {
            this.totalAmount = value;
            return this;
        }

        /**
         * @param value the total amount as an exact decimal string, for example "199.00", or null
         * @return this builder
         * @throws InvalidFieldException naming {@code totalAmount} when the text is not a decimal
         *     number ({@link Money#parse})
         */
        public Builder totalAmount(String value) {
            this.totalAmount = Money.parse(value, "totalAmount");
            return this;
        }

        /**
         * @param value the currency
         * @return this builder
         */
        public Builder currency(String value) {
            this.currency = value;
            return this;
        }

        /**
         * @param value the customer
         * @return this builder
         */
        public Builder customer(Customer value) {
            this.customer = value;
            return this;
        }

        /**
         * @param value the shipping address
         * @return this builder
         */
        public Builder shippingAddress(ShippingAddress value) {
            this.shippingAddress = value;
            return this;
        }

        /**
         * @param value the payment
         * @return this builder
         */
        public Builder payment(Payment value) {
            this.payment = value;
            return this;
        }

        /**
         * @param value a line to add
         * @return this builder
         */
        public Builder addLine(OrderLine value) {
            this.lines.add(Objects.requireNonNull(value, "line"));
            return this;
        }

        /**
         * @param values the lines, replacing any added before
         * @return this builder
         */
        public Builder lines(List<OrderLine> values) {
            this.lines.clear();
            values.forEach(this::addLine);
            return this;
        }

        /**
         * @param value the shipment
         * @return this builder
         */
        public Builder shipment(Shipment value) {
            this.shipment = value;
            return this;
        }

        /**
         * @param value a refund request to add
         * @return this builder
         */
        public Builder addRefund(Refund value) {
            this.refunds.add(Objects.requireNonNull(value, "refund"));
            return this;
        }

        /**
         * @param values the refunds, replacing any added before
         * @return this builder
         */
        public Builder refunds(List<Refund> values) {
            this.refunds.clear();
            values.forEach(this::addRefund);
            return this;
        }

        /**
         * @param value the marketplace's ship-by deadline, or null
         * @return this builder
         */
        public Builder promisedShipAt(OffsetDateTime value) {
            this.promisedShipAt = value;
            return this;
        }

        /**
         * @param value a parcel to add to {@code shipments}
         * @return this builder
         */
        public Builder addShipment(Shipment value) {
            this.shipments.add(Objects.requireNonNull(value, "shipment"));
            return this;
        }

        /**
         * @param values the parcels of {@code shipments}, replacing any added before
         * @return this builder
         */
        public Builder shipments(List<Shipment> values) {
            this.shipments.clear();
            values.forEach(this::addShipment);
            return this;
        }

        /**
         * @return the order
         * @throws InvalidFieldException naming the field when a value breaks the contract
         */
        public Order build() {
            return new Order(orderId, channel, createdAt, totalAmount, currency, customer,
                    shippingAddress, payment, lines, shipment, refunds, promisedShipAt, shipments);
        }
    }
}
