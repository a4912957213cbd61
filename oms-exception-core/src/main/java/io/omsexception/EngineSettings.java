package io.omsexception;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The settings of an {@link OrderExceptionEngine.Builder} besides its packs and parameters: each
 * checked when given and taken once ({@code clock was already set}). Not thread-safe, like the
 * builder it belongs to.
 */
final class EngineSettings {
    private final Set<String> given = new HashSet<>();
    private Clock clock = Clock.systemDefaultZone();
    private int batchSize = 100;
    private int maxRuleFirings = OrderExceptionEngine.DEFAULT_MAX_RULE_FIRINGS;
    private Duration timeBudget = OrderExceptionEngine.DEFAULT_TIME_BUDGET;
    private ClassLoader classLoader = OrderExceptionEngine.class.getClassLoader();

    /** @throws IllegalStateException {@code SETTING was already set} the second time */
    void once(String setting) {
        if (!given.add(setting)) {
            throw new IllegalStateException(setting + " was already set");
        }
    }

    boolean given(String setting) {
        return given.contains(setting);
    }

    void clock(Clock value) {
        EngineSupport.required(value, "clock");
        once("clock");
        clock = value;
    }

    void batchSize(int value) {
        if (value < 1 || value > 10_000) {
            throw new IllegalArgumentException("batchSize: must be between 1 and 10000 but was " + value);
        }
        once("batchSize");
        batchSize = value;
    }

    void maxRuleFirings(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxRuleFirings: must be at least 1 but was " + value);
        }
        once("maxRuleFirings");
        maxRuleFirings = value;
    }

    void timeBudget(Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("timeBudget: must be a positive duration but was " + value);
        }
        once("timeBudget");
        timeBudget = value;
    }

    void classLoader(ClassLoader value) {
        EngineSupport.required(value, "classLoader");
        once("classLoader");
        classLoader = value;
    }

    Clock clock() {
        return clock;
    }

    int batchSize() {
        return batchSize;
    }

    int maxRuleFirings() {
        return maxRuleFirings;
    }

    Duration timeBudget() {
        return timeBudget;
    }

    ClassLoader classLoader() {
        return classLoader;
    }
}
