package io.omsexception.handling;

import io.omsexception.LocalizedText;
import java.time.Instant;
import java.util.Set;

/**
 * A message for the customer of an order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind {@link NotificationKind#CUSTOMER_PROGRESS} or {@link NotificationKind#ORDER_CANCELLED}
 * @param orderId the order, never null
 * @param customerId the customer when the order named one; null otherwise (the host finds the
 *     customer by the order)
 * @param caseId the case the message is about, never null
 * @param message the text to send, never null
 * @param channels where to deliver it, never null or empty
 * @param at when the notification was made, never null
 * @param idempotencyKey unique per notification, the same on every delivery of it, for example
 *     {@code SO-1/PAYMENT_TIMEOUT/CUSTOMER_PROGRESS/1}: a host that got it already drops a repeat
 */
public record CustomerNotification(
        NotificationKind kind,
        String orderId,
        String customerId,
        CaseId caseId,
        LocalizedText message,
        Set<Channel> channels,
        Instant at,
        String idempotencyKey) {

    /**
     * Validates the parts and copies the channels.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the offending part
     */
    public CustomerNotification {
        Args.required(kind, "kind");
        Args.text(orderId, "orderId");
        Args.required(caseId, "caseId");
        Args.required(message, "message");
        channels = Notifications.channels(channels);
        Args.required(at, "at");
        Args.text(idempotencyKey, "idempotencyKey");
    }
}
