package io.omsexception.handling;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an order's pending outbox to the host's {@link OrderFlow}, {@link Notifier} and
 * {@link ActionExecutor} (through {@link ActionDeliveries}: an action waits for its backoff and
 * fails on its own), in the order the deliveries were made, while the order's unit is held (so two nodes never deliver the
 * same order at once). A signal that fails stops the order's later signals (they keep their
 * order) and is thrown as {@link OrderFlowException} once the unit is stored; a failing
 * notification is logged. Either stays pending with one more attempt. Thread-safe.
 */
final class Deliverer {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionHandling.class);

    private final CaseStore store;
    private final OrderFlow orderFlow;
    private final Notifier notifier;
    private final Clock clock;
    private final ActionDeliveries actions;

    /** A deliverer without actions: an action delivery stays pending. */
    Deliverer(CaseStore store, OrderFlow orderFlow, Notifier notifier, Clock clock) {
        this(store, orderFlow, notifier, clock, null);
    }

    Deliverer(CaseStore store, OrderFlow orderFlow, Notifier notifier, Clock clock, ActionDeliveries actions) {
        this.store = store;
        this.orderFlow = orderFlow;
        this.notifier = notifier;
        this.clock = clock;
        this.actions = actions;
    }

    /**
     * @return how many deliveries reached the host
     * @throws OrderFlowException when a signal failed
     */
    int deliver(String orderId) {
        int[] delivered = {0};
        OrderFlowException failure = store.inOrder(orderId, () -> {
            OrderFlowException failed = null;
            List<Delivery> pending = store.pending(orderId);
            java.util.Set<String> seen = new java.util.HashSet<>();
            pending.forEach(d -> seen.add(d.idempotencyKey()));
            for (Delivery d : pending) {
                if (d.signal() != null && failed != null) {
                    continue;
                }
                if (d.action() != null) {
                    delivered[0] += actions != null && actions.deliver(d) ? 1 : 0;
                    continue;
                }
                try {
                    send(d);
                    store.delivered(d.idempotencyKey(), clock.instant());
                    delivered[0]++;
                } catch (RuntimeException e) {
                    store.failed(d.idempotencyKey());
                    if (d.signal() != null) {
                        failed = new OrderFlowException(orderId, d.signal(), e);
                    } else {
                        LOG.warn("notification {} failed (attempt {}); it stays pending", d.idempotencyKey(),
                                d.attempts() + 1, e);
                    }
                }
            }
            for (Delivery d : store.pending(orderId)) { // a staff notification of an action that ran out of attempts
                if (d.staff() != null && !seen.contains(d.idempotencyKey())) {
                    try {
                        send(d);
                        store.delivered(d.idempotencyKey(), clock.instant());
                        delivered[0]++;
                    } catch (RuntimeException e) {
                        store.failed(d.idempotencyKey());
                        LOG.warn("notification {} failed; it stays pending", d.idempotencyKey(), e);
                    }
                }
            }
            return failed;
        });
        if (failure != null) {
            throw failure;
        }
        return delivered[0];
    }

    private void send(Delivery d) {
        if (d.signal() != null) {
            orderFlow.deliver(d);
        } else if (d.staff() != null) {
            notifier.notifyStaff(d.staff());
        } else {
            notifier.notifyCustomer(d.customer());
        }
    }
}
