package io.omsexception.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.json.OrderJson;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleOrdersTest {

    @Test
    void should_generate_the_same_orders_for_the_same_seed() {
        List<String> first = SampleOrders.day(7, 200).stream().map(OrderJson::writeOrder).toList();
        List<String> again = SampleOrders.day(7, 200).stream().map(OrderJson::writeOrder).toList();
        List<String> other = SampleOrders.day(8, 200).stream().map(OrderJson::writeOrder).toList();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(SampleOrders.day(7, 200).order(150)).isEqualTo(SampleOrders.day(7, 1000).order(150));
    }

    @Test
    void should_mix_customers_channels_countries_and_shipment_states() {
        List<Order> orders = SampleOrders.day(1, 5_000).stream().toList();

        assertThat(orders).extracting(Order::orderId).doesNotHaveDuplicates();
        assertThat(orders.stream().map(o -> o.customer().tier()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CustomerTier.values());
        assertThat(orders.stream().map(o -> o.shippingAddress().country()).collect(Collectors.toSet()))
                .contains("CN", "US", "JP", "DE");
        Set<ShipmentStatus> states = orders.stream().filter(o -> o.shipment() != null)
                .map(o -> o.shipment().status()).collect(Collectors.toSet());
        assertThat(states).contains(ShipmentStatus.CREATED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED,
                ShipmentStatus.REJECTED);
        assertThat(orders).anySatisfy(o -> assertThat(o.lines()).anySatisfy(l -> assertThat(l.isPresale()).isTrue()));
        assertThat(orders).anySatisfy(o -> assertThat(o.refunds()).isNotEmpty());
        assertThat(orders.stream().filter(o -> "CN".equals(o.shippingAddress().country())).count())
                .isGreaterThan(4_500);
    }

    @Test
    void should_know_how_to_inject_every_catalog_problem() {
        assertThat(java.util.Arrays.stream(SampleOrders.Problem.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "PAYMENT_FAILED", "PAYMENT_TIMEOUT", "PAYMENT_AMOUNT_MISMATCH", "HIGH_RISK_PAYMENT", "REFUND_REQUESTED",
                "ADDRESS_INCOMPLETE", "ADDRESS_SUSPICIOUS", "PHONE_MISSING", "PHONE_INVALID",
                "OUT_OF_STOCK", "UNKNOWN_SKU", "PRODUCT_DELISTED",
                "COURIER_REJECTED", "DELIVERY_OVERDUE", "PARCEL_STRANDED", "ORDER_PROCESSING_TIMEOUT",
                "AMOUNT_ANOMALY", "PRODUCT_RISK", "BEHAVIOR_ANOMALY", "BLACKLISTED_CUSTOMER",
                "REFUND_DISPUTE", "REFUND_HIGH_RISK", "REFUND_AWAITING_RETURN", "REFUND_DUE_TO_DELAY", "REFUND_AUTO_APPROVE",
                "REFUNDED_BEFORE_SHIPMENT", "REFUND_RETURN_RECEIVED", "SHIP_DEADLINE_AT_RISK", "PICKUP_TIMEOUT",
                "DELIVERY_FAILED", "PARCEL_RETURNED");
    }

    @Test
    void should_give_marketplace_orders_the_shapes_marketplaces_hand_merchants() {
        List<Order> orders = SampleOrders.day(1, 5_000).stream().toList();

        assertThat(orders).anySatisfy(o -> assertThat(o.shippingAddress().phone()).matches("1\\d{2}\\*{4}\\d{4}"));
        assertThat(orders).anySatisfy(o -> assertThat(o.shippingAddress().phone()).matches("1\\d{10}-\\d{4}"));
        assertThat(orders).anySatisfy(o -> assertThat(o.shippingAddress().phone()).matches("1\\d{10}转\\d{4}"));
        assertThat(orders).anySatisfy(o -> assertThat(o.shippingAddress().recipient()).endsWith("**"));
        assertThat(orders).anySatisfy(o -> assertThat(o.shippingAddress().detail()).endsWith("**号"));
        assertThat(orders).anySatisfy(o -> {
            assertThat(o.shippingAddress().city()).isEqualTo("东莞市");
            assertThat(o.shippingAddress().district()).isNull();
        });
        assertThat(orders).anySatisfy(o -> assertThat(o.promisedShipAt()).isNotNull());
        assertThat(orders).anySatisfy(o -> {
            assertThat(o.payment().status()).isEqualTo(PaymentStatus.PAID);
            assertThat(o.payment().platformSubsidy()).isPositive();
            assertThat(o.totalAmount().subtract(o.payment().platformSubsidy())).isEqualByComparingTo(o.payment().paidAmount());
        });
        assertThat(orders).anySatisfy(o -> assertThat(o.shipments()).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.lineIds()).isNotEmpty()));
        Set<ShipmentStatus> states = orders.stream().flatMap(o -> o.parcels().stream()).map(Shipment::status)
                .collect(Collectors.toSet());
        assertThat(states).contains(ShipmentStatus.SHIPPED, ShipmentStatus.OUT_FOR_DELIVERY, ShipmentStatus.DELIVERY_FAILED,
                ShipmentStatus.RETURNED);
        assertThat(orders).anySatisfy(o -> assertThat(o.refunds()).anySatisfy(r -> {
            assertThat(r.lineIds()).isNotEmpty();
            assertThat(r.returnReceivedAt()).isNotNull();
        }));
    }

    @Test
    void should_refuse_nonsense_sizes() {
        assertThatThrownBy(() -> SampleOrders.day(1, -1)).hasMessage("count: must not be negative but was -1");
        assertThatThrownBy(() -> SampleOrders.of(1, 10, 1.5, SampleOrders.DEFAULT_AS_OF))
                .hasMessage("exceptionRate: must be between 0 and 1 but was 1.5");
    }
}
