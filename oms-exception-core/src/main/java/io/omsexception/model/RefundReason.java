package io.omsexception.model;

/** Why the buyer asks for a refund. */
public enum RefundReason {
    NO_LONGER_NEEDED, NOT_AS_DESCRIBED, USED_GOODS, QUALITY, DELIVERY_DELAY, OTHER
}
