package io.omsexception.benchmarks;

import static io.omsexception.benchmarks.BaselineText.seconds;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline's parcel, deadline and refunded-line checks, by hand: each parcel of the order read
 * on its own (the one-parcel {@code shipment} or each of {@code shipments}). Part of
 * {@link HandCodedChecks}; one instance per order, single-threaded.
 */
final class BaselineParcels {
    private static final long STRANDED_SECONDS = 48 * 3600;
    private static final long REMOTE_STRANDED_SECONDS = 72 * 3600;
    private static final long PROCESSING_SECONDS = 48 * 3600;
    private static final long DEADLINE_WARNING_SECONDS = 6 * 3600;
    private static final long PICKUP_SECONDS = 24 * 3600;
    private static final long OUT_FOR_DELIVERY_SECONDS = 24 * 3600;

    private final Order order;
    private final OffsetDateTime asOf;
    private final boolean remote;
    private boolean inTransit;

    BaselineParcels(Order order, OffsetDateTime asOf, boolean remote) {
        this.order = order;
        this.asOf = asOf;
        this.remote = remote;
    }

    /** @return the logistics codes of the order, in catalog order */
    List<String> codes() {
        boolean rejected = false;
        boolean overdue = false;
        boolean stranded = false;
        boolean pickup = false;
        boolean failed = false;
        boolean returned = false;
        boolean activeRefund = false;
        for (Refund r : order.refunds()) {
            activeRefund |= r.isOpen() || r.status() == RefundStatus.APPROVED || r.status() == RefundStatus.COMPLETED;
        }
        for (Shipment s : order.parcels()) {
            ShipmentStatus status = s.status();
            rejected |= status == ShipmentStatus.REJECTED;
            overdue |= (status == ShipmentStatus.SHIPPED || status == ShipmentStatus.IN_TRANSIT
                    || status == ShipmentStatus.OUT_FOR_DELIVERY)
                    && s.estimatedDeliveryAt() != null && asOf.isAfter(s.estimatedDeliveryAt());
            if (status == ShipmentStatus.IN_TRANSIT) {
                inTransit = true;
                OffsetDateTime scan = s.lastScanAt() != null ? s.lastScanAt() : s.shippedAt();
                long limit = remote ? REMOTE_STRANDED_SECONDS : STRANDED_SECONDS;
                stranded |= (scan != null && seconds(scan, asOf) > limit)
                        || s.courierStatus() == CourierStatus.ON_LEAVE || s.courierStatus() == CourierStatus.RESIGNED;
            }
            pickup |= status == ShipmentStatus.SHIPPED && s.lastScanAt() == null && s.shippedAt() != null
                    && seconds(s.shippedAt(), asOf) > PICKUP_SECONDS;
            failed |= status == ShipmentStatus.DELIVERY_FAILED || (status == ShipmentStatus.OUT_FOR_DELIVERY
                    && s.lastScanAt() != null && seconds(s.lastScanAt(), asOf) > OUT_FOR_DELIVERY_SECONDS);
            returned |= status == ShipmentStatus.RETURNED && !activeRefund;
        }
        List<String> codes = new ArrayList<>(2);
        if (rejected) {
            codes.add("COURIER_REJECTED");
        }
        if (overdue) {
            codes.add("DELIVERY_OVERDUE");
        }
        if (stranded) {
            codes.add("PARCEL_STRANDED");
        }
        deadline(codes);
        if (pickup) {
            codes.add("PICKUP_TIMEOUT");
        }
        if (failed) {
            codes.add("DELIVERY_FAILED");
        }
        if (returned) {
            codes.add("PARCEL_RETURNED");
        }
        return codes;
    }

    private void deadline(List<String> codes) {
        Payment payment = order.payment();
        boolean allPresale = !order.lines().isEmpty();
        for (OrderLine line : order.lines()) {
            allPresale &= line.isPresale();
        }
        if (payment == null || payment.status() != PaymentStatus.PAID || order.lines().isEmpty() || order.isShipped()
                || (order.promisedShipAt() == null && allPresale)) {
            return;
        }
        OffsetDateTime deadline = order.promisedShipAt() != null ? order.promisedShipAt()
                : payment.paidAt() == null ? null : payment.paidAt().plusSeconds(PROCESSING_SECONDS);
        if (deadline == null) {
            return;
        }
        if (asOf.isAfter(deadline)) {
            codes.add("ORDER_PROCESSING_TIMEOUT");
        } else if (seconds(asOf, deadline) <= DEADLINE_WARNING_SECONDS) {
            codes.add("SHIP_DEADLINE_AT_RISK");
        }
    }

    /** @return whether some parcel is IN_TRANSIT; after {@link #codes()} */
    boolean inTransit() {
        return inTransit;
    }

    /** @return REFUNDED_BEFORE_SHIPMENT and REFUND_RETURN_RECEIVED when they apply, in that order */
    List<String> refundCodes(PaymentStatus paymentStatus) {
        boolean refundedBefore = paymentStatus == PaymentStatus.REFUNDED && !order.isShipped();
        boolean received = false;
        for (Refund r : order.refunds()) {
            if (r.status() == RefundStatus.APPROVED || r.status() == RefundStatus.COMPLETED) {
                for (OrderLine line : order.lines()) {
                    refundedBefore |= r.covers(line.lineId()) && !order.isShipped(line);
                }
            }
            received |= (r.isOpen() || r.status() == RefundStatus.APPROVED) && r.returnReceivedAt() != null;
        }
        List<String> codes = new ArrayList<>(1);
        if (refundedBefore) {
            codes.add("REFUNDED_BEFORE_SHIPMENT");
        }
        if (received) {
            codes.add("REFUND_RETURN_RECEIVED");
        }
        return codes;
    }
}
