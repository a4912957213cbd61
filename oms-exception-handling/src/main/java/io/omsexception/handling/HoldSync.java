package io.omsexception.handling;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Derives an order's hold from its cases and tells the host's {@link OrderFlow} what it was not
 * told yet, recording each signal in the trail once the host took it. Decisions for one order are
 * serialised by a per-order lock of this instance. Thread-safe.
 */
final class HoldSync {
    private final CaseStore store;
    private final OrderFlow orderFlow;
    private final Clock clock;
    private final ReentrantLock[] locks = new ReentrantLock[64];

    HoldSync(CaseStore store, OrderFlow orderFlow, Clock clock) {
        this.store = store;
        this.orderFlow = orderFlow;
        this.clock = clock;
        Arrays.setAll(locks, i -> new ReentrantLock());
    }

    /** Derives the hold and tells the host, then sends the change's notifications, even when the host failed. */
    OrderStatus settle(String orderId, Messenger.Outbox outbox) {
        try {
            return sync(orderId, outbox);
        } finally {
            outbox.send();
        }
    }

    private OrderStatus sync(String orderId, Messenger.Outbox outbox) {
        ReentrantLock lock = locks[Math.floorMod(orderId.hashCode(), locks.length)];
        lock.lock();
        try {
            boolean toldCancelled = false;
            boolean toldHeld = false;
            for (AuditEntry e : store.trail(orderId)) {
                if (e.action() instanceof OrderSignal signal) {
                    switch (signal) {
                        case CANCELLED -> toldCancelled = true;
                        case HELD -> toldHeld = true;
                        case RELEASED -> toldHeld = false;
                    }
                }
            }
            List<ExceptionCase> cases = store.findByOrder(orderId);
            Optional<ExceptionCase> confirmed = cases.stream().filter(c -> c.state() == CaseState.CONFIRMED)
                    .min(Comparator.comparing((ExceptionCase c) -> c.closure().at()).thenComparing(c -> c.id().toString()));
            if (confirmed.isPresent()) {
                return cancel(confirmed.get(), cases, toldCancelled, outbox);
            }
            OrderStatus status = OrderStatus.of(orderId, cases);
            if (status.held() && !toldHeld) {
                tell(orderId, OrderSignal.HELD, () -> orderFlow.hold(orderId, status.blockingCases()));
                store.append(orderId, List.of(AuditEntry.held(orderId, status.blockingCases(), clock.instant())));
            } else if (!status.held() && toldHeld) {
                tell(orderId, OrderSignal.RELEASED, () -> orderFlow.release(orderId));
                store.append(orderId, List.of(AuditEntry.released(orderId, clock.instant())));
            }
            return status;
        } finally {
            lock.unlock();
        }
    }

    /** Resolves the order's other open cases as the system, then tells the host and the customer once. */
    private OrderStatus cancel(ExceptionCase confirmed, List<ExceptionCase> cases, boolean told,
            Messenger.Outbox outbox) {
        String orderId = confirmed.orderId();
        String closing = "order cancelled: case " + confirmed.id() + " was confirmed";
        for (ExceptionCase c : cases) {
            if (c.isOpen()) {
                Retries.retrying(() -> {
                    ExceptionCase current = store.find(c.id()).orElseThrow(() -> new UnknownCaseException(c.id()));
                    if (current.isOpen()) {
                        ExceptionCase closed = CaseDraft.closed(current, CaseState.RESOLVED, ExceptionHandling.SYSTEM,
                                closing, clock.instant());
                        store.update(closed, List.of(AuditEntry.transition(current, closed, ExceptionHandling.SYSTEM,
                                CaseAction.RESOLVE, closing)));
                    }
                    return current;
                });
            }
        }
        if (!told) {
            String reason = confirmed.closure().note();
            tell(orderId, OrderSignal.CANCELLED, () -> orderFlow.cancel(orderId, reason, confirmed.id()));
            store.append(orderId, List.of(AuditEntry.cancelled(confirmed, clock.instant())));
            outbox.cancelled(confirmed);
        }
        return OrderStatus.of(orderId, store.findByOrder(orderId));
    }

    private static void tell(String orderId, OrderSignal signal, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw new OrderFlowException(orderId, signal, e);
        }
    }
}
