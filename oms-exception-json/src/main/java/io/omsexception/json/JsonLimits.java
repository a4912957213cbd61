package io.omsexception.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;

/**
 * The limits a JSON request is read within, so that no input can make reading take unbounded
 * time or memory. Every limit is checked while reading, before the value is used: a request that
 * breaks one of the document limits (string, nesting, number, field name) or a request-level
 * count (inventory, blacklist) is refused as a whole with an {@link InvalidRequestException}
 * naming the JSON path; an order with too many lines becomes that order's error.
 *
 * <table>
 * <caption>The limits and their defaults</caption>
 * <tr><th>setting</th><th>default</th><th>what it bounds</th></tr>
 * <tr><td>{@code maxStringLength}</td><td>1,000,000</td><td>characters of one string value,
 *     anywhere in the document, read or skipped</td></tr>
 * <tr><td>{@code maxNestingDepth}</td><td>100</td><td>objects and arrays inside each other,
 *     the request object counting 1 (an order line is at depth 5)</td></tr>
 * <tr><td>{@code maxNumberLength}</td><td>100</td><td>digits of one number, exponent included</td></tr>
 * <tr><td>{@code maxFieldNameLength}</td><td>1,000</td><td>characters of one field name</td></tr>
 * <tr><td>{@code maxLinesPerOrder}</td><td>1,000</td><td>entries of an order's {@code lines}, of its
 *     {@code shipments} and of each {@code lineIds} list (of a parcel or a refund)</td></tr>
 * <tr><td>{@code maxBlacklistEntries}</td><td>1,000,000</td><td>entries of each of the blacklist's
 *     lists ({@code customerIds}, {@code phones}, {@code addresses})</td></tr>
 * <tr><td>{@code maxInventoryEntries}</td><td>1,000,000</td><td>entries of {@code inventory}</td></tr>
 * </table>
 *
 * <p>The limits on money (magnitude and decimal places) are not here: they belong to the model
 * ({@link io.omsexception.model.Money}) and hold for Java callers too. See
 * {@code docs/limits-and-errors.md}.
 *
 * <p>Immutable and thread-safe. {@link #DEFAULTS} holds the defaults; {@link #builder()} changes
 * some of them.
 */
public final class JsonLimits {
    /** Default of {@link #maxStringLength()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** Default of {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
    /** Default of {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default of {@link #maxFieldNameLength()}. */
    public static final int DEFAULT_MAX_FIELD_NAME_LENGTH = 1_000;
    /** Default of {@link #maxLinesPerOrder()}. */
    public static final int DEFAULT_MAX_LINES_PER_ORDER = 1_000;
    /** Default of {@link #maxBlacklistEntries()}. */
    public static final int DEFAULT_MAX_BLACKLIST_ENTRIES = 1_000_000;
    /** Default of {@link #maxInventoryEntries()}. */
    public static final int DEFAULT_MAX_INVENTORY_ENTRIES = 1_000_000;

    /** The defaults, used wherever no limits are given. */
    public static final JsonLimits DEFAULTS = builder().build();

    private final int maxStringLength;
    private final int maxNestingDepth;
    private final int maxNumberLength;
    private final int maxFieldNameLength;
    private final int maxLinesPerOrder;
    private final int maxBlacklistEntries;
    private final int maxInventoryEntries;
    /** A parser factory applying the document limits; shared, as Jackson's factories are thread-safe. */
    private final JsonFactory factory;

    private JsonLimits(Builder b) {
        maxStringLength = b.value(b.maxStringLength, DEFAULT_MAX_STRING_LENGTH);
        maxNestingDepth = b.value(b.maxNestingDepth, DEFAULT_MAX_NESTING_DEPTH);
        maxNumberLength = b.value(b.maxNumberLength, DEFAULT_MAX_NUMBER_LENGTH);
        maxFieldNameLength = b.value(b.maxFieldNameLength, DEFAULT_MAX_FIELD_NAME_LENGTH);
        maxLinesPerOrder = b.value(b.maxLinesPerOrder, DEFAULT_MAX_LINES_PER_ORDER);
        maxBlacklistEntries = b.value(b.maxBlacklistEntries, DEFAULT_MAX_BLACKLIST_ENTRIES);
        maxInventoryEntries = b.value(b.maxInventoryEntries, DEFAULT_MAX_INVENTORY_ENTRIES);
        factory = Jackson.readerFactory(StreamReadConstraints.builder()
                .maxStringLength(maxStringLength)
                .maxNestingDepth(maxNestingDepth)
                .maxNumberLength(maxNumberLength)
                .maxNameLength(maxFieldNameLength)
                .build());
    }

    /** @return a builder starting from the defaults; each setting may be given once */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the most characters of one string value, read or skipped */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the deepest nesting of objects and arrays, the request object counting 1 */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the most digits of one number, exponent included */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** @return the most characters of one field name */
    public int maxFieldNameLength() {
        return maxFieldNameLength;
    }

