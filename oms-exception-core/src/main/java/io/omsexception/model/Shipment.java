package io.omsexception.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The order's shipment and its latest tracking state. Every component is optional; a given text
 * must be valid Unicode ({@link Texts#check}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrier the carrier's code, for example {@code SF}
 * @param trackingNumber the carrier's tracking number
 * @param status CREATED, SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED, REJECTED
 *     or RETURNED
 * @param shippedAt when the parcel left the warehouse
 * @param estimatedDeliveryAt when the carrier promised delivery
 * @param lastScanAt the time of the latest tracking scan
 * @param lastScanLocation where the latest scan happened
 * @param courierStatus the assigned courier's status: ACTIVE, ON_LEAVE or RESIGNED
 * @param lineIds the {@code lineId}s of the order lines the parcel carries, each once, never null;
 *     empty: all of them (the one-parcel form {@code Order.shipment} always carries all)
 */
public record Shipment(
        String carrier,
        String trackingNumber,
        ShipmentStatus status,
        OffsetDateTime shippedAt,
        OffsetDateTime estimatedDeliveryAt,
        OffsetDateTime lastScanAt,
        String lastScanLocation,
        CourierStatus courierStatus,
        List<String> lineIds) {

    /** Checks that every given text is valid Unicode and that {@code lineIds} names each line once, not blank. */
    public Shipment {
        Checks.text(carrier, "carrier");
        Checks.text(trackingNumber, "trackingNumber");
        Checks.text(lastScanLocation, "lastScanLocation");
        lineIds = Checks.lineIds(lineIds, "lineIds");
    }

    /**
     * A parcel that carries every line of the order.
     *
     * @param carrier the carrier's code
     * @param trackingNumber the carrier's tracking number
     * @param status the status
     * @param shippedAt when the parcel left the warehouse
     * @param estimatedDeliveryAt when the carrier promised delivery
     * @param lastScanAt the time of the latest tracking scan
     * @param lastScanLocation where the latest scan happened
     * @param courierStatus the assigned courier's status
     */
    public Shipment(String carrier, String trackingNumber, ShipmentStatus status, OffsetDateTime shippedAt,
            OffsetDateTime estimatedDeliveryAt, OffsetDateTime lastScanAt, String lastScanLocation,
            CourierStatus courierStatus) {
        this(carrier, trackingNumber, status, shippedAt, estimatedDeliveryAt, lastScanAt, lastScanLocation,
                courierStatus, List.of());
    }

    /**
     * @param lineId a line's id, or null
     * @return whether the parcel carries that line: it carries all lines when {@link #lineIds()} is
     *     empty, else the ones named (a line without id only then)
     */
    public boolean carries(String lineId) {
        return lineIds.isEmpty() || (lineId != null && lineIds.contains(lineId));
    }

    /**
     * @return whether this shipment counts as shipped: its status is anything but CREATED, or it
     *     has a {@code shippedAt}
     */
    public boolean isShipped() {
        return shippedAt != null || (status != null && status != ShipmentStatus.CREATED);
    }
}
