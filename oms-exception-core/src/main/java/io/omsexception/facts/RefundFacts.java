package io.omsexception.facts;

import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One refund request as rules see it. Join it with {@code RefundFacts(order == $o)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RefundFacts {
    private final OrderFacts order;
    private final int index;
    private final Refund refund;
    private final Long secondsSinceReturnShipped;
    private final Long secondsSinceReturnReceived;
    private final boolean coversUnshippedLine;

    RefundFacts(OrderFacts order, int index, Refund refund, OffsetDateTime asOf) {
        this.order = order;
        this.index = index;
        this.refund = refund;
        this.secondsSinceReturnShipped = Durations.secondsOrNull(refund.returnShippedAt(), asOf);
        this.secondsSinceReturnReceived = Durations.secondsOrNull(refund.returnReceivedAt(), asOf);
        boolean unshipped = false;
        for (io.omsexception.model.OrderLine line : order.getOrder().lines()) {
            unshipped |= refund.covers(line.lineId()) && !order.getOrder().isShipped(line);
        }
        this.coversUnshippedLine = unshipped;
    }

    /** @return the order */
    public OrderFacts getOrder() {
        return order;
    }

    /** @return the position of the refund in the order, from 0 */
    public int getIndex() {
        return index;
    }

    /** @return the evidence path of the refund, for example {@code refunds[0]} */
    public String getPath() {
        return "refunds[" + index + "]";
    }

    /** @return the refund */
    public Refund getRefund() {
        return refund;
    }

    /** @return the refund id, or null */
    public String getRefundId() {
        return refund.refundId();
    }

    /** @return the status, or null */
    public RefundStatus getStatus() {
        return refund.status();
    }

    /** @return whether the status is OPEN */
    public boolean isOpen() {
        return refund.isOpen();
    }

    /** @return the reason, or null */
    public RefundReason getReason() {
        return refund.reason();
    }

    /** @return the amount, or null */
    public BigDecimal getAmount() {
        return refund.amount();
    }

    /** @return whether the status is APPROVED or COMPLETED: the money is, or will be, paid back */
    public boolean isGranted() {
        return refund.status() == RefundStatus.APPROVED || refund.status() == RefundStatus.COMPLETED;
    }

    /** @return whether the status is OPEN or APPROVED: the refund is still being handled */
    public boolean isPending() {
        return refund.status() == RefundStatus.OPEN || refund.status() == RefundStatus.APPROVED;
    }

    /** @return the line ids the refund covers; empty: the whole order */
    public java.util.List<String> getLineIds() {
        return refund.lineIds();
    }

    /**
     * @return whether the refund covers a line that has not shipped (no shipped parcel carries it);
     *     false for an order without lines
     */
    public boolean isCoversUnshippedLine() {
        return coversUnshippedLine;
    }

    /** @return when the warehouse received the return, or null */
    public OffsetDateTime getReturnReceivedAt() {
        return refund.returnReceivedAt();
    }

    /** @return seconds since the return was received, or null */
    public Long getSecondsSinceReturnReceived() {
        return secondsSinceReturnReceived;
    }

    /** @return hours since the return was received, for evidence (exact, or rounded up to 2 decimals), or null */
    public BigDecimal getHoursSinceReturnReceived() {
        return Durations.inUnits(secondsSinceReturnReceived, 3_600);
    }

    /** @return whether the goods must come back first */
    public boolean isReturnRequired() {
        return Boolean.TRUE.equals(refund.returnRequired());
    }

    /** @return whether the customer shipped the return */
    public boolean isReturnShipped() {
        return refund.returnShippedAt() != null;
    }

    /** @return whether the warehouse received the return */
    public boolean isReturnReceived() {
        return refund.returnReceivedAt() != null;
    }

    /** @return seconds since the return was shipped, or null */
    public Long getSecondsSinceReturnShipped() {
        return secondsSinceReturnShipped;
    }

    /** @return days since the return was shipped, for evidence (exact, or rounded up to 2 decimals), or null */
    public BigDecimal getDaysSinceReturnShipped() {
        return Durations.inUnits(secondsSinceReturnShipped, 86_400);
    }

    /** @return when the customer shipped the return, or null */
    public OffsetDateTime getReturnShippedAt() {
        return refund.returnShippedAt();
    }

    /** @return when the request was made, or null */
    public OffsetDateTime getRequestedAt() {
        return refund.requestedAt();
    }

    @Override
    public String toString() {
        return "RefundFacts[" + order.getOrderId() + " " + getPath() + "]";
    }
}
