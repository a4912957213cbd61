package io.omsexception.report;

import java.time.Duration;
import java.util.Objects;

/**
 * The open cases of one age range: opened at least {@code from} and less than {@code to} before
 * the statistics' reference time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label a short label, for example {@code 1-4 h} or {@code > 3 d}
 * @param from the smallest age in the bucket, inclusive
 * @param to the age where the next bucket starts, exclusive; null for the last, open-ended bucket
 * @param count the open cases of that age
 */
public record BacklogBucket(String label, Duration from, Duration to, long count) {

    /** Refuses a null label or start. */
    public BacklogBucket {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(from, "from");
    }
}
