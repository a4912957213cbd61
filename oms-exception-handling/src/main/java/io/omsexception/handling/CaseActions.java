package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The staff's actions on one case; see the methods of the same names on {@link ExceptionHandling}. */
final class CaseActions {
    private final CaseStore store;
    private final Clock clock;
    private final Policy policy;
    private final HoldSync holdSync;
    private final OrderUnits units;

    CaseActions(CaseStore store, Clock clock, Policy policy, HoldSync holdSync, OrderUnits units) {
        this.store = store;
        this.clock = clock;
        this.policy = policy;
        this.holdSync = holdSync;
        this.units = units;
    }

    ExceptionCase start(ExceptionCase seen, String actor) {
        return act(seen, actor, CaseAction.START, null, (current, d, now) -> {
            if (d.assignee == null) {
                d.assignee = actor;
            }
        });
    }

    ExceptionCase assign(ExceptionCase seen, String actor, String assignee) {
        Args.text(assignee, "assignee");
        return act(seen, actor, CaseAction.ASSIGN, null, (current, d, now) -> d.assignee = assignee);
    }

    ExceptionCase addNote(ExceptionCase seen, String actor, String text) {
        Args.text(text, "text");
        return act(seen, actor, CaseAction.NOTE, text,
                (current, d, now) -> d.notes.add(new ProgressNote(now, actor, text)));
    }

    ExceptionCase openWorkOrder(ExceptionCase seen, String actor, Order order, String customerRequest,
            String assignee) {
        Args.required(seen, "seen");
        Args.required(order, "order");
        Args.text(customerRequest, "customerRequest");
        Args.text(assignee, "assignee");
        if (!order.orderId().equals(seen.orderId())) {
            throw new InvalidFieldException("order.orderId", "must be " + seen.orderId() + " but was " + order.orderId());
        }
        return act(seen, actor, CaseAction.WORK_ORDER, null, (current, d, now) -> {
            if (current.workOrder() != null) {
                throw new IllegalTransitionException(current.id(), current.state(), CaseAction.WORK_ORDER,
                        "cannot open a work order for a case that already has one");
            }
            d.workOrder = new WorkOrder(order, customerRequest, now, actor);
            d.assignee = assignee;
        });
    }

    ExceptionCase move(ExceptionCase seen, String actor, Department to, String note) {
        Args.required(to, "department");
        return act(seen, actor, CaseAction.MOVE, note, (current, d, now) -> {
            if (current.department().equals(to)) {
                throw new InvalidFieldException("department", "must differ from the case's department " + to);
            }
            d.department = to;
        });
    }

    ExceptionCase resolve(ExceptionCase seen, String actor, String note, ClosingReason reason) {
        return act(seen, actor, CaseAction.RESOLVE, note, (current, d, now) -> {
            if (policy.holdUntilCancelled().contains(current.code())) {
                throw new IllegalTransitionException(current.id(), current.state(), CaseAction.RESOLVE,
                        "cannot resolve " + current.code() + ": it holds the order until it is cancelled (confirm"
                                + " the case for the whole order or for the refunded lines)");
            }
            d.closure = new Closure(actor, now, note, null, List.of(), reason);
        });
    }

    ExceptionCase confirm(ExceptionCase seen, String actor, String reason, List<String> lineIds) {
        Args.text(reason, "reason");
        List<String> lines = lines(lineIds);
        return act(seen, actor, CaseAction.CONFIRM, reason,
                (current, d, now) -> d.closure = new Closure(actor, now, reason, null, lines));
    }

    private static List<String> lines(List<String> lineIds) {
        Set<String> lines = new LinkedHashSet<>();
        List<String> given = List.copyOf(Args.required(lineIds, "lineIds"));
        for (int i = 0; i < given.size(); i++) {
            String line = Args.text(given.get(i), "lineIds[" + i + "]");
            if (!lines.add(line)) {
                throw new InvalidFieldException("lineIds[" + i + "]", "repeats line " + line);
            }
        }
        return List.copyOf(lines);
    }

    ExceptionCase ignore(ExceptionCase seen, String actor, String note, IgnoreOverride override) {
        Args.text(note, "note");
        return act(seen, actor, CaseAction.IGNORE, note, (current, d, now) -> {
            if (current.blocking() && override == null) {
                throw new IllegalTransitionException(current.id(), current.state(), CaseAction.IGNORE,
                        "cannot ignore a blocking case without an override naming who and why");
            }
            d.closure = new Closure(actor, now, note, override);
        });
    }

    ExceptionCase reopen(ExceptionCase seen, String actor, String note) {
        return act(seen, actor, CaseAction.REOPEN, note, (current, d, now) -> {
            d.closure = null;
            d.openedAt = now;
            d.scheduleDue(policy.targets());
        });
    }

    @FunctionalInterface
    private interface Edit {
        void apply(ExceptionCase current, CaseDraft draft, Instant now);
    }

    /**
     * In the order's unit: applies the edit to the stored case when the order is not cancelled
     * (only a note may still be added), the case is still at the seen version and its state
     * allows the action.
     */
    private ExceptionCase act(ExceptionCase seen, String actor, CaseAction action, String note, Edit edit) {
        Args.required(seen, "seen");
        Args.text(actor, "actor");
        CaseId id = seen.id();
        return units.change(id.orderId(), outbox -> {
            ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
            if (action != CaseAction.NOTE && OrderStatus.isCancelled(store.findByOrder(id.orderId()))) {
                throw new IllegalTransitionException(id, current.state(), action,
                        "cannot " + action.verb() + " a case of a cancelled order");
            }
            if (current.version() != seen.version()) {
                throw new CaseConflictException(id, seen.version(), current.version());
            }
            CaseState nextState = current.state().after(action).orElseThrow(() -> new IllegalTransitionException(id,
                    current.state(), action, "cannot " + action.verb() + " a case that is " + current.state()));
            Instant now = clock.instant();
            CaseDraft d = CaseDraft.next(current, nextState, now);
            edit.apply(current, d, now);
            ExceptionCase changed = d.build();
            store.update(changed, List.of(AuditEntry.transition(current, changed, actor, action, note)));
            if (action == CaseAction.REOPEN) {
                outbox.opened(changed, true);
            } else if (action == CaseAction.MOVE) {
                outbox.movedTo(changed);
            } else if (action == CaseAction.CONFIRM && !changed.closure().lineIds().isEmpty()) {
                holdSync.cancelLines(changed, outbox);
            }
            return changed;
        }).value();
    }
}
