package io.omsexception.channels;

import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * How often a channel tries one message, and how long it waits in between: at most
 * {@link #attempts()} tries, the first wait {@link #firstBackoff()}, doubling up to
 * {@link #maxBackoff()}. The {@linkplain #standard() standard} policy is 3 attempts with 200 ms then
 * 400 ms between them (capped at 2 s), so a channel whose server is down gives up after its three
 * request timeouts plus 0.6 s and reports the failure to the outbox, which keeps the notification
 * pending for its next delivery.
 *
 * <p>Immutable and thread-safe.
 */
public final class Retry {
    private static final Retry STANDARD = new Retry(3, Duration.ofMillis(200), Duration.ofSeconds(2), Sleeper.REAL);

    private final int attempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;

    private Retry(int attempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
    }

    /** @return 3 attempts, waiting 200 ms, then 400 ms, at most 2 s, on the real clock */
    public static Retry standard() {
        return STANDARD;
    }

    /** @return a builder starting from the standard policy */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the most tries of one message, at least 1 (1: no retry) */
    public int attempts() {
        return attempts;
    }

    /** @return the wait before the second try, positive */
    public Duration firstBackoff() {
        return firstBackoff;
    }

    /** @return the longest wait between two tries, at least {@link #firstBackoff()} */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return what waits between tries, never null */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * @param retry the number of the retry, 1 for the wait before the second try
     * @return the wait before that retry: the first backoff doubled {@code retry - 1} times, at most
     *     the maximum
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry: must be at least 1 but was " + retry);
        }
        Duration d = firstBackoff;
        for (int i = 1; i < retry && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    @Override
    public String toString() {
        return "Retry[attempts=" + attempts + ", firstBackoff=" + firstBackoff + ", maxBackoff=" + maxBackoff + "]";
    }

    /**
     * Configures a {@link Retry}; each setting is taken once ({@code attempts was already set}).
     * Mutable and single-threaded.
     */
    public static final class Builder {
        private final Set<String> given = new HashSet<>();
        private int attempts = STANDARD.attempts;
        private Duration firstBackoff = STANDARD.firstBackoff;
        private Duration maxBackoff = STANDARD.maxBackoff;
        private Sleeper sleeper = STANDARD.sleeper;

        private Builder() {
        }

        /**
         * @param value the most tries of one message, 1 to 10
         * @return this builder
         * @throws InvalidFieldException naming {@code attempts} when out of range
         * @throws IllegalStateException when already set
         */
        public Builder attempts(int value) {
            if (value < 1 || value > 10) {
                throw new InvalidFieldException("attempts", "must be between 1 and 10 but was " + value);
            }
            Settings.once(given, "attempts");
            this.attempts = value;
            return this;
        }

        /**
         * @param first the wait before the second try, positive
         * @param max the longest wait, at least {@code first} and at most 1 minute
         * @return this builder
         * @throws InvalidFieldException naming {@code firstBackoff} or {@code maxBackoff}
         * @throws IllegalStateException when already set
         */
        public Builder backoff(Duration first, Duration max) {
            Settings.positive(first, "firstBackoff");
            Settings.positive(max, "maxBackoff");
            if (max.compareTo(first) < 0 || max.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new InvalidFieldException("maxBackoff",
                        "must be between firstBackoff (" + first + ") and PT1M but was " + max);
            }
            Settings.once(given, "backoff");
            this.firstBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        /**
         * @param value what waits between tries; tests give one that does not sleep
         * @return this builder
         * @throws IllegalStateException when already set
         */
        public Builder sleeper(Sleeper value) {
            Settings.required(value, "sleeper");
            Settings.once(given, "sleeper");
            this.sleeper = value;
            return this;
        }

        /** @return the policy */
        public Retry build() {
            return new Retry(attempts, firstBackoff, maxBackoff, sleeper);
        }
    }
}
