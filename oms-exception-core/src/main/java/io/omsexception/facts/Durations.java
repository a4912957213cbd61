package io.omsexception.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** The duration arithmetic shared by the facts: whole seconds to {@code asOf}, and units for evidence. */
final class Durations {
    private Durations() {
    }

    /**
     * Whole seconds from one time to another, rounded up: 30 min 0.5 s counts as more than 30 minutes.
     *
     * @param from the start, never null
     * @param to the end, never null
     * @return the seconds; negative when {@code from} is after {@code to}
     */
    static long seconds(OffsetDateTime from, OffsetDateTime to) {
        // what Duration.between gives, rounded up, without making one: a part second left over
        // (the nanos of the end beyond those of the start) counts as one more second
        long seconds = to.toEpochSecond() - from.toEpochSecond();
        return to.getNano() > from.getNano() ? seconds + 1 : seconds;
    }

    /**
     * Whole seconds from a time to {@code asOf}, or null without a time.
     *
     * @param from the start, or null
     * @param asOf the reference time, never null
     * @return {@link #seconds(OffsetDateTime, OffsetDateTime)}, or null when {@code from} is null
     */
    static Long secondsOrNull(OffsetDateTime from, OffsetDateTime asOf) {
        return from == null ? null : seconds(from, asOf);
    }

    /**
     * Converts whole seconds to a unit for evidence: exact when it divides, otherwise rounded up to
     * two decimals, so that a duration just over a threshold never reads as equal to it (48 hours
     * and 1 second is {@code 48.01} hours, exactly 48 hours is {@code 48}).
     *
     * @param seconds the duration in seconds, or null
     * @param secondsPerUnit the unit in seconds, for example 3600 for hours
     * @return the duration in that unit without trailing zeros, or null when {@code seconds} is null
     */
    static BigDecimal inUnits(Long seconds, long secondsPerUnit) {
        if (seconds == null) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(secondsPerUnit), 2, RoundingMode.CEILING);
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
