package io.omsexception.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link StatisticsCollector} summarises: how many SKUs to list, the age buckets of the open
 * backlog, and the improvement mapping.
 *
 * <p>Immutable and thread-safe.
 *
 * @param topSkus how many of the most involved SKUs to list, at least 1
 * @param backlogBounds the ages where backlog buckets start, ascending and positive; {@code n}
 *     bounds give {@code n + 1} buckets
 * @param suggestions the improvement mapping and its thresholds
 */
public record StatisticsOptions(int topSkus, List<Duration> backlogBounds, SuggestionRules suggestions) {

    /** The standard backlog buckets: under 1 hour, 1 to 4 hours, 4 to 24 hours, 1 to 3 days, 3 days or more. */
    public static final List<Duration> STANDARD_BACKLOG_BOUNDS = List.of(
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3));

    /** Refuses nulls, a count below 1 and bounds that are not ascending and positive. */
    public StatisticsOptions {
        Objects.requireNonNull(backlogBounds, "backlogBounds");
        Objects.requireNonNull(suggestions, "suggestions");
        if (topSkus < 1) {
            throw new IllegalArgumentException("topSkus: must be at least 1 but was " + topSkus);
        }
        backlogBounds = List.copyOf(new ArrayList<>(backlogBounds));
        Duration previous = Duration.ZERO;
        for (Duration d : backlogBounds) {
            if (d.compareTo(previous) <= 0) {
                throw new IllegalArgumentException("backlogBounds: must be positive and ascending but were " + backlogBounds);
            }
            previous = d;
        }
    }

    /** @return 10 SKUs, the standard backlog buckets and {@link SuggestionRules#standard()} */
    public static StatisticsOptions standard() {
        return new StatisticsOptions(10, STANDARD_BACKLOG_BOUNDS, SuggestionRules.standard());
    }

    /**
     * @param value the new mapping
     * @return a copy with that mapping
     */
    public StatisticsOptions withSuggestions(SuggestionRules value) {
        return new StatisticsOptions(topSkus, backlogBounds, value);
    }

    /**
     * @param value how many SKUs to list
     * @return a copy listing that many
     */
    public StatisticsOptions withTopSkus(int value) {
        return new StatisticsOptions(value, backlogBounds, suggestions);
    }
}
