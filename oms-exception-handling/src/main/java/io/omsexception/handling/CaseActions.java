package io.omsexception.handling;

import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The staff's actions on one case; see the methods of the same names on {@link ExceptionHandling}. */
final class CaseActions {
    private final CaseStore store;
    private final Clock clock;
    private final ResponseTargets targets;
    private final HoldSync holdSync;
    private final Messenger messenger;

    CaseActions(CaseStore store, Clock clock, ResponseTargets targets, HoldSync holdSync, Messenger messenger) {
        this.store = store;
        this.clock = clock;
        this.targets = targets;
        this.holdSync = holdSync;
        this.messenger = messenger;
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

    ExceptionCase resolve(ExceptionCase seen, String actor, String note) {
        return act(seen, actor, CaseAction.RESOLVE, note,
                (current, d, now) -> d.closure = new Closure(actor, now, note, null));
    }

    ExceptionCase confirm(ExceptionCase seen, String actor, String reason) {
        Args.text(reason, "reason");
        return act(seen, actor, CaseAction.CONFIRM, reason,
                (current, d, now) -> d.closure = new Closure(actor, now, reason, null));
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
            if (OrderStatus.isCancelled(store.findByOrder(current.orderId()))) {
                throw new IllegalTransitionException(current.id(), current.state(), CaseAction.REOPEN,
                        "cannot reopen a case of a cancelled order");
            }
            d.closure = null;
            d.openedAt = now;
            d.scheduleDue(targets);
        });
    }

    @FunctionalInterface
    private interface Edit {
        void apply(ExceptionCase current, CaseDraft draft, Instant now);
    }

    /** Applies the edit to the stored case when it is still at the seen version and allows the action. */
    private ExceptionCase act(ExceptionCase seen, String actor, CaseAction action, String note, Edit edit) {
        Args.required(seen, "seen");
        Args.text(actor, "actor");
        CaseId id = seen.id();
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
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
        Messenger.Outbox outbox = messenger.outbox();
        if (action == CaseAction.REOPEN) {
            outbox.opened(changed);
        }
        holdSync.settle(id.orderId(), outbox);
        return changed;
    }
}
