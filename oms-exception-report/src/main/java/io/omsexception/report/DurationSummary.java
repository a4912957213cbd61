package io.omsexception.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The distribution of some durations (handling times, stage times) of one group.
 *
 * <p>The median of an even number of values is the mean of the two middle ones; the 90th
 * percentile is the nearest-rank one: the smallest value that at least 90% of the values do not
 * exceed (the value at rank {@code ceil(0.9 * count)} in ascending order). Means and medians are
 * rounded down to the millisecond.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the group: a code, a department or a stage name
 * @param count the number of durations, at least 1
 * @param mean their mean
 * @param median their median
 * @param p90 their 90th percentile
 * @param max the longest
 */
public record DurationSummary(String key, int count, Duration mean, Duration median, Duration p90, Duration max) {

    /** Refuses nulls and an empty group. */
    public DurationSummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        Objects.requireNonNull(max, "max");
        if (count < 1) {
            throw new IllegalArgumentException("count: must be at least 1 but was " + count);
        }
    }

    /**
     * Summarises durations.
     *
     * @param key the group
     * @param durations at least one duration, none negative
     * @return the summary
     * @throws IllegalArgumentException when there are none
     */
    public static DurationSummary of(String key, Collection<Duration> durations) {
        if (durations.isEmpty()) {
            throw new IllegalArgumentException(key + ": no durations to summarise");
        }
        List<Long> millis = new ArrayList<>(durations.size());
        for (Duration d : durations) {
            millis.add(d.toMillis());
        }
        millis.sort(null);
        int n = millis.size();
        long sum = 0;
        for (long m : millis) {
            sum += m;
        }
        long median = n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
        int rank = (int) Math.ceil(0.9 * n);
        return new DurationSummary(key, n, Duration.ofMillis(sum / n), Duration.ofMillis(median),
                Duration.ofMillis(millis.get(rank - 1)), Duration.ofMillis(millis.get(n - 1)));
    }
}
