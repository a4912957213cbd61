package io.omsexception.streams;

import io.omsexception.model.Customer;
import java.math.BigDecimal;

/**
 * What the stream knows of a customer at one of its orders, and how that is merged into the
 * order's {@code customer}; see {@code docs/scale-out.md}, "Customer behaviour".
 *
 * <p>Immutable and thread-safe.
 *
 * @param ordersLast24h the customer's orders created in the 24 hours up to this one, this one included
 * @param addressChangesLast30d the address changes in the 30 days up to this order
 * @param orderCount the customer's other orders created in the 90 days up to this one
 * @param refundCount how many of those have a refund request that is not rejected
 * @param averageOrderAmount the average amount of those, or null when none has one
 * @param watchlisted whether the watchlist rule holds or held within the last 90 days
 */
record Behaviour(int ordersLast24h, int addressChangesLast30d, int orderCount, int refundCount,
        BigDecimal averageOrderAmount, boolean watchlisted) {

    /**
     * Merges into the payload's customer: every count is the larger of the payload's and the
     * stream's (the payload's when the stream's is smaller, the stream's when the payload has none);
     * the average is the payload's, or the stream's when the payload has none; the watchlist flag
     * is true when either says so, else the payload's; the id and tier are the payload's.
     *
     * @param payload the order's customer, with an id
     * @return the merged customer
     */
    Customer mergeInto(Customer payload) {
        return new Customer(payload.customerId(), payload.tier(),
                max(payload.orderCount(), orderCount),
                payload.averageOrderAmount() != null ? payload.averageOrderAmount() : averageOrderAmount,
                max(payload.refundCount(), refundCount),
                max(payload.ordersLast24h(), ordersLast24h),
                max(payload.addressChangesLast30d(), addressChangesLast30d),
                watchlisted || Boolean.TRUE.equals(payload.watchlisted()) ? Boolean.TRUE : payload.watchlisted());
    }

    private static Integer max(Integer payload, int stream) {
        return payload == null ? stream : Math.max(payload, stream);
    }
}
