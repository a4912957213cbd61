package io.omsexception.model;

/** The state of a refund request. */
public enum RefundStatus {
    OPEN, APPROVED, REJECTED, COMPLETED
}
