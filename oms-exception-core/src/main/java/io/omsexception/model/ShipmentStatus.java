package io.omsexception.model;

/** The state of an order's shipment as the carrier reports it. */
public enum ShipmentStatus {
    CREATED, SHIPPED, IN_TRANSIT, DELIVERED, REJECTED, RETURNED
}
