package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.model.CustomerTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Department queues and the overdue check; see {@link ExceptionHandling#queue} and {@link ExceptionHandling#checkOverdue}. */
final class Queues {
    /** Priority, then customer tier (VIP first, unknown last), then age (oldest first). */
    static final Comparator<ExceptionCase> QUEUE_ORDER = Comparator
            .comparing(ExceptionCase::priority)
            .thenComparingInt(c -> tierRank(c.customerTier()))
            .thenComparing(ExceptionCase::openedAt)
            .thenComparing(c -> c.id().toString());

    private final CaseStore store;
    private final Clock clock;
    private final Messenger messenger;
    private final Delays delays;
    private final Deliverer deliverer;
    private final boolean deliverAfterChange;

    Queues(CaseStore store, Clock clock, Messenger messenger, Delays delays, Deliverer deliverer,
            boolean deliverAfterChange) {
        this.store = store;
        this.clock = clock;
        this.messenger = messenger;
        this.delays = delays;
        this.deliverer = deliverer;
        this.deliverAfterChange = deliverAfterChange;
    }

    List<QueueEntry> queue(Department department) {
        Args.required(department, "department");
        Instant now = clock.instant();
        return store.findOpen(department).stream().sorted(QUEUE_ORDER).map(c -> entry(c, now)).toList();
    }

    List<QueueEntry> checkOverdue() {
        delays.endDelays();
        Instant now = clock.instant();
        List<QueueEntry> overdue = store.findOpen().stream().filter(c -> c.isOverdueAt(now)).sorted(QUEUE_ORDER)
                .map(c -> entry(c, now)).toList();
        List<Delivery> reminders = messenger.overdue(overdue, now);
        store.enqueue(reminders);
        if (deliverAfterChange) {
            Set<String> orders = new LinkedHashSet<>();
            reminders.forEach(d -> orders.add(d.orderId()));
            for (String orderId : orders) {
                try {
                    deliverer.deliver(orderId);
                } catch (OrderFlowException e) {
                    // a signal of the order stays pending; the reminders before it were delivered
                }
            }
        }
        return overdue;
    }

    private static QueueEntry entry(ExceptionCase c, Instant now) {
        Duration age = Duration.between(c.openedAt(), now);
        return new QueueEntry(c, age.isNegative() ? Duration.ZERO : age, c.isOverdueAt(now));
    }

    private static int tierRank(CustomerTier tier) {
        if (tier == null) {
            return 3;
        }
        return switch (tier) {
            case VIP -> 0;
            case REGULAR -> 1;
            case NEW -> 2;
        };
    }
}
