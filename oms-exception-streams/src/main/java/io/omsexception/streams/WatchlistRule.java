package io.omsexception.streams;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The watchlist rule, with the thresholds the refund and risk packs read, so that the stream flags
 * the customers those packs would call high-risk: at an order, the customer's other orders of the
 * last 90 days number {@code refund.highRiskMinOrders} or more and {@code refund.highRiskRefundRatio}
 * or more of them were refunded, or the customer changed address {@code risk.maxAddressChanges}
 * times or more in 30 days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minOrders {@code refund.highRiskMinOrders}
 * @param refundRatio {@code refund.highRiskRefundRatio}
 * @param maxAddressChanges {@code risk.maxAddressChanges}
 */
record WatchlistRule(int minOrders, BigDecimal refundRatio, int maxAddressChanges) {
    static final WatchlistRule DEFAULTS = new WatchlistRule(3, new BigDecimal("0.5"), 3);

    /**
     * @param parameters the engine's parameter values; a threshold it lacks takes the packs' default
     * @return the rule with the engine's thresholds
     */
    static WatchlistRule of(Map<String, String> parameters) {
        return new WatchlistRule(
                Integer.parseInt(parameters.getOrDefault("refund.highRiskMinOrders", String.valueOf(DEFAULTS.minOrders))),
                new BigDecimal(parameters.getOrDefault("refund.highRiskRefundRatio", DEFAULTS.refundRatio.toPlainString())),
                Integer.parseInt(parameters.getOrDefault("risk.maxAddressChanges", String.valueOf(DEFAULTS.maxAddressChanges))));
    }

    /**
     * @param orders the customer's other orders in 90 days
     * @param refunded how many of those were refunded
     * @param addressChanges the address changes in 30 days
     * @return whether the rule holds; the ratio is compared exactly
     */
    boolean holds(int orders, int refunded, int addressChanges) {
        boolean refunds = orders > 0 && orders >= minOrders
                && BigDecimal.valueOf(refunded).compareTo(refundRatio.multiply(BigDecimal.valueOf(orders))) >= 0;
        return refunds || addressChanges >= maxAddressChanges;
    }
}
