package io.omsexception.model;

/**
 * The state of a parcel as the carrier reports it: CREATED (not handed over yet), SHIPPED,
 * IN_TRANSIT, OUT_FOR_DELIVERY (派送中), DELIVERED, DELIVERY_FAILED (派送失败), REJECTED, RETURNED.
 */
public enum ShipmentStatus {
    CREATED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED, REJECTED, RETURNED
}
