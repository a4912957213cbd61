package io.omsexception.facts;

import io.omsexception.model.InventoryItem;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import java.util.List;

/**
 * One distinct SKU of an order: the quantities of its non-presale lines added up, and what the
 * inventory snapshot says is available. Join it with {@code SkuFacts(order == $o)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SkuFacts {
    private final OrderFacts order;
    private final String sku;
    private final int quantity;
    private final List<Integer> lineIndexes;
    private final List<Integer> stockLineIndexes;
    private final Integer available;
    private final int allocatedBefore;
    private final boolean outOfStock;

    private SkuFacts(OrderFacts order, String sku, int quantity, List<Integer> lineIndexes,
            List<Integer> stockLineIndexes, Integer available, int allocatedBefore, boolean outOfStock) {
        this.order = order;
        this.sku = sku;
        this.quantity = quantity;
        this.lineIndexes = lineIndexes;
        this.stockLineIndexes = stockLineIndexes;
        this.available = available;
        this.allocatedBefore = allocatedBefore;
        this.outOfStock = outOfStock;
    }

    /** @return the order */
    public OrderFacts getOrder() {
        return order;
    }

    /** @return the SKU */
    public String getSku() {
        return sku;
    }

    /** @return the quantities of the non-presale lines with this SKU, added up */
    public int getQuantity() {
        return quantity;
    }

    /** @return the positions of every line with this SKU (presale or not), from 0 */
    public List<Integer> getLineIndexes() {
        return lineIndexes;
    }

    /** @return the positions of the non-presale lines with this SKU, the ones {@link #getQuantity()} adds up */
    public List<Integer> getStockLineIndexes() {
        return stockLineIndexes;
    }

    /** @return the snapshot's available quantity, or null when there is no snapshot, no such SKU or no figure */
    public Integer getAvailable() {
        return available;
    }

    /**
     * @return what earlier orders of the request took of this SKU before this order (in request
     *     order, only orders that were not short of it); 0 for a single order, for the first order
     *     that orders the SKU, and when {@code inventory.allocateAcrossRequest} is off
     */
    public int getAllocatedBefore() {
        return allocatedBefore;
    }

    /**
     * @return whether the order is short of this SKU: the order can still take stock (nothing has
     *     shipped, payment neither FAILED nor REFUNDED), the SKU has a figure and the quantity is
     *     more than what is left ({@code available - allocatedBefore})
     */
    public boolean isOutOfStock() {
        return outOfStock;
    }

    /** @return the quantity beyond what is left for this order; 0 when enough or unknown */
    public int getShortage() {
        return available == null ? 0 : Math.max(0, quantity - (available - allocatedBefore));
    }

    @Override
    public String toString() {
        return "SkuFacts[" + order.getOrderId() + " " + sku + " x" + quantity + " of " + available + "]";
    }

    static final class Builder {
        private final String sku;
        private int quantity;
        /** The lines that order the SKU, then (from {@code stockFrom}) those that take stock, as indexes. */
        private int[] lines = new int[2];
        private int lineCount;
        private int[] stockLines = new int[2];
        private int stockLineCount;

        Builder(String sku) {
            this.sku = sku;
        }

        String sku() {
            return sku;
        }

        void add(int index, OrderLine line) {
            if (lineCount == lines.length) {
                lines = java.util.Arrays.copyOf(lines, lineCount * 2);
            }
            lines[lineCount++] = index;
            if (!line.isPresale()) {
                quantity += line.quantity();
                if (stockLineCount == stockLines.length) {
                    stockLines = java.util.Arrays.copyOf(stockLines, stockLineCount * 2);
                }
                stockLines[stockLineCount++] = index;
            }
        }

        /**
         * @param allocation what earlier orders of the request took; taken from when {@code across}
         * @param takesStock whether the order can take stock
         * @param across whether stock is allocated across the request
         */
        SkuFacts build(OrderFacts order, ReferenceData reference, StockAllocation allocation, boolean takesStock,
                boolean across) {
            Integer available = reference.inventoryItem(sku).map(InventoryItem::available).orElse(null);
            int before = across ? allocation.taken(sku) : 0;
            boolean counted = takesStock && available != null && quantity > 0;
            boolean out = counted && (long) quantity > (long) available - before;
            if (counted && across && !out) {
                allocation.take(sku, quantity);
            }
            return new SkuFacts(order, sku, quantity, listOf(lines, lineCount), listOf(stockLines, stockLineCount),
                    available, before, out);
        }

        /** The same immutable list as {@code List.copyOf} of the boxed indexes, without a list to copy. */
        private static List<Integer> listOf(int[] values, int count) {
            switch (count) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(values[0]);
                case 2:
                    return List.of(values[0], values[1]);
                default:
                    Integer[] boxed = new Integer[count];
                    for (int i = 0; i < count; i++) {
                        boxed[i] = values[i];
                    }
                    return List.of(boxed);
            }
        }
    }
}
