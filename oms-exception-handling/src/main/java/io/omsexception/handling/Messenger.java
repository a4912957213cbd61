package io.omsexception.handling;

import io.omsexception.LocalizedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells staff and customers through the host's {@link Notifier}, at most once per case, kind and
 * department within the notification window; a failing notifier is logged, never thrown.
 * Thread-safe.
 */
final class Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(ExceptionHandling.class);

    private final Notifier notifier;
    private final Clock clock;
    private final Set<Channel> staffChannels;
    private final Set<Channel> customerChannels;
    private final RepeatGuard guard;

    Messenger(Notifier notifier, Clock clock, Duration window, Set<Channel> staffChannels,
            Set<Channel> customerChannels) {
        this.notifier = notifier;
        this.clock = clock;
        this.staffChannels = Set.copyOf(staffChannels);
        this.customerChannels = Set.copyOf(customerChannels);
        this.guard = new RepeatGuard(window);
    }

    /** @return an empty outbox for the notifications of one change; single-threaded */
    Outbox outbox() {
        return new Outbox();
    }

    /** Tells each department about its overdue cases, once per case within the window. */
    void overdue(List<QueueEntry> overdue, Instant now) {
        guard.purge(now);
        for (QueueEntry e : overdue) {
            ExceptionCase c = e.exceptionCase();
            if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OVERDUE, c.department()), now)) {
                sendStaff(new StaffNotification(NotificationKind.CASE_OVERDUE, c.department(), c.id(), c.priority(),
                        c.assignee(), c.dueAt(), Notifications.overdue(c), staffChannels, now));
            }
        }
    }

    private void staffOpened(ExceptionCase c) {
        Instant now = clock.instant();
        if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OPENED, c.department()), now)) {
            sendStaff(new StaffNotification(NotificationKind.CASE_OPENED, c.department(), c.id(), c.priority(),
                    c.assignee(), c.dueAt(), Notifications.opened(c), staffChannels, now));
        }
    }

    private void customer(NotificationKind kind, ExceptionCase c, LocalizedText message) {
        Instant now = clock.instant();
        if (guard.allow(new RepeatGuard.Key(c.id(), kind, null), now)) {
            sendCustomer(new CustomerNotification(kind, c.orderId(), c.customerId(), c.id(), message,
                    customerChannels, now));
        }
    }

    private void sendStaff(StaffNotification n) {
        try {
            notifier.notifyStaff(n);
        } catch (RuntimeException e) {
            LOG.warn("staff notification {} for case {} failed", n.kind(), n.caseId(), e);
        }
    }

    private void sendCustomer(CustomerNotification n) {
        try {
            notifier.notifyCustomer(n);
        } catch (RuntimeException e) {
            LOG.warn("customer notification {} for case {} failed", n.kind(), n.caseId(), e);
        }
    }

    /** The notifications of one change, collected while it is made and sent once the hold was derived. */
    final class Outbox {
        private final List<Runnable> pending = new ArrayList<>();

        private Outbox() {
        }

        /** The case opened or reopened: its department, and its customer when it has a message. */
        void opened(ExceptionCase c) {
            movedTo(c);
            if (c.customerMessage() != null) {
                pending.add(() -> customer(NotificationKind.CUSTOMER_PROGRESS, c, c.customerMessage()));
            }
        }

        /** The case moved into its department's queue. */
        void movedTo(ExceptionCase c) {
            pending.add(() -> staffOpened(c));
        }

        /** The case cancelled its order: the customer is told the reason. */
        void cancelled(ExceptionCase confirmed) {
            LocalizedText message = Notifications.cancelled(confirmed.orderId(), confirmed.closure().note());
            pending.add(() -> customer(NotificationKind.ORDER_CANCELLED, confirmed, message));
        }

        void send() {
            pending.forEach(Runnable::run);
        }
    }
}
