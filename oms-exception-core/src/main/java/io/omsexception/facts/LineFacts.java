package io.omsexception.facts;

import io.omsexception.model.InventoryItem;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.RiskLevel;
import java.math.BigDecimal;

/**
 * One order line as rules see it, with its SKU looked up in the inventory snapshot. Join it to
 * its order with {@code LineFacts(order == $o)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineFacts {
    private final OrderFacts order;
    private final int index;
    private final OrderLine line;
    private final boolean snapshotGiven;
    private final InventoryItem item;

    LineFacts(OrderFacts order, int index, OrderLine line, ReferenceData reference) {
        this.order = order;
        this.index = index;
        this.line = line;
        this.snapshotGiven = reference.hasInventory();
        this.item = reference.inventoryItem(line.sku()).orElse(null);
    }

    /** @return the order this line belongs to */
    public OrderFacts getOrder() {
        return order;
    }

    /** @return the position of the line in the order, from 0 */
    public int getIndex() {
        return index;
    }

    /** @return the evidence path of the line, for example {@code lines[2]} */
    public String getPath() {
        return "lines[" + index + "]";
    }

    /** @return the line */
    public OrderLine getLine() {
        return line;
    }

    /** @return the SKU, never null */
    public String getSku() {
        return line.sku();
    }

    /** @return the quantity, greater than 0 */
    public int getQuantity() {
        return line.quantity();
    }

    /** @return whether the line is presale */
    public boolean isPresale() {
        return line.isPresale();
    }

    /** @return the unit weight in kilograms, or null */
    public BigDecimal getWeightKg() {
        return line.weightKg();
    }

    /** @return whether an inventory snapshot was given */
    public boolean isSnapshotGiven() {
        return snapshotGiven;
    }

    /** @return whether a snapshot was given and the SKU is not in it */
    public boolean isUnknownSku() {
        return snapshotGiven && item == null;
    }

    /** @return whether the snapshot marks the SKU {@code listed: false} */
    public boolean isDelisted() {
        return item != null && Boolean.FALSE.equals(item.listed());
    }

    /** @return the SKU's risk level from the snapshot; NONE when unknown */
    public RiskLevel getRiskLevel() {
        return item == null || item.riskLevel() == null ? RiskLevel.NONE : item.riskLevel();
    }

    @Override
    public String toString() {
        return "LineFacts[" + order.getOrderId() + " " + getPath() + " " + line.sku() + "]";
    }
}
