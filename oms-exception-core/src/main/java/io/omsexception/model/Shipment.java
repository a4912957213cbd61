package io.omsexception.model;

import java.time.OffsetDateTime;

/**
 * The order's shipment and its latest tracking state. Every component is optional; a given text
 * must be valid Unicode ({@link Texts#check}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrier the carrier's code, for example {@code SF}
 * @param trackingNumber the carrier's tracking number
 * @param status CREATED, SHIPPED, IN_TRANSIT, DELIVERED, REJECTED or RETURNED
 * @param shippedAt when the parcel left the warehouse
 * @param estimatedDeliveryAt when the carrier promised delivery
 * @param lastScanAt the time of the latest tracking scan
 * @param lastScanLocation where the latest scan happened
 * @param courierStatus the assigned courier's status: ACTIVE, ON_LEAVE or RESIGNED
 */
public record Shipment(
        String carrier,
        String trackingNumber,
        ShipmentStatus status,
        OffsetDateTime shippedAt,
        OffsetDateTime estimatedDeliveryAt,
        OffsetDateTime lastScanAt,
        String lastScanLocation,
        CourierStatus courierStatus) {

    /** Checks that every given text is valid Unicode. */
    public Shipment {
        Checks.text(carrier, "carrier");
        Checks.text(trackingNumber, "trackingNumber");
        Checks.text(lastScanLocation, "lastScanLocation");
    }

    /**
     * @return whether this shipment counts as shipped: its status is anything but CREATED, or it
     *     has a {@code shippedAt}
     */
    public boolean isShipped() {
        return shippedAt != null || (status != null && status != ShipmentStatus.CREATED);
    }
}
