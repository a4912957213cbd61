package io.omsexception.facts;

import io.omsexception.model.InventoryItem;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import java.util.ArrayList;
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

    private SkuFacts(OrderFacts order, String sku, int quantity, List<Integer> lineIndexes,
            List<Integer> stockLineIndexes, Integer available) {
        this.order = order;
        this.sku = sku;
        this.quantity = quantity;
        this.lineIndexes = lineIndexes;
        this.stockLineIndexes = stockLineIndexes;
        this.available = available;
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

    /** @return the quantity beyond what is available; 0 when enough or unknown */
    public int getShortage() {
        return available == null ? 0 : Math.max(0, quantity - available);
    }

    @Override
    public String toString() {
        return "SkuFacts[" + order.getOrderId() + " " + sku + " x" + quantity + " of " + available + "]";
    }

    static final class Builder {
        private final String sku;
        private int quantity;
        private final List<Integer> lines = new ArrayList<>(2);
        private final List<Integer> stockLines = new ArrayList<>(2);

        Builder(String sku) {
            this.sku = sku;
        }

        void add(int index, OrderLine line) {
            lines.add(index);
            if (!line.isPresale()) {
                quantity += line.quantity();
                stockLines.add(index);
            }
        }

        SkuFacts build(OrderFacts order, ReferenceData reference) {
            Integer available = reference.inventoryItem(sku).map(InventoryItem::available).orElse(null);
            return new SkuFacts(order, sku, quantity, List.copyOf(lines), List.copyOf(stockLines), available);
        }
    }
}
