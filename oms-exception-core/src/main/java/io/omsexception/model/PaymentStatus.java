package io.omsexception.model;

/** The state of an order's payment. */
public enum PaymentStatus {
    UNPAID, PAID, FAILED, REFUNDED
}
