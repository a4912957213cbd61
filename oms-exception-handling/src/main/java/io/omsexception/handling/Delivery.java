package io.omsexception.handling;

import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.util.List;

/**
 * One message of the transactional outbox: a signal for the host's {@link OrderFlow}, a
 * notification for its {@link Notifier} or an action for its {@link ActionExecutor}, written in the same transaction as the change that
 * caused it and delivered afterwards, at least once, under its idempotency key. A delivery that
 * failed, or that a crash interrupted, stays pending and is delivered again by
 * {@link ExceptionHandling#deliverPending()} or {@link ExceptionHandling#syncOrder(String)}; a
 * store ignores a second delivery with a key it already holds.
 *
 * <p>Exactly one of {@code signal}, {@code staff}, {@code customer} and {@code action} is set.
 * An action that failed is tried again only after its backoff
 * ({@link ExceptionHandlingBuilder#actionRetries}). Immutable and thread-safe.
 *
 * @param idempotencyKey unique across all deliveries, for example {@code SO-1/HELD/1}; at most 250
 *     characters, not blank
 * @param orderId the order it is about, not blank
 * @param createdAt when it was written, never null
 * @param attempts how many deliveries failed so far, at least 0
 * @param signal the signal for the host's order flow; null for a notification
 * @param cases for {@link OrderSignal#HELD} the blocking cases, for a cancellation the confirmed
 *     case; empty otherwise; never null
 * @param reason the cancellation reason; null otherwise
 * @param lineIds for {@link OrderSignal#LINES_CANCELLED} the cancelled lines; empty otherwise;
 *     never null
 * @param staff the staff notification; null otherwise
 * @param customer the customer notification; null otherwise
 * @param action the action to carry out; null otherwise
 */
public record Delivery(
        String idempotencyKey,
        String orderId,
        Instant createdAt,
        int attempts,
        OrderSignal signal,
        List<CaseId> cases,
        String reason,
        List<String> lineIds,
        StaffNotification staff,
        CustomerNotification customer,
        ActionRequest action) {
    /** The longest idempotency key. */
    public static final int MAX_KEY_LENGTH = 250;

    /**
     * Validates the parts and copies the lists.
     *
     * @throws InvalidFieldException naming the offending part
     */
    public Delivery {
        Args.text(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidFieldException("idempotencyKey",
                    "must be at most " + MAX_KEY_LENGTH + " characters but was " + idempotencyKey.length());
        }
        Args.text(orderId, "orderId");
        Args.required(createdAt, "createdAt");
        if (attempts < 0) {
            throw new InvalidFieldException("attempts", "must not be negative but was " + attempts);
        }
        cases = List.copyOf(Args.required(cases, "cases"));
        lineIds = List.copyOf(Args.required(lineIds, "lineIds"));
        reason = Args.optionalText(reason);
        int set = (signal != null ? 1 : 0) + (staff != null ? 1 : 0) + (customer != null ? 1 : 0)
                + (action != null ? 1 : 0);
        if (set != 1) {
            throw new InvalidFieldException("signal", "exactly one of signal, staff, customer and action must be set but "
                    + set + " were");
        }
    }

    /**
     * A signal or a notification, as before actions existed.
     *
     * @param idempotencyKey the key
     * @param orderId the order
     * @param createdAt when it was written
     * @param attempts how many deliveries failed so far
     * @param signal the signal, or null
     * @param cases the cases it names
     * @param reason the cancellation reason, or null
     * @param lineIds the cancelled lines, or empty
     * @param staff the staff notification, or null
     * @param customer the customer notification, or null
     */
    public Delivery(String idempotencyKey, String orderId, Instant createdAt, int attempts, OrderSignal signal,
            List<CaseId> cases, String reason, List<String> lineIds, StaffNotification staff,
            CustomerNotification customer) {
        this(idempotencyKey, orderId, createdAt, attempts, signal, cases, reason, lineIds, staff, customer, null);
    }

    /**
     * @param request the action, never null
     * @param at when it was written
     * @return a pending action for the host's executor, keyed by the request's key
     */
    public static Delivery ofAction(ActionRequest request, Instant at) {
        Args.required(request, "request");
        return new Delivery(request.idempotencyKey(), request.caseId().orderId(), at, 0, null, List.of(), null,
                List.of(), null, null, request);
    }

    /**
     * @param key the idempotency key
     * @param orderId the order
     * @param at when it was written
     * @param signal the signal
     * @param cases the cases it names
     * @param reason the cancellation reason, or null
     * @param lineIds the cancelled lines, or empty
     * @return a pending signal for the host's order flow
     */
    public static Delivery ofSignal(String key, String orderId, Instant at, OrderSignal signal, List<CaseId> cases,
            String reason, List<String> lineIds) {
        return new Delivery(key, orderId, at, 0, Args.required(signal, "signal"), cases, reason, lineIds, null, null);
    }

    /**
     * @param notification the staff notification, never null
     * @return a pending staff notification, keyed by the notification's key
     */
    public static Delivery ofStaff(StaffNotification notification) {
        Args.required(notification, "notification");
        return new Delivery(notification.idempotencyKey(), notification.caseId().orderId(), notification.at(), 0, null,
                List.of(), null, List.of(), notification, null);
    }

    /**
     * @param notification the customer notification, never null
     * @return a pending customer notification, keyed by the notification's key
     */
    public static Delivery ofCustomer(CustomerNotification notification) {
        Args.required(notification, "notification");
        return new Delivery(notification.idempotencyKey(), notification.orderId(), notification.at(), 0, null,
                List.of(), null, List.of(), null, notification);
    }

    /**
     * @param failed the number of failed attempts
     * @return this delivery with that number of failed attempts
     */
    public Delivery withAttempts(int failed) {
        return new Delivery(idempotencyKey, orderId, createdAt, failed, signal, cases, reason, lineIds, staff, customer,
                action);
    }
}
