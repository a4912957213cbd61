package io.omsexception;

/** The type of a rule parameter's value, which decides how its text is parsed. */
public enum ParameterType {
    /** A whole number, for example {@code 80}. */
    INTEGER,
    /** An exact decimal, for example {@code 0.01}. */
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
