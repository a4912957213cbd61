package io.omsexception.handling;

/**
 * How the host carries out an action: calls the carrier's chase API, approves the refund at the
 * payment provider, adds the waybill note, splits the order in its OMS. The library calls it from
 * the outbox ({@link Delivery#action()}), at least once per request: a request may come again
 * after a crash or a failure, with the same {@link ActionRequest#idempotencyKey()}, which the host
 * passes on (or checks) so that a carrier is not chased twice for one request.
 *
 * <p>Called inside the order's unit, from the thread that delivers the order's outbox.
 * Implementations must be thread-safe and should return quickly.
 */
@FunctionalInterface
public interface ActionExecutor {

    /**
     * Carries out one action.
     *
     * @param request what to do, for which case, never null
     * @return what was done, for the audit trail, for example {@code SF chase ticket 8812}; null
     *     for nothing to say
     * @throws RuntimeException when it failed: recorded on the case as a note and in the audit
     *     trail, and retried with backoff until its attempts run out; then staff are told
     */
    String execute(ActionRequest request);
}
