package io.omsexception.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends delay marks: a mark with a delay holds its order (when blocking) until the delay ends; then
 * the system resolves it, which releases the order when nothing else holds it. Thread-safe.
 */
final class Delays {
    private final CaseStore store;
    private final Clock clock;
    private OrderUnits units;

    Delays(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void units(OrderUnits value) {
        this.units = value;
    }

    /** Inside the order's unit: resolves the open marks of the cases whose delay ended by {@code now}. */
    List<ExceptionCase> endIn(List<ExceptionCase> cases, Instant now) {
        List<ExceptionCase> ended = new ArrayList<>();
        for (ExceptionCase c : cases) {
            if (c.isOpen() && c.mark() != null && c.mark().delayUntil() != null && !c.mark().delayUntil().isAfter(now)) {
                ExceptionCase current = store.find(c.id()).orElseThrow(() -> new UnknownCaseException(c.id()));
                if (current.version() != c.version()) {
                    throw new CaseConflictException(c.id(), c.version(), current.version());
                }
                String note = "delay ended at " + Notifications.time(c.mark().delayUntil(), clock.getZone());
                ExceptionCase closed = CaseDraft.closed(current, CaseState.RESOLVED, ExceptionHandling.SYSTEM, note, now);
                store.update(closed, List.of(AuditEntry.transition(current, closed, ExceptionHandling.SYSTEM,
                        CaseAction.RESOLVE, note)));
                ended.add(closed);
            }
        }
        return ended;
    }

    /**
     * Ends every delay that ended by now, one order at a time; a release the host failed to take
     * stays pending. See {@link ExceptionHandling#endDelays()}.
     */
    List<ExceptionCase> endDelays() {
        Instant now = clock.instant();
        Set<String> orders = new LinkedHashSet<>();
        store.findDelayEnded(now).forEach(c -> orders.add(c.orderId()));
        List<ExceptionCase> ended = new ArrayList<>();
        for (String orderId : orders) {
            List<ExceptionCase> endedHere = new ArrayList<>();
            try {
                units.systemChange(orderId, outbox -> {
                    endedHere.clear();
                    endedHere.addAll(endIn(store.findByOrder(orderId), now));
                    return endedHere;
                });
            } catch (OrderFlowException e) {
                // the marks were resolved and the release stays pending in the outbox
            }
            ended.addAll(endedHere);
        }
        return ended;
    }
}
