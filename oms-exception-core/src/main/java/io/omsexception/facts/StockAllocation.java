package io.omsexception.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * What the orders of one request have taken of the inventory snapshot so far, in request order:
 * per SKU, the non-presale quantities of the orders that were not short of it. The engine keeps
 * one per request (also across the chunks of a streamed request, in memory bounded by the
 * snapshot's SKUs); {@link SkuFacts#getAllocatedBefore()} is what it held before the order.
 *
 * <p>Mutable and not thread-safe: one request's orders are derived one after the other.
 */
public final class StockAllocation {
    private final Map<String, Integer> taken = new HashMap<>();

    /** An allocation in which nothing is taken yet. */
    public StockAllocation() {
    }

    /**
     * @param sku a SKU, never null
     * @return what earlier orders took of it, 0 or more
     */
    public int taken(String sku) {
        return taken.getOrDefault(sku, 0);
    }

    /**
     * Takes a quantity of a SKU for an order.
     *
     * @param sku a SKU, never null
     * @param quantity the quantity, 0 or more
     */
    void take(String sku, int quantity) {
        if (quantity > 0) {
            taken.merge(sku, quantity, Integer::sum);
        }
    }

    /** @return the number of SKUs something was taken of */
    public int size() {
        return taken.size();
    }

    @Override
    public String toString() {
        return "StockAllocation" + taken;
    }
}
