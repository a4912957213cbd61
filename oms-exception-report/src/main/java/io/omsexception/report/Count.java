package io.omsexception.report;

import java.util.Objects;

/**
 * How often something occurred, and its share of a whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key what was counted: a code, a category, a department, a priority or a rule name
 * @param count how often, never negative
 * @param share {@code count} divided by the whole it belongs to (for findings: all findings), from
 *     0 to 1; 0 when the whole is empty
 */
public record Count(String key, long count, double share) {

    /** Refuses a null key and a negative count. */
    public Count {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative but was " + count);
        }
    }

    static Count of(String key, long count, long whole) {
        return new Count(key, count, whole == 0 ? 0 : (double) count / whole);
    }
}
