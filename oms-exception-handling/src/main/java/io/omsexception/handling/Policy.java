package io.omsexception.handling;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The handling rules a front door was configured with: the response targets, the codes that hold
 * an order until staff cancel it, and the time-based codes that tell the customer nothing while a
 * delay mark runs. Immutable.
 */
record Policy(ResponseTargets targets, Set<String> holdUntilCancelled, Set<String> quietDuringDelay) {
    /** Holds the order until staff cancel it (the order, or the refunded lines); never released by re-evaluation. */
    static final Set<String> HOLD_UNTIL_CANCELLED = Set.of("REFUNDED_BEFORE_SHIPMENT");
    /** Time-based codes: while a delay mark runs, the customer is not told about them. */
    static final Set<String> QUIET_DURING_DELAY = Set.of("ORDER_PROCESSING_TIMEOUT", "SHIP_DEADLINE_AT_RISK");

    Policy {
        holdUntilCancelled = Set.copyOf(holdUntilCancelled);
        quietDuringDelay = Set.copyOf(quietDuringDelay);
    }

    /** @return whether an open mark of the cases delays the order at {@code now} */
    static boolean delayRuns(List<ExceptionCase> cases, Instant now) {
        return cases.stream().anyMatch(c -> c.isOpen() && c.mark() != null && c.mark().delayUntil() != null
                && c.mark().delayUntil().isAfter(now));
    }
}
