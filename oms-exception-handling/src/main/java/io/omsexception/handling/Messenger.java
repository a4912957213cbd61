package io.omsexception.handling;

import io.omsexception.LocalizedText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Composes the notifications for staff and customers, at most once per case, kind and department
 * within the notification window, as deliveries of the outbox: each has an idempotency key made
 * of the case, the kind and the case's version. Thread-safe.
 */
final class Messenger {
    private final Clock clock;
    private final Duration window;
    private final Set<Channel> staffChannels;
    private final Set<Channel> customerChannels;
    private final RepeatGuard guard;

    Messenger(Clock clock, Duration window, Set<Channel> staffChannels, Set<Channel> customerChannels) {
        this.clock = clock;
        this.window = window;
        this.staffChannels = Set.copyOf(staffChannels);
        this.customerChannels = Set.copyOf(customerChannels);
        this.guard = new RepeatGuard(window);
    }

    /** @return an empty outbox for the deliveries of one change; single-threaded */
    Outbox outbox() {
        return new Outbox();
    }

    /** The overdue reminders of the cases, once per case within the window (also across nodes: the key names the window). */
    List<Delivery> overdue(List<QueueEntry> overdue, Instant now) {
        guard.purge(now);
        long slot = window.isZero() ? now.toEpochMilli() : now.toEpochMilli() / window.toMillis();
        List<Delivery> out = new ArrayList<>();
        for (QueueEntry e : overdue) {
            ExceptionCase c = e.exceptionCase();
            if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OVERDUE, c.department()), now)) {
                String key = c.id() + "/" + NotificationKind.CASE_OVERDUE + "/" + c.department() + "/" + c.version()
                        + "/" + slot;
                out.add(Delivery.ofStaff(new StaffNotification(NotificationKind.CASE_OVERDUE, c.department(), c.id(),
                        c.priority(), c.assignee(), c.dueAt(), Notifications.overdue(c, clock.getZone()), staffChannels,
                        now, key)));
            }
        }
        return out;
    }

    /** The deliveries of one change, collected while it is made and enqueued with it. */
    final class Outbox {
        private final List<Delivery> deliveries = new ArrayList<>();

        private Outbox() {
        }

        /** The case opened or reopened: its department, and its customer when it has a message. */
        void opened(ExceptionCase c, boolean tellCustomer) {
            movedTo(c);
            if (tellCustomer && c.customerMessage() != null) {
                customer(NotificationKind.CUSTOMER_PROGRESS, c, c.customerMessage(), "/" + c.version());
            }
        }

        /** The case moved into its department's queue. */
        void movedTo(ExceptionCase c) {
            Instant now = clock.instant();
            if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OPENED, c.department()), now)) {
                String key = c.id() + "/" + NotificationKind.CASE_OPENED + "/" + c.department() + "/" + c.version();
                deliveries.add(Delivery.ofStaff(new StaffNotification(NotificationKind.CASE_OPENED, c.department(),
                        c.id(), c.priority(), c.assignee(), c.dueAt(), Notifications.opened(c, clock.getZone()),
                        staffChannels, now, key)));
            }
        }

        /** The case cancelled its order, or its lines: the customer is told the reason. */
        void cancelled(ExceptionCase confirmed) {
            List<String> lines = confirmed.closure().lineIds();
            NotificationKind kind = lines.isEmpty() ? NotificationKind.ORDER_CANCELLED : NotificationKind.LINES_CANCELLED;
            LocalizedText message = Notifications.cancelled(confirmed.orderId(), lines, confirmed.closure().note());
            customer(kind, confirmed, message, "");
        }

        /** A signal for the host's order flow. */
        void signal(Delivery signal) {
            deliveries.add(signal);
        }

        private void customer(NotificationKind kind, ExceptionCase c, LocalizedText message, String suffix) {
            Instant now = clock.instant();
            if (guard.allow(new RepeatGuard.Key(c.id(), kind, null), now)) {
                deliveries.add(Delivery.ofCustomer(new CustomerNotification(kind, c.orderId(), c.customerId(), c.id(),
                        message, customerChannels, now, c.id() + "/" + kind + suffix)));
            }
        }

        /** @return the deliveries collected, in the order they were made */
        List<Delivery> deliveries() {
            return List.copyOf(deliveries);
        }
    }
}
