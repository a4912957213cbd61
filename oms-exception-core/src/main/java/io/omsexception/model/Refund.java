package io.omsexception.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A refund request on the order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param refundId the host's refund id
 * @param status OPEN, APPROVED, REJECTED or COMPLETED
 * @param reason why the customer asks for the refund
 * @param amount the amount asked for, within the limits of {@link Money}
 * @param requestedAt when the request was made
 * @param returnRequired whether the goods must come back first (null is read as false)
 * @param returnShippedAt when the customer shipped the return
 * @param returnReceivedAt when the warehouse received the return
 */
public record Refund(
        String refundId,
        RefundStatus status,
        RefundReason reason,
        BigDecimal amount,
        OffsetDateTime requestedAt,
        Boolean returnRequired,
        OffsetDateTime returnShippedAt,
        OffsetDateTime returnReceivedAt) {

    /** Validates the id's text and the amount; see the class description. */
    public Refund {
        Checks.text(refundId, "refundId");
        amount = Checks.money(amount, "amount");
    }

    /** @return whether the request is still open */
    public boolean isOpen() {
        return status == RefundStatus.OPEN;
    }
}
