package io.omsexception.model;

import java.math.BigDecimal;

/**
 * The customer's summary as the host knows it when the order is evaluated. Every component is
 * optional (null when unknown); counts are never negative, amounts within the limits of
 * {@link Money}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the host's customer id
 * @param tier NEW, REGULAR or VIP; VIP raises every finding's priority by one level
 * @param orderCount the number of earlier orders
 * @param averageOrderAmount the average amount of the earlier orders
 * @param refundCount the number of earlier orders that were refunded
 * @param ordersLast24h the orders placed in the 24 hours before this evaluation
 * @param addressChangesLast30d the shipping address changes in the last 30 days
 * @param watchlisted whether risk control keeps an eye on this customer
 */
public record Customer(
        String customerId,
        CustomerTier tier,
        Integer orderCount,
        BigDecimal averageOrderAmount,
        Integer refundCount,
        Integer ordersLast24h,
        Integer addressChangesLast30d,
        Boolean watchlisted) {

    /** Validates the counts and amounts; see the class description. */
    public Customer {
        Checks.text(customerId, "customerId");
        Checks.nonNegative(orderCount, "orderCount");
        averageOrderAmount = Checks.money(averageOrderAmount, "averageOrderAmount");
        Checks.nonNegative(refundCount, "refundCount");
        Checks.nonNegative(ordersLast24h, "ordersLast24h");
        Checks.nonNegative(addressChangesLast30d, "addressChangesLast30d");
    }

    /** @return whether the customer is VIP */
    public boolean isVip() {
        return tier == CustomerTier.VIP;
    }
}
