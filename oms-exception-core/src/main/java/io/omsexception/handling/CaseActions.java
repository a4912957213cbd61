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

    ExceptionCase start(CaseId id, Long expectedVersion, String actor) {
        return act(id, expectedVersion, actor, CaseAction.START, null, (current, d, now) -> {
            if (d.assignee == null) {
                d.assignee = actor;
            }
        });
    }

    ExceptionCase assign(CaseId id, Long expectedVersion, String actor, String assignee) {
        Args.text(assignee, "assignee");
        return act(id, expectedVersion, actor, CaseAction.ASSIGN, null, (current, d, now) -> d.assignee = assignee);
    }

    ExceptionCase addNote(CaseId id, Long expectedVersion, String actor, String text) {
        Args.text(text, "text");
        return act(id, expectedVersion, actor, CaseAction.NOTE, text,
                (current, d, now) -> d.notes.add(new ProgressNote(now, actor, text)));
    }

    ExceptionCase openWorkOrder(CaseId id, Long expectedVersion, String actor, Order order, String customerRequest,
            String assignee) {
        Args.required(id, "id");
        Args.required(order, "order");
        Args.text(customerRequest, "customerRequest");
        Args.text(assignee, "assignee");
        if (!order.orderId().equals(id.orderId())) {
            throw new InvalidFieldException("order.orderId", "must be " + id.orderId() + " but was " + order.orderId());
        }
        return act(id, expectedVersion, actor, CaseAction.WORK_ORDER, null, (current, d, now) -> {
            if (current.workOrder() != null) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.WORK_ORDER,
                        "cannot open a work order for a case that already has one");
            }
            d.workOrder = new WorkOrder(order, customerRequest, now, actor);
            d.assignee = assignee;
        });
    }

    ExceptionCase resolve(CaseId id, Long expectedVersion, String actor, String note) {
        return act(id, expectedVersion, actor, CaseAction.RESOLVE, note,
                (current, d, now) -> d.closure = new Closure(actor, now, note, null));
    }

    ExceptionCase confirm(CaseId id, Long expectedVersion, String actor, String reason) {
        Args.text(reason, "reason");
        return act(id, expectedVersion, actor, CaseAction.CONFIRM, reason,
                (current, d, now) -> d.closure = new Closure(actor, now, reason, null));
    }

    ExceptionCase ignore(CaseId id, Long expectedVersion, String actor, String note, IgnoreOverride override) {
        Args.text(note, "note");
        return act(id, expectedVersion, actor, CaseAction.IGNORE, note, (current, d, now) -> {
            if (current.blocking() && override == null) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.IGNORE,
                        "cannot ignore a blocking case without an override naming who and why");
            }
            d.closure = new Closure(actor, now, note, override);
        });
    }

    ExceptionCase reopen(CaseId id, Long expectedVersion, String actor, String note) {
        return act(id, expectedVersion, actor, CaseAction.REOPEN, note, (current, d, now) -> {
            if (OrderStatus.isCancelled(store.findByOrder(id.orderId()))) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.REOPEN,
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

    private ExceptionCase act(CaseId id, Long expectedVersion, String actor, CaseAction action, String note,
            Edit edit) {
        Args.required(id, "id");
        Args.text(actor, "actor");
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new CaseConflictException(id, expectedVersion, current.version());
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
