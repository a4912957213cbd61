package io.omsexception.handling;

import static io.omsexception.handling.ExceptionHandling.SYSTEM;

import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Brings an order's rule cases in line with a new evaluation, as the system; see {@link ExceptionHandling#reconcile}. */
final class Reconciler {
    private final CaseStore store;
    private final Clock clock;
    private final ResponseTargets targets;
    private final HoldSync holdSync;
    private final Messenger messenger;

    Reconciler(CaseStore store, Clock clock, ResponseTargets targets, HoldSync holdSync, Messenger messenger) {
        this.store = store;
        this.clock = clock;
        this.targets = targets;
        this.holdSync = holdSync;
        this.messenger = messenger;
    }

    Reconciliation reconcile(Order order, OrderEvaluation evaluation) {
        Args.required(order, "order");
        Args.required(evaluation, "evaluation");
        String orderId = order.orderId();
        if (!evaluation.orderId().equals(orderId)) {
            throw new InvalidFieldException("evaluation.orderId",
                    "must be " + orderId + " but was " + evaluation.orderId());
        }
        Messenger.Outbox outbox = messenger.outbox();
        Outcomes outcomes = new Outcomes();
        List<ExceptionCase> existing = store.findByOrder(orderId);
        if (OrderStatus.isCancelled(existing)) {
            existing.stream().filter(c -> c.kind() == CaseKind.RULE).forEach(c -> outcomes.unchanged.add(c.id()));
            return outcomes.of(orderId, holdSync.settle(orderId, outbox));
        }
        Map<String, Finding> findings = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> findings.put(f.code(), f));
        for (Finding finding : findings.values()) {
            CaseId id = CaseId.rule(orderId, finding.code());
            outcomes.add(Retries.retrying(() -> reconcileFinding(id, order, finding, outbox)));
        }
        for (ExceptionCase c : existing) {
            if (c.kind() == CaseKind.RULE && !findings.containsKey(c.code())) {
                outcomes.add(Retries.retrying(() -> reconcileAbsent(c.id())));
            }
        }
        return outcomes.of(orderId, holdSync.settle(orderId, outbox));
    }

    private Outcome reconcileFinding(CaseId id, Order order, Finding finding, Messenger.Outbox outbox) {
        Instant now = clock.instant();
        Optional<ExceptionCase> found = store.find(id);
        if (found.isEmpty()) {
            CaseDraft d = CaseDraft.opening(id, finding.code(), order, now);
            d.applyFinding(finding);
            d.scheduleDue(targets);
            ExceptionCase created = d.build();
            store.insert(created, List.of(AuditEntry.opened(created, SYSTEM, null)));
            outbox.opened(created);
            return new Outcome(Outcome.Kind.OPENED, created);
        }
        ExceptionCase current = found.get();
        if (current.state() == CaseState.RESOLVED) {
            CaseDraft d = CaseDraft.next(current, CaseState.OPEN, now);
            d.applyFinding(finding);
            d.applyCustomer(order);
            d.closure = null;
            d.openedAt = now;
            d.scheduleDue(targets);
            ExceptionCase reopened = d.build();
            store.update(reopened, List.of(AuditEntry.transition(current, reopened, SYSTEM, CaseAction.REOPEN,
                    "raised again by the rules")));
            outbox.opened(reopened);
            return new Outcome(Outcome.Kind.REOPENED, reopened);
        }
        boolean attributesChanged = current.priority() != finding.priority()
                || current.department() != finding.department() || current.blocking() != finding.blocking();
        if (!current.isOpen() || !attributesChanged) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        CaseDraft d = CaseDraft.next(current, current.state(), now);
        d.applyFinding(finding);
        d.applyCustomer(order);
        d.scheduleDue(targets);
        ExceptionCase changed = d.build();
        store.update(changed, List.of(AuditEntry.transition(current, changed, SYSTEM, CaseAction.UPDATE, null)));
        if (changed.department() != current.department()) {
            outbox.movedTo(changed);
        }
        return new Outcome(Outcome.Kind.UPDATED, changed);
    }

    private Outcome reconcileAbsent(CaseId id) {
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
        if (!current.isOpen()) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        ExceptionCase closed = CaseDraft.closed(current, CaseState.RESOLVED, SYSTEM, "no longer raised by the rules",
                clock.instant());
        store.update(closed, List.of(AuditEntry.transition(current, closed, SYSTEM, CaseAction.RESOLVE,
                closed.closure().note())));
        return new Outcome(Outcome.Kind.RESOLVED, closed);
    }

    private record Outcome(Kind kind, ExceptionCase exceptionCase) {
        enum Kind { OPENED, REOPENED, UPDATED, RESOLVED, UNCHANGED }
    }

    private static final class Outcomes {
        final List<ExceptionCase> opened = new ArrayList<>();
        final List<ExceptionCase> reopened = new ArrayList<>();
        final List<ExceptionCase> updated = new ArrayList<>();
        final List<ExceptionCase> resolved = new ArrayList<>();
        final List<CaseId> unchanged = new ArrayList<>();

        void add(Outcome o) {
            switch (o.kind()) {
                case OPENED -> opened.add(o.exceptionCase());
                case REOPENED -> reopened.add(o.exceptionCase());
                case UPDATED -> updated.add(o.exceptionCase());
                case RESOLVED -> resolved.add(o.exceptionCase());
                case UNCHANGED -> unchanged.add(o.exceptionCase().id());
            }
        }

        Reconciliation of(String orderId, OrderStatus status) {
            return new Reconciliation(orderId, opened, reopened, updated, resolved, unchanged, status);
        }
    }
}
