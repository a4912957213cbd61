package io.omsexception.facts;

import io.omsexception.model.Customer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Who placed the order, as rules see it: the customer's history as the host sends it, the share
 * of refunded orders, the watchlist and the customer blacklist. Rules reach it through
 * {@link OrderFacts#getCustomer()}, for example {@code OrderFacts(customer.orderCount >= 3)}. The
 * customer's tier, which raises the priority of every finding, is {@link OrderFacts#getTier()}.
 *
 * <p>Never null: an order without a customer gets one whose {@link #isGiven()} is false, whose id
 * and average are null, whose counts are 0 and which is neither watchlisted nor blacklisted. A
 * count the host does not send is 0 as well, so it never raises a finding by itself.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerFacts {
    private final Customer customer;
    private final int orderCount;
    private final int refundCount;
    private final int ordersLast24h;
    private final int addressChangesLast30d;
    private final boolean blacklisted;

    /**
     * Derives the customer facts of one order.
     *
     * @param c the order's customer, or null when it has none
     * @param reference the reference data's index (its customer blacklist), never null
     */
    CustomerFacts(Customer c, ReferenceIndex reference) {
        this.customer = c;
        this.orderCount = c == null || c.orderCount() == null ? 0 : c.orderCount();
        this.refundCount = c == null || c.refundCount() == null ? 0 : c.refundCount();
        this.ordersLast24h = c == null || c.ordersLast24h() == null ? 0 : c.ordersLast24h();
        this.addressChangesLast30d = c == null || c.addressChangesLast30d() == null ? 0 : c.addressChangesLast30d();
        this.blacklisted = c != null && c.customerId() != null
                && reference.isCustomerBlacklisted(c.customerId());
    }

    /**
     * @param tiers tier names, for example {@code [VIP]}, never null
     * @return whether the customer's tier is one of them; false without a customer or a tier
     */
    public boolean tierIn(java.util.List<String> tiers) {
        return customer != null && customer.tier() != null && tiers.contains(customer.tier().name());
    }

    /** @return whether the order has a customer part; when false, see the class description */
    public boolean isGiven() {
        return customer != null;
    }

    /** @return the host's customer id, or null */
    public String getCustomerId() {
        return customer == null ? null : customer.customerId();
    }

    /** @return the number of the customer's earlier orders; 0 when unknown */
    public int getOrderCount() {
        return orderCount;
    }

    /** @return the average amount of the customer's earlier orders, or null when unknown */
    public BigDecimal getAverageOrderAmount() {
        return customer == null ? null : customer.averageOrderAmount();
    }

    /** @return the number of the customer's earlier orders that were refunded; 0 when unknown */
    public int getRefundCount() {
        return refundCount;
    }

    /** @return the customer's orders in the 24 hours before this evaluation; 0 when unknown */
    public int getOrdersLast24h() {
        return ordersLast24h;
    }

    /** @return the customer's shipping address changes in the last 30 days; 0 when unknown */
    public int getAddressChangesLast30d() {
        return addressChangesLast30d;
    }

    /**
     * @return refundCount / orderCount rounded half-up to two decimals, for evidence; null when
     *     there are no earlier orders. Rules compare exactly with {@link #isRefundRatioAtLeast}.
     */
    public BigDecimal getRefundRatio() {
        return orderCount == 0 ? null
                : BigDecimal.valueOf(refundCount).divide(BigDecimal.valueOf(orderCount), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param ratio a share of refunded orders, for example {@code 0.5}, or null
     * @return whether refundCount / orderCount is {@code ratio} or more, compared exactly; false
     *     when there are no earlier orders or {@code ratio} is null
     */
    public boolean isRefundRatioAtLeast(BigDecimal ratio) {
        return orderCount > 0 && ratio != null
                && BigDecimal.valueOf(refundCount).compareTo(ratio.multiply(BigDecimal.valueOf(orderCount))) >= 0;
    }

    /**
     * @param multiplier how many times the average order amount is unusual, for example {@code 5}, or null
     * @return the customer's average order amount times {@code multiplier}, exactly; null when the
     *     average is unknown or {@code multiplier} is null
     */
    public BigDecimal averageOrderAmountTimes(BigDecimal multiplier) {
        BigDecimal average = getAverageOrderAmount();
        return average == null || multiplier == null ? null : average.multiply(multiplier);
    }

    /** @return whether risk control watches the customer; false when unknown */
    public boolean isWatchlisted() {
        return customer != null && Boolean.TRUE.equals(customer.watchlisted());
    }

    /** @return whether the customer id is on the customer blacklist; false without an id */
    public boolean isBlacklisted() {
        return blacklisted;
    }
}
