package io.omsexception.handling;

import io.omsexception.Action;
import io.omsexception.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the action deliveries of the outbox with the host's {@link ActionExecutor}, inside
 * the order's unit: a success is audited on the case ({@link CaseAction#ACTION_EXECUTED}, the
 * executor's answer as the note); a failure is audited ({@link CaseAction#ACTION_FAILED}), becomes
 * a progress note of the case and stays pending until its backoff ends; the last failed attempt
 * takes it out of the outbox and tells the department's staff ({@link NotificationKind#ACTION_FAILED}).
 * Thread-safe.
 */
final class ActionDeliveries {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionHandling.class);

    private final CaseStore store;
    private final Policy policy;
    private final Clock clock;
    private final Set<Channel> staffChannels;

    ActionDeliveries(CaseStore store, Policy policy, Clock clock, Set<Channel> staffChannels) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.staffChannels = staffChannels;
    }

    /**
     * Inside the order's unit: tries the action when it is due.
     *
     * @return whether the executor carried it out
     */
    boolean deliver(Delivery d) {
        Instant now = clock.instant();
        if (policy.executor() == null || policy.actionDue(d.attempts(), d.createdAt()).isAfter(now)) {
            return false;
        }
        ActionRequest request = d.action();
        String result;
        try {
            result = policy.executor().execute(request);
        } catch (RuntimeException e) {
            failed(d, e, now);
            return false;
        }
        store.delivered(d.idempotencyKey(), now);
        audit(request, CaseAction.ACTION_EXECUTED, result, null, now);
        return true;
    }

    private void failed(Delivery d, RuntimeException e, Instant now) {
        ActionRequest request = d.action();
        int attempt = d.attempts() + 1;
        boolean last = attempt >= policy.actionAttempts();
        store.failed(d.idempotencyKey());
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String note = request.action().type().name() + " failed (attempt " + attempt + " of " + policy.actionAttempts()
                + "): " + why + (last ? "; no attempt left, staff are told"
                        : "; next attempt at " + Notifications.time(policy.actionDue(attempt, d.createdAt()), clock.getZone()));
        LOG.warn("action {} failed (attempt {} of {}): {}", d.idempotencyKey(), attempt, policy.actionAttempts(), why);
        ExceptionCase changed = audit(request, CaseAction.ACTION_FAILED, note, note, now);
        if (last) {
            store.delivered(d.idempotencyKey(), now);
            LocalizedText name = request.action().type().displayName();
            LocalizedText message = new LocalizedText(
                    changed.department().displayName().zh() + "队列的异常 " + changed.id() + "：自动操作「" + name.zh()
                            + "」" + attempt + " 次均失败，请人工处理：" + why,
                    "Case " + changed.id() + " in " + changed.department().displayName().en() + ": the action "
                            + name.en() + " failed " + attempt + " times; do it by hand: " + why);
            store.enqueue(List.of(Delivery.ofStaff(new StaffNotification(NotificationKind.ACTION_FAILED,
                    changed.department(), changed.id(), changed.priority(), changed.assignee(), changed.dueAt(), message,
                    staffChannels, now, d.idempotencyKey() + "/" + NotificationKind.ACTION_FAILED))));
        }
    }

    /** The next version of the request's case with an audit entry of the action, and the note as a progress note. */
    private ExceptionCase audit(ActionRequest request, CaseAction what, String auditNote, String progressNote,
            Instant now) {
        ExceptionCase current = store.find(request.caseId()).orElseThrow(() -> new UnknownCaseException(request.caseId()));
        CaseDraft draft = CaseDraft.next(current, current.state(), now);
        if (progressNote != null) {
            draft.notes.add(new ProgressNote(now, ExceptionHandling.SYSTEM, progressNote));
        }
        ExceptionCase changed = draft.build();
        store.update(changed, List.of(entry(current, changed, ExceptionHandling.SYSTEM, what, request.action(), auditNote,
                now)));
        return changed;
    }

    /** An audit entry of an action of the case: the detail names the action and its parameters. */
    static AuditEntry entry(ExceptionCase before, ExceptionCase after, String actor, CaseAction what, Action action,
            String note, Instant now) {
        return new AuditEntry(after.orderId(), after.id(), after.version(), now, actor, what, before.state(),
                after.state(), describe(action), note, null);
    }

    /** @return for example {@code CHASE_CARRIER carrier=SF, trackingNumber=SF100} */
    static String describe(Action action) {
        StringBuilder b = new StringBuilder(action.type().name());
        String sep = " ";
        for (String name : action.parameters().keySet()) {
            b.append(sep).append(name).append('=').append(action.text(name));
            sep = ", ";
        }
        return b.toString();
    }
}
