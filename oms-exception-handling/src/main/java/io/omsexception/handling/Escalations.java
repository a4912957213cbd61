package io.omsexception.handling;

import io.omsexception.LocalizedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The monitor's overdue checks and customer progress messages. An open case past its due time
 * (its response target after opening) is escalated to its department's lead, and past its due
 * time plus the target again (twice the target) to a manager: each level once per opening,
 * audited {@link CaseAction#ESCALATE} and sent as a staff notification. A customer hears of an
 * order's most urgent open case with a message and its expected time at most once per frequency.
 * Thread-safe.
 */
final class Escalations {
    private final CaseStore store;
    private final Policy policy;
    private final OrderUnits units;
    private final Clock clock;
    private final Map<String, Instant> lastProgress = new ConcurrentHashMap<>();

    Escalations(ExceptionHandling handling) {
        this.store = handling.store;
        this.policy = handling.policy;
        this.units = handling.units;
        this.clock = handling.clock();
    }

    /** @return the cases escalated now, each as stored after its escalation */
    List<ExceptionCase> escalate(Instant now, Set<Channel> staffChannels) {
        List<ExceptionCase> open = new ArrayList<>(store.findOpen());
        open.sort(Comparator.comparing(ExceptionCase::dueAt).thenComparing(c -> c.id().toString()));
        List<ExceptionCase> escalated = new ArrayList<>();
        for (ExceptionCase c : open) {
            Duration target = policy.targets().of(c.priority());
            int due = now.isBefore(c.dueAt()) ? 0 : now.isBefore(c.dueAt().plus(target)) ? 1 : 2;
            int done = (int) store.trail(c.orderId()).stream().filter(e -> e.action() == CaseAction.ESCALATE
                    && c.id().equals(e.caseId()) && !e.at().isBefore(c.openedAt())).count();
            for (int level = done + 1; level <= due; level++) {
                int l = level;
                ExceptionCase changed = units.systemChange(c.orderId(), outbox -> {
                    ExceptionCase current = store.find(c.id()).orElseThrow(() -> new UnknownCaseException(c.id()));
                    if (!current.isOpen()) {
                        return null;
                    }
                    ExceptionCase next = CaseDraft.next(current, current.state(), now).build();
                    String to = l == 1 ? "to the " + current.department().name() + " lead" : "to a manager";
                    store.update(next, List.of(new AuditEntry(next.orderId(), next.id(), next.version(), now,
                            ExceptionHandling.SYSTEM, CaseAction.ESCALATE, current.state(), next.state(), to,
                            "due at " + Notifications.time(current.dueAt(), clock.getZone()), null)));
                    NotificationKind kind = l == 1 ? NotificationKind.ESCALATED_TO_LEAD : NotificationKind.ESCALATED_TO_MANAGER;
                    store.enqueue(List.of(Delivery.ofStaff(new StaffNotification(kind, next.department(), next.id(),
                            next.priority(), next.assignee(), next.dueAt(), message(next, l), staffChannels, now,
                            next.id() + "/" + kind + "/" + next.openedAt().toEpochMilli()))));
                    return next;
                }).value();
                if (changed != null) {
                    escalated.add(changed);
                }
            }
        }
        return escalated;
    }

    private LocalizedText message(ExceptionCase c, int level) {
        String due = Notifications.time(c.dueAt(), clock.getZone());
        String dept = c.department().displayName().zh();
        return level == 1
                ? new LocalizedText(dept + "队列的 " + c.priority() + " 异常 " + c.id() + " 已超过响应时限（应在 " + due
                        + " 前处理），升级至部门主管", "Case " + c.id() + " (" + c.priority() + ") in "
                        + c.department().displayName().en() + " is past its response target (due at " + due
                        + "): escalated to the department's lead")
                : new LocalizedText(dept + "队列的 " + c.priority() + " 异常 " + c.id() + " 已超过两倍响应时限（应在 " + due
                        + " 前处理），升级至经理", "Case " + c.id() + " (" + c.priority() + ") in "
                        + c.department().displayName().en() + " is past twice its response target (due at " + due
                        + "): escalated to a manager");
    }

    /** @return how many progress messages were queued now */
    int progress(Instant now, Duration every, Set<Channel> customerChannels) {
        Map<String, ExceptionCase> mostUrgent = new LinkedHashMap<>();
        for (ExceptionCase c : store.findOpen()) {
            if (c.customerMessage() == null) {
                continue;
            }
            mostUrgent.merge(c.orderId(), c, (a, b) -> Queues.QUEUE_ORDER.compare(a, b) <= 0 ? a : b);
        }
        lastProgress.keySet().retainAll(mostUrgent.keySet());
        int sent = 0;
        for (ExceptionCase c : mostUrgent.values()) {
            Instant last = lastProgress.get(c.orderId());
            if (last != null && now.isBefore(last.plus(every))) {
                continue;
            }
            String expected = Notifications.time(c.dueAt(), clock.getZone());
            LocalizedText message = new LocalizedText(c.customerMessage().zh() + "（预计 " + expected + " 前处理完毕）",
                    c.customerMessage().en() + " (expected by " + expected + ")");
            units.change(c.orderId(), outbox -> {
                store.enqueue(List.of(Delivery.ofCustomer(new CustomerNotification(NotificationKind.CUSTOMER_PROGRESS,
                        c.orderId(), c.customerId(), c.id(), message, customerChannels, now,
                        c.orderId() + "/PROGRESS/" + now.toEpochMilli()))));
                return null;
            });
            lastProgress.put(c.orderId(), now);
            sent++;
        }
        return sent;
    }
}
