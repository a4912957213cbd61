package io.omsexception.handling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The handling rules a front door was configured with: the response targets, the codes that hold
 * an order until staff cancel it, the time-based codes that tell the customer nothing while a
 * delay mark runs, and the actions: their policies, the host's executor (null when none), how
 * many attempts an action gets and the backoff before its first retry (doubled after each
 * failure). Immutable.
 */
record Policy(ResponseTargets targets, Set<String> holdUntilCancelled, Set<String> quietDuringDelay,
        ActionPolicies actions, ActionExecutor executor, int actionAttempts, Duration actionBackoff) {
    /** The default attempts of an action. */
    static final int ACTION_ATTEMPTS = 4;
    /** The default wait before an action's first retry. */
    static final Duration ACTION_BACKOFF = Duration.ofMinutes(1);
    /** Holds the order until staff cancel it (the order, or the refunded lines); never released by re-evaluation. */
    static final Set<String> HOLD_UNTIL_CANCELLED = Set.of("REFUNDED_BEFORE_SHIPMENT");
    /** Time-based codes: while a delay mark runs, the customer is not told about them. */
    static final Set<String> QUIET_DURING_DELAY = Set.of("ORDER_PROCESSING_TIMEOUT", "SHIP_DEADLINE_AT_RISK");

    Policy {
        holdUntilCancelled = Set.copyOf(holdUntilCancelled);
        quietDuringDelay = Set.copyOf(quietDuringDelay);
    }

    /**
     * @param attempts the failed attempts of an action so far
     * @param createdAt when the action was queued
     * @return when its next attempt is due: at once for the first, then after the backoff, twice
     *     it, four times it... since the previous one
     */
    Instant actionDue(int attempts, Instant createdAt) {
        return attempts == 0 ? createdAt : createdAt.plus(actionBackoff.multipliedBy((1L << Math.min(attempts, 30)) - 1));
    }

    /** @return whether an open mark of the cases delays the order at {@code now} */
    static boolean delayRuns(List<ExceptionCase> cases, Instant now) {
        return cases.stream().anyMatch(c -> c.isOpen() && c.mark() != null && c.mark().delayUntil() != null
                && c.mark().delayUntil().isAfter(now));
    }
}
