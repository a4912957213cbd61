package io.omsexception.testkit;

import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A builder of one order for a rule's test, clean unless the test says otherwise, so that the
 * test states only what its rule is about:
 *
 * <pre>{@code
 * Order heavy = SampleOrder.builder("SO-5KG-AND-1G")
 *         .line("FRT-001", 2, "2").line("FRT-002", 1, "1.001")   // sku, quantity, kg per unit
 *         .build();
 * assertThat(engine.evaluate(heavy, ReferenceData.NONE, SampleOrder.AS_OF)).hasCode("OVERWEIGHT_RANGE_CHECK");
 * }</pre>
 *
 * <p>Unless set: placed at {@link #PLACED} (2026-11-22 09:00 +08:00), shipped to {@link #HANGZHOU}
 * (a complete address with a valid mobile), paid in full by ALIPAY a minute after it was placed,
 * no customer, nothing shipped, no refund, and one line of {@code SKU-1} when no line is given.
 * Each line costs 10.00 a unit, and the total is the sum of the lines. Anything else of the order
 * is set through {@link #with(UnaryOperator)}.
 *
 * <p>Each setting may be given once; a builder is used by one thread.
 */
public final class SampleOrder {
    /** When a sample order is placed unless {@link #placedAt(OffsetDateTime)} says otherwise. */
    public static final OffsetDateTime PLACED = OffsetDateTime.parse("2026-11-22T09:00:00+08:00");
    /** A reference time an hour after {@link #PLACED}, to evaluate sample orders at. */
    public static final OffsetDateTime AS_OF = PLACED.plusHours(1);
    /** A complete Chinese address with a valid mobile: 浙江省杭州市西湖区文三路 100 号. */
    public static final ShippingAddress HANGZHOU = new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市",
            "西湖区", "文三路 100 号", "310012");
    /** A complete address in a remote region (新疆): 新疆维吾尔自治区乌鲁木齐市天山区解放北路 88 号. */
    public static final ShippingAddress URUMQI = new ShippingAddress("王五", "13800138000", "CN", "新疆维吾尔自治区",
            "乌鲁木齐市", "天山区", "解放北路88号", "830000");
    private static final BigDecimal UNIT_PRICE = new BigDecimal("10.00");

    private final String orderId;
    private final Set<String> given = new HashSet<>();
    private final List<OrderLine> lines = new ArrayList<>();
    private OffsetDateTime placed = PLACED;
    private ShippingAddress address = HANGZHOU;
    private boolean unpaid;
    private UnaryOperator<Order.Builder> more = b -> b;

    private SampleOrder(String orderId) {
        this.orderId = orderId;
    }

    /**
     * @param orderId the order's id; in a boundary test, name the boundary ({@code SO-EXACTLY-5KG})
     * @return a builder of a clean, paid order with that id
     * @throws NullPointerException when the id is null
     */
    public static SampleOrder builder(String orderId) {
        return new SampleOrder(Objects.requireNonNull(orderId, "orderId"));
    }

    private void once(String setting) {
        if (!given.add(setting)) {
            throw new IllegalStateException("sample order " + orderId + ": " + setting + " given twice");
        }
    }

    /**
     * @param value when the order was placed; the payment follows a minute later
     * @return this builder
     * @throws NullPointerException when the time is null
     * @throws IllegalStateException when the time was given
     */
    public SampleOrder placedAt(OffsetDateTime value) {
        once("placedAt");
        placed = Objects.requireNonNull(value, "placedAt");
        return this;
    }

    /**
     * @param value where the order goes, for example {@link #URUMQI}; null for an order without an address
     * @return this builder
     * @throws IllegalStateException when the address was given
     */
    public SampleOrder shipTo(ShippingAddress value) {
        once("shipTo");
        address = value;
        return this;
    }

    /**
     * Adds an in-stock line of unknown weight.
     *
     * @param sku its SKU
     * @param quantity how many, at least 1
     * @return this builder
     * @throws io.omsexception.model.InvalidFieldException when the SKU is blank or the quantity below 1
     */
    public SampleOrder line(String sku, int quantity) {
        return add(sku, quantity, null, false);
    }

    /**
     * Adds an in-stock line.
     *
     * @param sku its SKU
     * @param quantity how many, at least 1
     * @param weightKg the weight of one unit in kilograms, as a decimal, for example {@code "1.001"}
     * @return this builder
     * @throws NumberFormatException when the weight is not a decimal
     * @throws io.omsexception.model.InvalidFieldException when the SKU is blank or the quantity below 1
     */
    public SampleOrder line(String sku, int quantity, String weightKg) {
        return add(sku, quantity, new BigDecimal(Objects.requireNonNull(weightKg, "weightKg")), false);
    }

    /**
     * Adds a presale line (sold before the stock arrives) of unknown weight.
     *
     * @param sku its SKU
     * @param quantity how many, at least 1
     * @return this builder
     * @throws io.omsexception.model.InvalidFieldException when the SKU is blank or the quantity below 1
     */
    public SampleOrder presaleLine(String sku, int quantity) {
        return add(sku, quantity, null, true);
    }

    private SampleOrder add(String sku, int quantity, BigDecimal weightKg, boolean presale) {
        lines.add(new OrderLine(String.valueOf(lines.size() + 1), sku, sku, quantity, UNIT_PRICE, weightKg, presale));
        return this;
    }

    /**
     * @return this builder, for an order not paid yet (payment UNPAID, no amount or time)
     * @throws IllegalStateException when it was given
     */
    public SampleOrder unpaid() {
        once("unpaid");
        unpaid = true;
        return this;
    }

    /**
     * Sets anything else of the order on the core's builder, after the sample's own settings (so
     * it may also replace one of them, such as the payment), for example
     * {@code .with(b -> b.customer(vip).shipment(inTransit))}.
     *
     * @param change what to set on the order's builder; it returns the builder
     * @return this builder
     * @throws NullPointerException when the change is null
     * @throws IllegalStateException when a change was given
     */
    public SampleOrder with(UnaryOperator<Order.Builder> change) {
        once("with");
        more = Objects.requireNonNull(change, "change");
        return this;
    }

    /**
     * @return the order
     * @throws io.omsexception.model.InvalidFieldException when a value the change set is invalid
     */
    public Order build() {
        List<OrderLine> all = lines.isEmpty() ? List.of(new OrderLine("1", "SKU-1", "SKU-1", 1, UNIT_PRICE, null, false))
                : List.copyOf(lines);
        BigDecimal total = all.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Payment payment = unpaid ? new Payment(PaymentStatus.UNPAID, "ALIPAY", null, null, null)
                : new Payment(PaymentStatus.PAID, "ALIPAY", total, placed.plusMinutes(1), 10);
        Order.Builder b = Order.builder(orderId, placed).currency("CNY").totalAmount(total).shippingAddress(address)
                .payment(payment).lines(all);
        return more.apply(b).build();
    }
}
