package io.omsexception.handling;

import java.util.List;

/**
 * How the library tells the host's order flow what to do with an order; the host implements it.
 * The hold is derived: an order is held while any blocking case on it is open.
 *
 * <p>Calls are made after the case change was stored, from the thread that made the change, while
 * the library serialises hold decisions for that order; each signal is recorded in the audit trail
 * only after the call returned. Delivery is at least once: when a call throws, the library throws
 * {@link OrderFlowException} and sends the signal again on {@link ExceptionHandling#syncOrder} or
 * the next change of the order, so implementations must be idempotent. Implementations must be
 * thread-safe and should not call back into {@link ExceptionHandling} for the same order
 * synchronously (hand the work to another thread or queue).
 */
public interface OrderFlow {

    /**
     * The order must not go on to picking or shipment.
     *
     * @param orderId the order, never null
     * @param blockingCases the open blocking cases, at least one, never null
     */
    void hold(String orderId, List<CaseId> blockingCases);

    /**
     * The last blocking case was closed: the order goes back to pending and re-enters the
     * picking queue.
     *
     * @param orderId the order, never null
     */
    void release(String orderId);

    /**
     * A case was confirmed: cancel the order. The customer is notified separately through the
     * {@link Notifier}.
     *
     * @param orderId the order, never null
     * @param reason the reason given when confirming, as told to the customer, never null
     * @param confirmedCase the confirmed case, never null
     */
    void cancel(String orderId, String reason, CaseId confirmedCase);

    /**
     * A case was confirmed for some lines only: cancel those lines; the rest of the order goes on
     * (it is released when no blocking case holds it). The default refuses, so a host that cancels
     * lines must implement it; the signal then stays pending.
     *
     * @param orderId the order, never null
     * @param lineIds the lines to cancel, at least one, never null
     * @param reason the reason given when confirming, as told to the customer, never null
     * @param confirmedCase the confirmed case, never null
     * @throws UnsupportedOperationException by default
     */
    default void cancelLines(String orderId, List<String> lineIds, String reason, CaseId confirmedCase) {
        throw new UnsupportedOperationException("this OrderFlow cannot cancel lines");
    }

    /**
     * Takes one pending signal of the outbox. The default calls {@link #hold}, {@link #release},
     * {@link #cancel} or {@link #cancelLines}; override it to receive the delivery's
     * {@linkplain Delivery#idempotencyKey() idempotency key} and drop a repeat of a signal already
     * taken (a delivery interrupted by a crash is made again with the same key).
     *
     * @param delivery a delivery whose {@link Delivery#signal()} is set, never null
     */
    default void deliver(Delivery delivery) {
        String orderId = delivery.orderId();
        switch (delivery.signal()) {
            case HELD -> hold(orderId, delivery.cases());
            case RELEASED -> release(orderId);
            case CANCELLED -> cancel(orderId, delivery.reason(), delivery.cases().get(0));
            case LINES_CANCELLED -> cancelLines(orderId, delivery.lineIds(), delivery.reason(), delivery.cases().get(0));
        }
    }
}