    /** @return the most entries of one order's {@code lines}, of its {@code shipments} and of each {@code lineIds} */
    public int maxLinesPerOrder() {
        return maxLinesPerOrder;
    }

    /** @return the most entries of each list of the blacklist */
    public int maxBlacklistEntries() {
        return maxBlacklistEntries;
    }

    /** @return the most entries of the inventory snapshot */
    public int maxInventoryEntries() {
        return maxInventoryEntries;
    }

    /** @return the parser factory that applies the document limits */
    JsonFactory factory() {
        return factory;
    }

    /** @return whether {@code o} is limits with the same settings */
    @Override
    public boolean equals(Object o) {
        return o instanceof JsonLimits l && maxStringLength == l.maxStringLength && maxNestingDepth == l.maxNestingDepth
                && maxNumberLength == l.maxNumberLength && maxFieldNameLength == l.maxFieldNameLength
                && maxLinesPerOrder == l.maxLinesPerOrder && maxBlacklistEntries == l.maxBlacklistEntries
                && maxInventoryEntries == l.maxInventoryEntries;
    }

    /** @return a hash of the settings */
    @Override
    public int hashCode() {
        return Objects.hash(maxStringLength, maxNestingDepth, maxNumberLength, maxFieldNameLength, maxLinesPerOrder,
                maxBlacklistEntries, maxInventoryEntries);
    }

    /** @return every setting, for logs: {@code JsonLimits[maxStringLength=1000000, ...]} */
    @Override
    public String toString() {
        return "JsonLimits[maxStringLength=" + maxStringLength + ", maxNestingDepth=" + maxNestingDepth
                + ", maxNumberLength=" + maxNumberLength + ", maxFieldNameLength=" + maxFieldNameLength
                + ", maxLinesPerOrder=" + maxLinesPerOrder + ", maxBlacklistEntries=" + maxBlacklistEntries
                + ", maxInventoryEntries=" + maxInventoryEntries + "]";
    }

    /**
     * Builds {@link JsonLimits}: a setting not given keeps its default; a setting given twice is
     * refused, so that two places of a configuration cannot silently override each other.
     *
     * <p>Mutable and not thread-safe: one builder per configuration.
     */
    public static final class Builder {
        private static final int UNSET = -1;
        private int maxStringLength = UNSET;
        private int maxNestingDepth = UNSET;
        private int maxNumberLength = UNSET;
        private int maxFieldNameLength = UNSET;
        private int maxLinesPerOrder = UNSET;
        private int maxBlacklistEntries = UNSET;
        private int maxInventoryEntries = UNSET;

        private Builder() {
        }

        /**
         * @param value the most characters of one string value, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxStringLength was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxStringLength(int value) {
            maxStringLength = once(maxStringLength, value, "maxStringLength");
            return this;
        }

        /**
         * @param value the deepest nesting, at least 1; below 5 no order line can be read
         * @return this builder
         * @throws IllegalStateException {@code maxNestingDepth was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxNestingDepth(int value) {
            maxNestingDepth = once(maxNestingDepth, value, "maxNestingDepth");
            return this;
        }

        /**
         * @param value the most digits of one number, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxNumberLength was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxNumberLength(int value) {
            maxNumberLength = once(maxNumberLength, value, "maxNumberLength");
            return this;
        }

        /**
         * @param value the most characters of one field name, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxFieldNameLength was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxFieldNameLength(int value) {
            maxFieldNameLength = once(maxFieldNameLength, value, "maxFieldNameLength");
            return this;
        }

        /**
         * @param value the most lines of one order, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxLinesPerOrder was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxLinesPerOrder(int value) {
            maxLinesPerOrder = once(maxLinesPerOrder, value, "maxLinesPerOrder");
            return this;
        }

        /**
         * @param value the most entries of each blacklist list, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxBlacklistEntries was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxBlacklistEntries(int value) {
            maxBlacklistEntries = once(maxBlacklistEntries, value, "maxBlacklistEntries");
            return this;
        }

        /**
         * @param value the most inventory entries, at least 1
         * @return this builder
         * @throws IllegalStateException {@code maxInventoryEntries was already set}
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxInventoryEntries(int value) {
            maxInventoryEntries = once(maxInventoryEntries, value, "maxInventoryEntries");
            return this;
        }

        /** @return the limits: the settings given, the defaults for the others */
        public JsonLimits build() {
            return new JsonLimits(this);
        }

        private static int once(int current, int value, String name) {
            if (current != UNSET) {
                throw new IllegalStateException(name + " was already set");
            }
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
            }
            return value;
        }

        private int value(int given, int fallback) {
            return given == UNSET ? fallback : given;
        }
    }
}
