package io.omsexception.facts;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One parcel of an order as rules see it: the one-parcel {@code shipment}, or one entry of
 * {@code shipments}, with how long ago it shipped, was last scanned or was due. The logistics
 * rules read each parcel; join it to its order with {@code ParcelFacts(order == $o)}. Evidence keys
 * start with {@link #getPath()}: {@code shipment} for the one-parcel form, {@code shipments[i]}
 * otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParcelFacts {
    private final OrderFacts order;
    private final int index;
    /** Whether the order gives {@code shipments} (a path with an index) rather than one {@code shipment}. */
    private final boolean indexed;
    private final Shipment shipment;
    private final OffsetDateTime lastScanTime;
    private final Long secondsSinceLastScan;
    private final Long secondsPastEstimatedDelivery;
    private final Long secondsSinceShipped;

    ParcelFacts(OrderFacts order, int index, boolean indexed, Shipment s, OffsetDateTime asOf) {
        this.order = order;
        this.index = index;
        this.indexed = indexed;
        this.shipment = s;
        this.lastScanTime = s.lastScanAt() != null ? s.lastScanAt() : s.shippedAt();
        this.secondsSinceLastScan = Durations.secondsOrNull(lastScanTime, asOf);
        this.secondsPastEstimatedDelivery = Durations.secondsOrNull(s.estimatedDeliveryAt(), asOf);
        this.secondsSinceShipped = Durations.secondsOrNull(s.shippedAt(), asOf);
    }

    /** @return the order */
    public OrderFacts getOrder() {
        return order;
    }

    /** @return the parcel's position in {@code shipments}, from 0; 0 for the one-parcel {@code shipment} */
    public int getIndex() {
        return index;
    }

    /** @return the evidence path of the parcel: {@code shipment} or {@code shipments[i]}, never null */
    public String getPath() {
        // made when asked (for evidence), not for every parcel
        return indexed ? "shipments[" + index + "]" : "shipment";
    }

    /** @return the parcel as given, never null */
    public Shipment getShipment() {
        return shipment;
    }

    /** @return the status, or null */
    public ShipmentStatus getStatus() {
        return shipment.status();
    }

    /** @return whether the parcel has shipped ({@link Shipment#isShipped()}) */
    public boolean isShipped() {
        return shipment.isShipped();
    }

    /** @return the assigned courier's status, or null */
    public CourierStatus getCourierStatus() {
        return shipment.courierStatus();
    }

    /** @return the carrier's code, or null */
    public String getCarrier() {
        return shipment.carrier();
    }

    /** @return the tracking number, or null */
    public String getTrackingNumber() {
        return shipment.trackingNumber();
    }

    /** @return the line ids the parcel carries; empty: every line */
    public List<String> getLineIds() {
        return shipment.lineIds();
    }

    /** @return when the parcel left the warehouse, or null */
    public OffsetDateTime getShippedAt() {
        return shipment.shippedAt();
    }

    /** @return the latest scan's time, or null */
    public OffsetDateTime getLastScanAt() {
        return shipment.lastScanAt();
    }

    /** @return where the latest scan happened, or null */
    public String getLastScanLocation() {
        return shipment.lastScanLocation();
    }

    /** @return when the carrier promised delivery, or null */
    public OffsetDateTime getEstimatedDeliveryAt() {
        return shipment.estimatedDeliveryAt();
    }

    /** @return the time {@link #getSecondsSinceLastScan()} counts from: the latest scan, else {@code shippedAt}; or null */
    public OffsetDateTime getLastScanTime() {
        return lastScanTime;
    }

    /** @return the evidence key of {@link #getLastScanTime()}: {@code <path>.lastScanAt} or {@code <path>.shippedAt}; null when that time is null */
    public String getLastScanField() {
        return lastScanTime == null ? null : getPath() + (shipment.lastScanAt() != null ? ".lastScanAt" : ".shippedAt");
    }

    /** @return whole seconds from {@link #getLastScanTime()} to {@code asOf}, rounded up; or null */
    public Long getSecondsSinceLastScan() {
        return secondsSinceLastScan;
    }

    /** @return {@link #getSecondsSinceLastScan()} in hours, for evidence; or null */
    public BigDecimal getHoursSinceLastScan() {
        return Durations.inUnits(secondsSinceLastScan, 3_600);
    }

    /** @return whole seconds from {@code estimatedDeliveryAt} to {@code asOf}, rounded up (negative while still due); or null */
    public Long getSecondsPastEstimatedDelivery() {
        return secondsPastEstimatedDelivery;
    }

    /** @return {@link #getSecondsPastEstimatedDelivery()} in hours, for evidence; or null */
    public BigDecimal getHoursPastEstimatedDelivery() {
        return Durations.inUnits(secondsPastEstimatedDelivery, 3_600);
    }

    /** @return whole seconds from {@code shippedAt} to {@code asOf}, rounded up; or null */
    public Long getSecondsSinceShipped() {
        return secondsSinceShipped;
    }

    /** @return {@link #getSecondsSinceShipped()} in hours, for evidence; or null */
    public BigDecimal getHoursSinceShipped() {
        return Durations.inUnits(secondsSinceShipped, 3_600);
    }

    @Override
    public String toString() {
        return "ParcelFacts[" + order.getOrderId() + " " + getPath() + "]";
    }
}
