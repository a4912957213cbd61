package io.omsexception.facts;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The order's shipment, as rules see it: its status, carrier, courier and tracking, and how long
 * ago it was last scanned or was due. Rules reach it through {@link OrderFacts#getShipment()}, for
 * example {@code OrderFacts(shipment.status == ShipmentStatus.IN_TRANSIT,
 * shipment.secondsSinceLastScan != null && shipment.secondsSinceLastScan > ...)}. Whether anything
 * has shipped is {@link OrderFacts#isShipped()}.
 *
 * <p>Never null: an order without a shipment gets one whose {@link #isGiven()} is false and whose
 * values are all null.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShipmentFacts {
    private final Shipment shipment;
    private final OffsetDateTime lastScanTime;
    private final String lastScanField;
    private final Long secondsSinceLastScan;
    private final Long secondsPastEstimatedDelivery;

    /**
     * Derives the shipment facts of one order from those of its first parcel, whose durations it shares.
     *
     * @param first the facts of the order's first parcel, or null when it has none
     */
    ShipmentFacts(ParcelFacts first) {
        Shipment s = first == null ? null : first.getShipment();
        this.shipment = s;
        this.lastScanTime = s == null ? null : first.getLastScanTime();
        this.lastScanField = lastScanTime == null ? null
                : s.lastScanAt() != null ? "shipment.lastScanAt" : "shipment.shippedAt";
        this.secondsSinceLastScan = s == null ? null : first.getSecondsSinceLastScan();
        this.secondsPastEstimatedDelivery = s == null ? null : first.getSecondsPastEstimatedDelivery();
    }

    /** @return whether the order has a shipment part; when false, see the class description */
    public boolean isGiven() {
        return shipment != null;
    }

    /** @return the shipment status, or null without a shipment or a status */
    public ShipmentStatus getStatus() {
        return shipment == null ? null : shipment.status();
    }

    /** @return the assigned courier's status, or null */
    public CourierStatus getCourierStatus() {
        return shipment == null ? null : shipment.courierStatus();
    }

    /** @return the carrier's code, for example {@code SF}, or null */
    public String getCarrier() {
        return shipment == null ? null : shipment.carrier();
    }

    /** @return the carrier's tracking number, or null */
    public String getTrackingNumber() {
        return shipment == null ? null : shipment.trackingNumber();
    }

    /** @return when the carrier promised delivery, or null */
    public OffsetDateTime getEstimatedDeliveryAt() {
        return shipment == null ? null : shipment.estimatedDeliveryAt();
    }

    /** @return where the latest scan happened, or null */
    public String getLastScanLocation() {
        return shipment == null ? null : shipment.lastScanLocation();
    }

    /**
     * @return the time {@link #getSecondsSinceLastScan()} counts from: the latest scan, else
     *     {@code shippedAt} when there was no scan; null without either
     */
    public OffsetDateTime getLastScanTime() {
        return lastScanTime;
    }

    /**
     * @return the evidence key of {@link #getLastScanTime()}: {@code shipment.lastScanAt} or
     *     {@code shipment.shippedAt}; null when that time is null
     */
    public String getLastScanField() {
        return lastScanField;
    }

    /** @return whole seconds from {@link #getLastScanTime()} to {@code asOf}, rounded up; or null */
    public Long getSecondsSinceLastScan() {
        return secondsSinceLastScan;
    }

    /** @return {@link #getSecondsSinceLastScan()} in hours, for evidence (exact, or rounded up to 2 decimals); or null */
    public BigDecimal getHoursSinceLastScan() {
        return Durations.inUnits(secondsSinceLastScan, 3_600);
    }

    /**
     * @return whole seconds from {@code estimatedDeliveryAt} to {@code asOf}, rounded up: positive
     *     when late, negative while still due; null without an estimate
     */
    public Long getSecondsPastEstimatedDelivery() {
        return secondsPastEstimatedDelivery;
    }

    /** @return {@link #getSecondsPastEstimatedDelivery()} in hours, for evidence; or null */
    public BigDecimal getHoursPastEstimatedDelivery() {
        return Durations.inUnits(secondsPastEstimatedDelivery, 3_600);
    }
}
