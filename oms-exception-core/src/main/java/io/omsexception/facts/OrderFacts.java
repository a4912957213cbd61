package io.omsexception.facts;

import io.omsexception.model.Customer;
import io.omsexception.model.CourierStatus;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One order as rules see it: the {@link Order} itself plus values derived once, in Java, from the
 * order, the reference data, the {@link FactInput}s the packs' parameters feed and the reference
 * time {@code asOf}. Rules match on these values instead of reading clocks, parsing phones or
 * walking nested objects, so the DRL stays declarative and never fails on a missing part.
 *
 * <p>Conventions: a boxed getter ({@link Long}, {@link Integer}, an enum, {@link BigDecimal})
 * returns null when the order lacks what it derives from; rules test {@code != null} first.
 * Primitive getters have a neutral default (counts are 0, flags false). Durations are whole
 * seconds from the named field to {@code asOf}, rounded up (so that "more than 30 minutes" holds
 * at 30 minutes and half a second). Line, SKU and refund facts point back here with
 * {@code getOrder()}; join them with {@code order == $o} (identity).
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderFacts {
    private final Order order;
    private final OffsetDateTime asOf;
    private final boolean shipped;
    private final boolean allLinesPresale;
    private final BigDecimal amountDifference;
    private final long secondsSinceCreated;
    private final Long secondsSincePaid;
    private final String country;
    private final boolean china;
    private final boolean provinceBlank;
    private final boolean cityBlank;
    private final boolean detailBlank;
    private final boolean detailHasHouseNumber;
    private final boolean postalCodeBlank;
    private final String remoteRegion;
    private final boolean phoneBlank;
    private final String phoneNormalised;
    private final boolean phoneValid;
    private final List<String> recipientFakeKeywords;
    private final List<String> detailFakeKeywords;
    private final boolean detailRepeated;
    private final boolean detailBlocklisted;
    private final Long secondsSinceLastScan;
    private final String lastScanField;
    private final Long secondsPastEstimatedDelivery;
    private final boolean customerBlacklisted;
    private final boolean phoneBlacklisted;
    private final boolean hasOpenRefund;
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
        this.order = order;
        this.asOf = asOf;
        this.shipped = order.isShipped();

        List<OrderLine> orderLines = order.lines();
        boolean allPresale = !orderLines.isEmpty();
        for (OrderLine line : orderLines) {
            allPresale &= line.isPresale();
        }
        this.allLinesPresale = allPresale;

        Payment payment = order.payment();
        this.amountDifference = payment != null && payment.paidAmount() != null && order.totalAmount() != null
                ? payment.paidAmount().subtract(order.totalAmount()).abs() : null;
        this.secondsSinceCreated = seconds(order.createdAt(), asOf);
        this.secondsSincePaid = payment == null || payment.paidAt() == null ? null : seconds(payment.paidAt(), asOf);

        ShippingAddress a = order.shippingAddress();
        String c = a == null || Text.isBlank(a.country()) ? "CN" : a.country().trim().toUpperCase(Locale.ROOT);
        this.country = c;
        this.china = c.equals("CN") || c.equals("CHN");
        this.provinceBlank = a == null || Text.isBlank(a.province());
        this.cityBlank = a == null || Text.isBlank(a.city());
        this.detailBlank = a == null || Text.isBlank(a.detail());
        this.detailHasHouseNumber = a != null && Text.hasDigit(a.detail());
        this.postalCodeBlank = a == null || Text.isBlank(a.postalCode());
        String remote = null;
        if (!provinceBlank) {
            String province = a.province().trim();
            for (String region : parameters.listInput(FactInput.REMOTE_REGIONS)) {
                if (province.startsWith(region)) {
                    remote = region;
                    break;
                }
            }
        }
        this.remoteRegion = remote;

        String phone = a == null ? null : a.phone();
        this.phoneBlank = Text.isBlank(phone);
        this.phoneNormalised = Text.normalisePhone(phone);
        this.phoneValid = !phoneBlank && Text.isValidPhone(phone, china);

        List<String> keywords = parameters.listInput(FactInput.FAKE_ADDRESS_KEYWORDS);
        this.recipientFakeKeywords = a == null ? List.of() : Text.findKeywords(a.recipient(), keywords);
        this.detailFakeKeywords = a == null ? List.of() : Text.findKeywords(a.detail(), keywords);
        Integer repeatedMin = parameters.integerInput(FactInput.REPEATED_CHARACTER_MIN);
        this.detailRepeated = a != null && repeatedMin != null && Text.isOneCharacterRepeated(a.detail(), repeatedMin);
        boolean blocklisted = false;
        if (!detailBlank) {
            String detail = a.detail().trim();
            for (String entry : reference.blacklist().addresses()) {
                if (entry.trim().equals(detail)) {
                    blocklisted = true;
                    break;
                }
            }
        }
        this.detailBlocklisted = blocklisted;

        Shipment s = order.shipment();
        OffsetDateTime scan = s == null ? null : s.lastScanAt() != null ? s.lastScanAt() : s.shippedAt();
        this.secondsSinceLastScan = scan == null ? null : seconds(scan, asOf);
        this.lastScanField = scan == null ? null : s.lastScanAt() != null ? "shipment.lastScanAt" : "shipment.shippedAt";
        this.secondsPastEstimatedDelivery = s == null || s.estimatedDeliveryAt() == null
                ? null : seconds(s.estimatedDeliveryAt(), asOf);

        Customer customer = order.customer();
        this.customerBlacklisted = customer != null && customer.customerId() != null
                && reference.blacklist().customerIds().contains(customer.customerId());
        boolean phoneListed = false;
        if (phoneNormalised != null && !phoneNormalised.isEmpty()) {
            for (String listed : reference.blacklist().phones()) {
                if (phoneNormalised.equals(Text.normalisePhone(listed))) {
                    phoneListed = true;
                    break;
                }
            }
        }
        this.phoneBlacklisted = phoneListed;

        List<LineFacts> lineFacts = new ArrayList<>(orderLines.size());
        Map<String, SkuFacts.Builder> bySku = new LinkedHashMap<>();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            lineFacts.add(new LineFacts(this, i, line, reference));
            bySku.computeIfAbsent(line.sku(), sku -> new SkuFacts.Builder(sku)).add(i, line);
        }
        this.lines = List.copyOf(lineFacts);
        List<SkuFacts> skuFacts = new ArrayList<>(bySku.size());
        for (SkuFacts.Builder b : bySku.values()) {
            skuFacts.add(b.build(this, reference));
        }
        this.skus = List.copyOf(skuFacts);

        List<Refund> orderRefunds = order.refunds();
        List<RefundFacts> refundFacts = new ArrayList<>(orderRefunds.size());
        boolean open = false;
        for (int i = 0; i < orderRefunds.size(); i++) {
            Refund r = orderRefunds.get(i);
            open |= r.isOpen();
            refundFacts.add(new RefundFacts(this, i, r, asOf));
        }
        this.hasOpenRefund = open;
        this.refunds = List.copyOf(refundFacts);
    }

    /** Whole seconds from one time to another, rounded up: 30 min 0.5 s counts as more than 30 minutes. */
    static long seconds(OffsetDateTime from, OffsetDateTime to) {
        Duration d = Duration.between(from, to);
        return d.getNano() > 0 ? d.getSeconds() + 1 : d.getSeconds();
    }

    /**
     * Converts whole seconds to a unit for evidence: exact when it divides, otherwise rounded up to
     * two decimals, so that a duration just over a threshold never reads as equal to it (48 hours
     * and 1 second is {@code 48.01} hours, exactly 48 hours is {@code 48}).
     *
     * @param seconds the duration in seconds, or null
     * @param secondsPerUnit the unit in seconds, for example 3600 for hours
     * @return the duration in that unit without trailing zeros, or null when {@code seconds} is null
     */
    static BigDecimal inUnits(Long seconds, long secondsPerUnit) {
        if (seconds == null) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(secondsPerUnit), 2, RoundingMode.CEILING);
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** @return the order, never null */
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

    /** @return the customer's tier, or null when unknown */
    public CustomerTier getTier() {
        return order.customer() == null ? null : order.customer().tier();
    }

    /** @return whether something of the order has shipped (see the catalog's definition) */
    public boolean isShipped() {
        return shipped;
    }

    /** @return whether the order has lines and every one is presale */
    public boolean isAllLinesPresale() {
        return allLinesPresale;
    }

    /** @return the number of lines */
    public int getLineCount() {
        return order.lines().size();
    }

    /** @return the order's total amount, or null */
    public BigDecimal getTotalAmount() {
        return order.totalAmount();
    }

    /** @return whether the order has a payment part */
    public boolean isHasPayment() {
        return order.payment() != null;
    }

    /** @return the payment status, or null when the order has no payment or no status */
    public PaymentStatus getPaymentStatus() {
        return order.payment() == null ? null : order.payment().status();
    }

    /** @return whether the payment's status is PAID */
    public boolean isPaid() {
        return getPaymentStatus() == PaymentStatus.PAID;
    }

    /** @return whether the order is unpaid: no payment, no status, or status UNPAID */
    public boolean isUnpaid() {
        PaymentStatus status = getPaymentStatus();
        return status == null || status == PaymentStatus.UNPAID;
    }

    /** @return the amount paid, or null */
    public BigDecimal getPaidAmount() {
        return order.payment() == null ? null : order.payment().paidAmount();
    }

    /** @return abs(paidAmount - totalAmount), or null when either is missing */
    public BigDecimal getAmountDifference() {
        return amountDifference;
    }

    /** @return the payment's risk score 0..100, or null */
    public Integer getRiskScore() {
        return order.payment() == null ? null : order.payment().riskScore();
    }

    /** @return seconds from {@code createdAt} to {@code asOf} (negative when created later) */
    public long getSecondsSinceCreated() {
        return secondsSinceCreated;
    }

    /** @return seconds from {@code payment.paidAt} to {@code asOf}, or null */
    public Long getSecondsSincePaid() {
        return secondsSincePaid;
    }

    /** @return minutes from {@code createdAt} to {@code asOf}, for evidence (see {@link #inUnits}) */
    public BigDecimal getMinutesSinceCreated() {
        return inUnits(secondsSinceCreated, 60);
    }

    /** @return hours from {@code payment.paidAt} to {@code asOf}, for evidence, or null */
    public BigDecimal getHoursSincePaid() {
        return inUnits(secondsSincePaid, 3_600);
    }

    /** @return when the order was placed, never null */
    public OffsetDateTime getCreatedAt() {
        return order.createdAt();
    }

    /** @return when the payment was received, or null */
    public OffsetDateTime getPaidAt() {
        return order.payment() == null ? null : order.payment().paidAt();
    }

    /** @return the payment method, or null */
    public String getPaymentMethod() {
        return order.payment() == null ? null : order.payment().method();
    }

    /** @return whether the order has a shipping address part */
    public boolean isHasAddress() {
        return order.shippingAddress() != null;
    }

    /** @return the destination country, upper case; {@code CN} when not given */
    public String getCountry() {
        return country;
    }

    /** @return whether the destination is mainland China ({@code CN}, the default) */
    public boolean isChina() {
        return china;
    }

    /** @return the province as given, or null */
    public String getProvince() {
        return order.shippingAddress() == null ? null : order.shippingAddress().province();
    }

    /** @return whether the province is missing or blank */
    public boolean isProvinceBlank() {
        return provinceBlank;
    }

    /** @return whether the city is missing or blank */
    public boolean isCityBlank() {
        return cityBlank;
    }

    /** @return whether the detail line is missing or blank */
    public boolean isDetailBlank() {
        return detailBlank;
    }

    /** @return whether the detail line holds a digit (a house number) */
    public boolean isDetailHasHouseNumber() {
        return detailHasHouseNumber;
    }

    /** @return whether the postal code is missing or blank */
    public boolean isPostalCodeBlank() {
        return postalCodeBlank;
    }

    /** @return the recipient's name, or null */
    public String getRecipient() {
        return order.shippingAddress() == null ? null : order.shippingAddress().recipient();
    }

    /** @return the detail line, or null */
    public String getDetail() {
        return order.shippingAddress() == null ? null : order.shippingAddress().detail();
    }

    /**
     * @return the first remote region ({@link FactInput#REMOTE_REGIONS}) the province starts with,
     *     or null
     */
    public String getRemoteRegion() {
        return remoteRegion;
    }

    /** @return whether the province is a remote region */
    public boolean isRemote() {
        return remoteRegion != null;
    }

    /** @return the recipient phone as given, or null */
    public String getPhone() {
        return order.shippingAddress() == null ? null : order.shippingAddress().phone();
    }

    /** @return whether the phone is missing or blank */
    public boolean isPhoneBlank() {
        return phoneBlank;
    }

    /** @return the phone as digits only, without a +86/0086 prefix; null when blank */
    public String getPhoneNormalised() {
        return phoneNormalised;
    }

    /** @return whether the phone is present and valid for the destination country */
    public boolean isPhoneValid() {
        return phoneValid;
    }

    /**
     * @return every fake-address keyword ({@link FactInput#FAKE_ADDRESS_KEYWORDS}) found in the
     *     recipient's name, in parameter order; empty when none or no address
     */
    public List<String> getRecipientFakeKeywords() {
        return recipientFakeKeywords;
    }

    /** @return every fake-address keyword found in the detail line, in parameter order; empty when none */
    public List<String> getDetailFakeKeywords() {
        return detailFakeKeywords;
    }

    /** @return the city as given, or null */
    public String getCity() {
        return order.shippingAddress() == null ? null : order.shippingAddress().city();
    }

    /** @return the postal code as given, or null */
    public String getPostalCode() {
        return order.shippingAddress() == null ? null : order.shippingAddress().postalCode();
    }

    /**
     * @return whether the trimmed detail line is one character repeated at least
     *     {@link FactInput#REPEATED_CHARACTER_MIN} times; false when no parameter feeds that input
     */
    public boolean isDetailRepeated() {
        return detailRepeated;
    }

    /** @return whether the trimmed detail line equals an entry of the address blacklist */
    public boolean isDetailBlocklisted() {
        return detailBlocklisted;
    }

    /** @return whether the order has a shipment part */
    public boolean isHasShipment() {
        return order.shipment() != null;
    }

    /** @return the shipment status, or null */
    public ShipmentStatus getShipmentStatus() {
        return order.shipment() == null ? null : order.shipment().status();
    }

    /** @return the courier's status, or null */
    public CourierStatus getCourierStatus() {
        return order.shipment() == null ? null : order.shipment().courierStatus();
    }

    /** @return seconds since the last scan, or since {@code shippedAt} without a scan; null without either */
    public Long getSecondsSinceLastScan() {
        return secondsSinceLastScan;
    }

    /** @return hours since the last scan (or {@code shippedAt}), for evidence, or null */
    public BigDecimal getHoursSinceLastScan() {
        return inUnits(secondsSinceLastScan, 3_600);
    }

    /** @return the time {@link #getSecondsSinceLastScan()} counts from: the last scan, else {@code shippedAt}; or null */
    public OffsetDateTime getLastScanTime() {
        Shipment s = order.shipment();
        return s == null ? null : s.lastScanAt() != null ? s.lastScanAt() : s.shippedAt();
    }

    /** @return hours from {@code estimatedDeliveryAt} to {@code asOf} (positive: late), for evidence, or null */
    public BigDecimal getHoursPastEstimatedDelivery() {
        return inUnits(secondsPastEstimatedDelivery, 3_600);
    }

    /** @return the carrier, or null */
    public String getCarrier() {
        return order.shipment() == null ? null : order.shipment().carrier();
    }

    /** @return the tracking number, or null */
    public String getTrackingNumber() {
        return order.shipment() == null ? null : order.shipment().trackingNumber();
    }

    /** @return when the carrier promised delivery, or null */
    public OffsetDateTime getEstimatedDeliveryAt() {
        return order.shipment() == null ? null : order.shipment().estimatedDeliveryAt();
    }

    /** @return where the latest scan happened, or null */
    public String getLastScanLocation() {
        return order.shipment() == null ? null : order.shipment().lastScanLocation();
    }

    /** @return the field {@link #getSecondsSinceLastScan()} counts from, or null */
    public String getLastScanField() {
        return lastScanField;
    }

    /** @return seconds from {@code estimatedDeliveryAt} to {@code asOf} (positive: late), or null */
    public Long getSecondsPastEstimatedDelivery() {
        return secondsPastEstimatedDelivery;
    }

    /** @return whether the order has a customer part */
    public boolean isHasCustomer() {
        return order.customer() != null;
    }

    /** @return the customer id, or null */
    public String getCustomerId() {
        return order.customer() == null ? null : order.customer().customerId();
    }

    /** @return the customer's earlier orders; 0 when unknown */
    public int getOrderCount() {
        return order.customer() == null || order.customer().orderCount() == null ? 0 : order.customer().orderCount();
    }

    /** @return the customer's average order amount, or null */
    public BigDecimal getAverageOrderAmount() {
        return order.customer() == null ? null : order.customer().averageOrderAmount();
    }

    /** @return the customer's refunded orders; 0 when unknown */
    public int getRefundCount() {
        return order.customer() == null || order.customer().refundCount() == null ? 0 : order.customer().refundCount();
    }

    /** @return the customer's orders in the last 24 hours; 0 when unknown */
    public int getOrdersLast24h() {
        return order.customer() == null || order.customer().ordersLast24h() == null ? 0 : order.customer().ordersLast24h();
    }

    /** @return the customer's address changes in 30 days; 0 when unknown */
    public int getAddressChangesLast30d() {
        Customer c = order.customer();
        return c == null || c.addressChangesLast30d() == null ? 0 : c.addressChangesLast30d();
    }

    /**
     * @return refundCount / orderCount rounded half-up to two decimals, for evidence; null when
     *     there are no earlier orders. Rules compare exactly with {@link #isRefundRatioAtLeast}.
     */
    public BigDecimal getRefundRatio() {
        int orders = getOrderCount();
        return orders == 0 ? null
                : BigDecimal.valueOf(getRefundCount()).divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param ratio a share of refunded orders, for example {@code 0.5}
     * @return whether refundCount / orderCount is {@code ratio} or more, compared exactly; false
     *     when there are no earlier orders
     */
    public boolean isRefundRatioAtLeast(BigDecimal ratio) {
        int orders = getOrderCount();
        return orders > 0 && ratio != null
                && BigDecimal.valueOf(getRefundCount()).compareTo(ratio.multiply(BigDecimal.valueOf(orders))) >= 0;
    }

    /**
     * @param multiplier how many times the average order amount is unusual, for example {@code 5}
     * @return the customer's average order amount times {@code multiplier}, or null when the
     *     average is unknown
     */
    public BigDecimal averageOrderAmountTimes(BigDecimal multiplier) {
        BigDecimal average = getAverageOrderAmount();
        return average == null || multiplier == null ? null : average.multiply(multiplier);
    }

    /** @return whether the customer is watchlisted; false when unknown */
    public boolean isWatchlisted() {
        return order.customer() != null && Boolean.TRUE.equals(order.customer().watchlisted());
    }

    /** @return whether the customer id is on the blacklist */
    public boolean isCustomerBlacklisted() {
        return customerBlacklisted;
    }

    /** @return whether the normalised recipient phone is on the blacklist */
    public boolean isPhoneBlacklisted() {
        return phoneBlacklisted;
    }

    /** @return whether some refund request is OPEN */
    public boolean isHasOpenRefund() {
        return hasOpenRefund;
    }

    /** @return the line facts, in line order */
    public List<LineFacts> getLines() {
        return lines;
    }

    /** @return one fact per distinct SKU, in order of first appearance */
    public List<SkuFacts> getSkus() {
        return skus;
    }

    /** @return the refund facts, in request order */
    public List<RefundFacts> getRefunds() {
        return refunds;
    }

    @Override
    public String toString() {
        return "OrderFacts[" + order.orderId() + "]";
    }
}
