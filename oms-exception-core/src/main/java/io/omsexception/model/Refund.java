package io.omsexception.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

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
 * @param lineIds the {@code lineId}s of the order lines the refund covers, each once, never null;
 *     empty: the whole order
 */
public record Refund(
        String refundId,
        RefundStatus status,
        RefundReason reason,
        BigDecimal amount,
        OffsetDateTime requestedAt,
        Boolean returnRequired,
        OffsetDateTime returnShippedAt,
        OffsetDateTime returnReceivedAt,
        List<String> lineIds) {

    /** Validates the id's text, the amount and the line ids; see the class description. */
    public Refund {
        Checks.text(refundId, "refundId");
        amount = Checks.money(amount, "amount");
        lineIds = Checks.lineIds(lineIds, "lineIds");
    }

    /**
     * A refund of the whole order.
     *
     * @param refundId the host's refund id
     * @param status the status
     * @param reason the reason
     * @param amount the amount asked for
     * @param requestedAt when the request was made
     * @param returnRequired whether the goods must come back first
     * @param returnShippedAt when the customer shipped the return
     * @param returnReceivedAt when the warehouse received the return
     */
    public Refund(String refundId, RefundStatus status, RefundReason reason, BigDecimal amount,
            OffsetDateTime requestedAt, Boolean returnRequired, OffsetDateTime returnShippedAt,
            OffsetDateTime returnReceivedAt) {
        this(refundId, status, reason, amount, requestedAt, returnRequired, returnShippedAt, returnReceivedAt,
                List.of());
    }

    /**
     * @param lineId a line's id, or null
     * @return whether the refund covers that line: every line when {@link #lineIds()} is empty
     */
    public boolean covers(String lineId) {
        return lineIds.isEmpty() || (lineId != null && lineIds.contains(lineId));
    }

    /** @return whether the request is still open */
    public boolean isOpen() {
        return status == RefundStatus.OPEN;
    }
}
