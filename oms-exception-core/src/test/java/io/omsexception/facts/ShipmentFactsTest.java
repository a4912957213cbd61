package io.omsexception.facts;

import static io.omsexception.facts.EvidenceDerivationsTest.AS_OF;
import static io.omsexception.facts.EvidenceDerivationsTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.CourierStatus;
import io.omsexception.model.Order;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import org.junit.jupiter.api.Test;

/** What {@link ShipmentFacts} derives from the shipment and {@code asOf}. */
class ShipmentFactsTest {

    static ShipmentFacts shipment(Shipment shipment) {
        return facts(Order.builder("SO-1", AS_OF.minusDays(5)).shipment(shipment).build()).getShipment();
    }

    @Test
    void an_order_without_a_shipment_has_a_view_that_is_not_given_and_all_null() {
        // GIVEN an order without a shipment
        // WHEN its facts are derived
        OrderFacts f = facts(Order.builder("SO-1", AS_OF).build());
        ShipmentFacts s = f.getShipment();
        // THEN the view is there, not given, every value null, and nothing has shipped
        assertThat(s).isNotNull();
        assertThat(s.isGiven()).isFalse();
        assertThat(s.getStatus()).isNull();
        assertThat(s.getCourierStatus()).isNull();
        assertThat(s.getTrackingNumber()).isNull();
        assertThat(s.getEstimatedDeliveryAt()).isNull();
        assertThat(s.getLastScanLocation()).isNull();
        assertThat(s.getLastScanField()).isNull();
        assertThat(s.getSecondsSinceLastScan()).isNull();
        assertThat(s.getHoursSinceLastScan()).isNull();
        assertThat(s.getSecondsPastEstimatedDelivery()).isNull();
        assertThat(s.getHoursPastEstimatedDelivery()).isNull();
        assertThat(f.isShipped()).isFalse();
    }

    @Test
    void the_last_scan_counts_from_the_scan_and_names_its_field() {
        // GIVEN a parcel shipped 80 hours ago and last scanned 73 hours ago by an active courier
        ShipmentFacts s = shipment(new Shipment("SF", "SF123", ShipmentStatus.IN_TRANSIT, AS_OF.minusHours(80),
                AS_OF.plusHours(2), AS_OF.minusHours(73), "西安转运中心", CourierStatus.ON_LEAVE));
        // WHEN / THEN
        assertThat(s.isGiven()).isTrue();
        assertThat(s.getStatus()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(s.getCourierStatus()).isEqualTo(CourierStatus.ON_LEAVE);
        assertThat(s.getCarrier()).isEqualTo("SF");
        assertThat(s.getTrackingNumber()).isEqualTo("SF123");
        assertThat(s.getLastScanLocation()).isEqualTo("西安转运中心");
        assertThat(s.getLastScanTime()).isEqualTo(AS_OF.minusHours(73));
        assertThat(s.getLastScanField()).isEqualTo("shipment.lastScanAt");
        assertThat(s.getSecondsSinceLastScan()).isEqualTo(73L * 3600);
        // and a delivery still due reads as negative
        assertThat(s.getSecondsPastEstimatedDelivery()).isEqualTo(-2L * 3600);
        assertThat(s.getHoursPastEstimatedDelivery()).hasToString("-2");
    }

    @Test
    void without_a_scan_the_time_counts_from_shipped_at_and_without_either_there_is_none() {
        // GIVEN a parcel shipped 50 hours and a second ago and never scanned, and one with neither time
        ShipmentFacts unscanned = shipment(new Shipment("YTO", null, ShipmentStatus.SHIPPED,
                AS_OF.minusHours(50).minusSeconds(1), AS_OF.minusHours(1), null, null, null));
        ShipmentFacts created = shipment(new Shipment("YTO", null, ShipmentStatus.CREATED, null, null, null, null, null));
        // WHEN / THEN
        assertThat(unscanned.getLastScanTime()).isEqualTo(AS_OF.minusHours(50).minusSeconds(1));
        assertThat(unscanned.getLastScanField()).isEqualTo("shipment.shippedAt");
        assertThat(unscanned.getHoursSinceLastScan()).hasToString("50.01");
        assertThat(unscanned.getSecondsPastEstimatedDelivery()).isEqualTo(3600L);
        assertThat(created.isGiven()).isTrue();
        assertThat(created.getLastScanTime()).isNull();
        assertThat(created.getLastScanField()).isNull();
        assertThat(created.getSecondsSinceLastScan()).isNull();
    }
}
