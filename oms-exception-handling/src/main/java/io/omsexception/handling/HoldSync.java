package io.omsexception.handling;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives an order's hold from its cases and, when it differs from the last signal recorded in
 * the trail, records the new signal and puts it into the change's outbox: the signal is decided
 * and stored with the change, and delivered after it. Runs inside the order's unit
 * ({@link CaseStore#inOrder}), which serialises the decisions of one order across threads and
 * nodes. Thread-safe.
 */
final class HoldSync {
    private final CaseStore store;
    private final Clock clock;

    HoldSync(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Inside the order's unit: derives the hold and records what the host is to be told. */
    OrderStatus derive(String orderId, Messenger.Outbox outbox) {
        boolean toldCancelled = false;
        boolean toldHeld = false;
        int signals = 0;
        for (AuditEntry e : store.trail(orderId)) {
            if (e.action() instanceof OrderSignal signal) {
                signals++;
                switch (signal) {
                    case CANCELLED -> toldCancelled = true;
                    case HELD -> toldHeld = true;
                    case RELEASED -> toldHeld = false;
                    case LINES_CANCELLED -> { }
                }
            }
        }
        List<ExceptionCase> cases = store.findByOrder(orderId);
        Optional<ExceptionCase> confirmed = cases.stream()
                .filter(c -> c.state() == CaseState.CONFIRMED && c.closure().lineIds().isEmpty())
                .min(Comparator.comparing((ExceptionCase c) -> c.closure().at()).thenComparing(c -> c.id().toString()));
        if (confirmed.isPresent()) {
            return cancel(confirmed.get(), cases, toldCancelled, signals, outbox);
        }
        OrderStatus status = OrderStatus.of(orderId, cases);
        if (status.held() && !toldHeld) {
            record(AuditEntry.held(orderId, status.blockingCases(), clock.instant()), signals, status.blockingCases(),
                    null, outbox);
        } else if (!status.held() && toldHeld) {
            record(AuditEntry.released(orderId, clock.instant()), signals, List.of(), null, outbox);
        }
        return status;
    }

    /** Inside the order's unit: records that the confirmed case cancels some of the order's lines. */
    void cancelLines(ExceptionCase confirmed, Messenger.Outbox outbox) {
        int signals = (int) store.trail(confirmed.orderId()).stream().filter(e -> e.action().isOrderLevel()).count();
        record(AuditEntry.linesCancelled(confirmed, clock.instant()), signals, List.of(confirmed.id()),
                confirmed.closure().note(), outbox);
        outbox.cancelled(confirmed);
    }

    /** Resolves the order's other open cases as the system, then records the cancellation once. */
    private OrderStatus cancel(ExceptionCase confirmed, List<ExceptionCase> cases, boolean told, int signals,
            Messenger.Outbox outbox) {
        String orderId = confirmed.orderId();
        String closing = "order cancelled: case " + confirmed.id() + " was confirmed";
        for (ExceptionCase c : cases) {
            if (c.isOpen()) {
                ExceptionCase closed = CaseDraft.closed(c, CaseState.RESOLVED, ExceptionHandling.SYSTEM, closing,
                        clock.instant());
                store.update(closed, List.of(AuditEntry.transition(c, closed, ExceptionHandling.SYSTEM,
                        CaseAction.RESOLVE, closing)));
            }
        }
        if (!told) {
            record(AuditEntry.cancelled(confirmed, clock.instant()), signals, List.of(confirmed.id()),
                    confirmed.closure().note(), outbox);
            outbox.cancelled(confirmed);
        }
        return OrderStatus.of(orderId, store.findByOrder(orderId));
    }

    private void record(AuditEntry entry, int signalsBefore, List<CaseId> cases, String reason,
            Messenger.Outbox outbox) {
        OrderSignal signal = (OrderSignal) entry.action();
        store.append(entry.orderId(), List.of(entry));
        List<String> lines = signal == OrderSignal.LINES_CANCELLED
                ? store.find(cases.get(0)).orElseThrow().closure().lineIds() : List.of();
        outbox.signal(Delivery.ofSignal(entry.orderId() + "/" + signal + "/" + (signalsBefore + 1), entry.orderId(),
                entry.at(), signal, cases, reason, lines));
    }
}
