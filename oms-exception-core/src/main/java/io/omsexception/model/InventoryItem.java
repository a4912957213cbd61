package io.omsexception.model;

/**
 * One SKU of the inventory snapshot.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the stock-keeping unit; required, valid Unicode
 * @param available the quantity that can still be promised; may be negative when oversold, null
 *     when unknown (then no stock rule applies to this SKU)
 * @param listed whether the product is on sale; false means delisted, null means unknown
 * @param riskLevel NONE, LOW or HIGH; null means NONE
 */
public record InventoryItem(String sku, Integer available, Boolean listed, RiskLevel riskLevel) {

    /** Validates the item; see the class description. */
    public InventoryItem {
        Checks.required(sku, "sku");
        Checks.text(sku, "sku");
    }
}
