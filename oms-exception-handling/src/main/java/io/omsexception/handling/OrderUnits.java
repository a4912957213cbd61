package io.omsexception.handling;

import java.util.function.Function;

/**
 * Runs each change of an order as one unit of the store: the change, the hold derived from it,
 * the signal and the notifications are stored together; then, unless delivery is left to a
 * background job, the order's outbox is delivered. Retries the system's own work when a case
 * changed under it. Thread-safe.
 */
final class OrderUnits {
    private final CaseStore store;
    private final HoldSync holdSync;
    private final Messenger messenger;
    private final Deliverer deliverer;
    private final boolean deliverAfterChange;

    OrderUnits(CaseStore store, HoldSync holdSync, Messenger messenger, Deliverer deliverer,
            boolean deliverAfterChange) {
        this.store = store;
        this.holdSync = holdSync;
        this.messenger = messenger;
        this.deliverer = deliverer;
        this.deliverAfterChange = deliverAfterChange;
    }

    /** What a change returned, and the order's status after it. */
    record Result<T>(T value, OrderStatus status) {
    }

    /**
     * Runs the work and derives the hold in one unit of the order, then delivers.
     *
     * @throws OrderFlowException when the host failed to take a signal; the change was stored
     */
    <T> Result<T> change(String orderId, Function<Messenger.Outbox, T> work) {
        Result<T> result = store.inOrder(orderId, () -> {
            Messenger.Outbox outbox = messenger.outbox();
            T value = work.apply(outbox);
            OrderStatus status = holdSync.derive(orderId, outbox);
            store.enqueue(outbox.deliveries());
            return new Result<>(value, status);
        });
        if (deliverAfterChange) {
            deliverer.deliver(orderId);
        }
        return result;
    }

    /** {@link #change}, retried as the system when a case changed under it. */
    <T> Result<T> systemChange(String orderId, Function<Messenger.Outbox, T> work) {
        return Retries.retrying(() -> change(orderId, work));
    }

    /** Derives the hold again and delivers whatever is pending for the order. */
    OrderStatus sync(String orderId) {
        OrderStatus status = store.inOrder(orderId, () -> {
            Messenger.Outbox outbox = messenger.outbox();
            OrderStatus s = holdSync.derive(orderId, outbox);
            store.enqueue(outbox.deliveries());
            return s;
        });
        deliverer.deliver(orderId);
        return status;
    }

    /** Delivers the outbox of up to {@code limit} orders with pending deliveries; a failing signal stays pending. */
    int deliverPending(int limit) {
        int delivered = 0;
        for (String orderId : store.ordersWithPending(limit)) {
            try {
                delivered += deliverer.deliver(orderId);
            } catch (OrderFlowException e) {
                // stays pending, with one more attempt
            }
        }
        return delivered;
    }

    /** @return the deliverer of the outbox */
    Deliverer deliverer() {
        return deliverer;
    }
}
