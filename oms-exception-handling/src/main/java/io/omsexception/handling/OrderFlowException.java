package io.omsexception.handling;

/**
 * The host's {@link OrderFlow} failed while being told to hold, release or cancel an order. The
 * case change that led to it was committed, and so was the signal, in the outbox: it stays pending
 * and {@link ExceptionHandling#syncOrder(String)}, {@link ExceptionHandling#deliverPending()} or
 * the next change on the order sends it again, with the same idempotency key.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrderFlowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The order. */
    private final String orderId;
    /** The signal that failed. */
    private final OrderSignal signal;

    /**
     * @param orderId the order, never null
     * @param signal the signal the host failed to take, never null
     * @param cause what the host threw, never null
     */
    public OrderFlowException(String orderId, OrderSignal signal, RuntimeException cause) {
        super("order " + Args.text(orderId, "orderId") + ": the host failed to " + Args.required(signal, "signal").verb()
                + " the order (" + Args.required(cause, "cause") + "); the case change was committed, call syncOrder to retry",
                cause);
        this.orderId = orderId;
        this.signal = signal;
    }

    /** @return the order, never null */
    public String orderId() {
        return orderId;
    }

    /** @return the signal that failed, never null */
    public OrderSignal signal() {
        return signal;
    }
}
