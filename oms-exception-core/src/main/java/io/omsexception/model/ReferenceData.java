package io.omsexception.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference data orders are checked against: an optional inventory snapshot and the
 * blacklist. Without a snapshot ({@link #hasInventory()} false) the inventory rules that need one
 * do not apply; with one, a SKU missing from it is unknown.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceData {

    /** No inventory snapshot and an empty blacklist. */
    public static final ReferenceData NONE = new ReferenceData(null, Blacklist.EMPTY);

    private final Map<String, InventoryItem> inventory;
    private final Blacklist blacklist;

    private ReferenceData(Map<String, InventoryItem> inventory, Blacklist blacklist) {
        this.inventory = inventory;
        this.blacklist = blacklist;
    }

    /**
     * Creates reference data.
     *
     * @param inventory the inventory snapshot, or null when the host has none
     * @param blacklist the blacklist, or null for an empty one
     * @return the reference data
     * @throws InvalidFieldException naming {@code inventory[i].sku} when a SKU appears twice
     */
    public static ReferenceData of(Collection<InventoryItem> inventory, Blacklist blacklist) {
        Map<String, InventoryItem> bySku = null;
        if (inventory != null) {
            bySku = new LinkedHashMap<>();
            int i = 0;
            for (InventoryItem item : inventory) {
                if (item == null) {
                    throw new InvalidFieldException("inventory[" + i + "]", "must not be null");
                }
                if (bySku.putIfAbsent(item.sku(), item) != null) {
                    throw new InvalidFieldException("inventory[" + i + "].sku", "duplicate SKU " + item.sku());
                }
                i++;
            }
            bySku = Collections.unmodifiableMap(bySku);
        }
        return new ReferenceData(bySku, blacklist == null ? Blacklist.EMPTY : blacklist);
    }

    /** @return whether an inventory snapshot was given (possibly empty) */
    public boolean hasInventory() {
        return inventory != null;
    }

    /**
     * @param sku the SKU
     * @return the snapshot's item for the SKU; empty when there is no snapshot or no such SKU
     */
    public Optional<InventoryItem> inventoryItem(String sku) {
        return inventory == null ? Optional.empty() : Optional.ofNullable(inventory.get(sku));
    }

    /** @return the snapshot by SKU in the order given, unmodifiable; empty when there is none */
    public Map<String, InventoryItem> inventory() {
        return inventory == null ? Map.of() : inventory;
    }

    /** @return the blacklist, never null */
    public Blacklist blacklist() {
        return blacklist;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceData other
                && Objects.equals(inventory, other.inventory)
                && blacklist.equals(other.blacklist);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inventory, blacklist);
    }

    @Override
    public String toString() {
        return "ReferenceData[inventory=" + (inventory == null ? "none" : inventory.size() + " SKUs")
                + ", blacklist=" + blacklist + "]";
    }
}
