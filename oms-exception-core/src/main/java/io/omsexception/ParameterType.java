package io.omsexception;

/**
 * The type of a rule parameter's value, which decides how its text is parsed. Numbers are never
 * negative (they are thresholds: counts, scores, ratios, durations); a decimal is below 10^15 with
 * at most 6 decimal places, like an amount of money.
 */
public enum ParameterType {
    /** A whole number of at least 0, for example {@code 80}. */
    INTEGER,
    /** An exact decimal of at least 0, for example {@code 0.01}. */
    DECIMAL,
    /** A whole number of minutes. */
    MINUTES,
    /** A whole number of hours. */
    HOURS,
    /** A whole number of days. */
    DAYS,
    /** A comma-separated list of trimmed, non-empty texts, for example {@code 新疆,西藏}. */
    LIST,
    /** A single text. */
    TEXT,
    /** {@code true} or {@code false}, case-insensitive. */
    BOOLEAN
}
