package io.omsexception.report;

import java.util.Map;
import java.util.Objects;

/**
 * An SKU that findings involved: how many findings named it, and with which codes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sku the SKU
 * @param findings the number of findings whose evidence names it (each finding counts once)
 * @param byCode the same findings by code, most frequent first, then by code
 */
public record SkuCount(String sku, long findings, Map<String, Long> byCode) {

    /** Refuses nulls; copies the map keeping its order. */
    public SkuCount {
        Objects.requireNonNull(sku, "sku");
        byCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCode));
    }
}
