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
}
