package io.omsexception.handling;

import static io.omsexception.handling.ExceptionHandling.SYSTEM;

import io.omsexception.Category;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
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
    private final Policy policy;
    private final OrderUnits units;
    private final Delays delays;

    Reconciler(CaseStore store, Clock clock, Policy policy, OrderUnits units, Delays delays) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.units = units;
        this.delays = delays;
    }

    Reconciliation reconcile(Order order, OrderEvaluation evaluation) {
        Args.required(order, "order");
        Args.required(evaluation, "evaluation");
        String orderId = order.orderId();
        if (!evaluation.orderId().equals(orderId)) {
            throw new InvalidFieldException("evaluation.orderId",
                    "must be " + orderId + " but was " + evaluation.orderId());
        }
        OrderUnits.Result<Outcomes> r = units.systemChange(orderId, outbox -> reconcileIn(order, evaluation, outbox));
        return r.value().of(orderId, r.status());
    }

    private Outcomes reconcileIn(Order order, OrderEvaluation evaluation, Messenger.Outbox outbox) {
        String orderId = order.orderId();
        Outcomes outcomes = new Outcomes();
        List<ExceptionCase> existing = store.findByOrder(orderId);
        if (OrderStatus.isCancelled(existing)) {
            existing.stream().filter(c -> c.kind() == CaseKind.RULE).forEach(c -> outcomes.unchanged.add(c.id()));
            return outcomes;
        }
        Instant now = clock.instant();
        delays.endIn(existing, now);
        boolean delayed = Policy.delayRuns(store.findByOrder(orderId), now);
        Map<String, Finding> findings = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> findings.put(f.code(), f));
        for (Finding finding : findings.values()) {
            CaseId id = CaseId.rule(orderId, finding.code());
            boolean tellCustomer = !(delayed && policy.quietDuringDelay().contains(finding.code()));
            outcomes.add(reconcileFinding(id, order, finding, outbox, tellCustomer, now));
        }
        String refund = completedRefund(order);
        for (ExceptionCase c : existing) {
            if (c.kind() == CaseKind.RULE && !findings.containsKey(c.code())) {
                outcomes.add(reconcileAbsent(c.id(), refund, now));
            }
        }
        return outcomes;
    }

    private Outcome reconcileFinding(CaseId id, Order order, Finding finding, Messenger.Outbox outbox,
            boolean tellCustomer, Instant now) {
        Optional<ExceptionCase> found = store.find(id);
        if (found.isEmpty()) {
            CaseDraft d = CaseDraft.opening(id, finding.code(), order, now);
            d.applyFinding(finding);
            d.scheduleDue(policy.targets());
            ExceptionCase created = d.build();
            store.insert(created, List.of(AuditEntry.opened(created, SYSTEM, null)));
            outbox.opened(created, tellCustomer);
            return new Outcome(Outcome.Kind.OPENED, created);
        }
        ExceptionCase current = found.get();
        if (current.state() == CaseState.RESOLVED) {
            CaseDraft d = CaseDraft.next(current, CaseState.OPEN, now);
            d.applyFinding(finding);
            d.applyCustomer(order);
            d.closure = null;
            d.openedAt = now;
            d.scheduleDue(policy.targets());
            ExceptionCase reopened = d.build();
            store.update(reopened, List.of(AuditEntry.transition(current, reopened, SYSTEM, CaseAction.REOPEN,
                    "raised again by the rules")));
            outbox.opened(reopened, tellCustomer);
            return new Outcome(Outcome.Kind.REOPENED, reopened);
        }
        Finding before = current.finding();
        boolean attributesChanged = before.priority() != finding.priority()
                || !before.department().equals(finding.department()) || before.blocking() != finding.blocking();
        if (!current.isOpen() || !attributesChanged) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        boolean moved = !current.department().equals(before.department());
        CaseDraft d = CaseDraft.next(current, current.state(), now);
        d.applyFinding(finding);
        if (moved) {
            d.department = current.department();
        }
        d.applyCustomer(order);
        d.scheduleDue(policy.targets());
        ExceptionCase changed = d.build();
        store.update(changed, List.of(AuditEntry.transition(current, changed, SYSTEM, CaseAction.UPDATE, null)));
        if (!changed.department().equals(current.department())) {
            outbox.movedTo(changed);
        }
        return new Outcome(Outcome.Kind.UPDATED, changed);
    }

    private Outcome reconcileAbsent(CaseId id, String completedRefund, Instant now) {
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
        if (!current.isOpen() || policy.holdUntilCancelled().contains(current.code())) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        String note = completedRefund != null && Category.REFUND.equals(current.category())
                ? "refund completed (" + completedRefund + "): no longer raised by the rules"
                : "no longer raised by the rules";
        ExceptionCase closed = CaseDraft.closed(current, CaseState.RESOLVED, SYSTEM, note, now);
        store.update(closed, List.of(AuditEntry.transition(current, closed, SYSTEM, CaseAction.RESOLVE, note)));
        return new Outcome(Outcome.Kind.RESOLVED, closed);
    }

    /** @return the ids of the order's completed refunds ({@code payment REFUNDED} when the payment says so), or null */
    private static String completedRefund(Order order) {
        List<String> ids = order.refunds().stream().filter(r -> r.status() == RefundStatus.COMPLETED)
                .map(Refund::refundId).toList();
        if (!ids.isEmpty()) {
            return String.join(", ", ids);
        }
        return order.payment() != null && order.payment().status() == PaymentStatus.REFUNDED ? "payment REFUNDED" : null;
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
