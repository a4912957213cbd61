package io.omsexception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderValidationTest {
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-22T09:00:00+08:00");

    @Test
    void should_require_order_id_and_creation_time() {
        assertThatThrownBy(() -> Order.builder(null, CREATED).build())
                .isInstanceOf(InvalidFieldException.class).hasMessage("orderId: is required");
        assertThatThrownBy(() -> Order.builder("  ", CREATED).build())
                .isInstanceOf(InvalidFieldException.class).hasMessage("orderId: is required");
        assertThatThrownBy(() -> Order.builder("SO-1", null).build())
                .isInstanceOf(InvalidFieldException.class).hasMessage("createdAt: is required");
    }

    @Test
    void should_refuse_a_line_without_a_positive_quantity() {
        assertThatThrownBy(() -> new OrderLine("1", "TEA-001", null, 0, null, null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("quantity: must be greater than 0")
                .extracting(e -> ((InvalidFieldException) e).path()).isEqualTo("quantity");
        assertThatThrownBy(() -> new OrderLine("1", "TEA-001", null, null, null, null, null))
                .hasMessage("quantity: is required");
        assertThatThrownBy(() -> new OrderLine("1", null, null, 1, null, null, null))
                .hasMessage("sku: is required");
    }

    @Test
    void should_refuse_negative_money_and_counts() {
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount("-0.01").build())
                .hasMessage("totalAmount: must not be negative");
        assertThatThrownBy(() -> new Payment(PaymentStatus.PAID, null, new BigDecimal("-1"), null, null))
                .hasMessage("paidAmount: must not be negative");
        assertThatThrownBy(() -> new Customer("C-1", null, -1, null, null, null, null, null))
                .hasMessage("orderCount: must not be negative");
        assertThatThrownBy(() -> new Refund("R-1", null, null, new BigDecimal("-5"), null, null, null, null))
                .hasMessage("amount: must not be negative");
    }

    @Test
    void should_refuse_a_risk_score_outside_0_to_100() {
        assertThatThrownBy(() -> new Payment(null, null, null, null, 101))
                .hasMessage("riskScore: must be between 0 and 100");
        assertThat(new Payment(null, null, null, null, 100).riskScore()).isEqualTo(100);
    }

    @Test
    void should_name_the_position_of_a_null_entry() {
        List<OrderLine> lines = Arrays.asList(new OrderLine("1", "A", null, 1, null, null, null), null);
        assertThatThrownBy(() -> new Order("SO-1", null, CREATED, null, null, null, null, null, lines, null, null))
                .hasMessage("lines[1]: must not be null");
    }

    @Test
    void should_prefix_the_path_when_seen_from_an_enclosing_object() {
        InvalidFieldException e = new InvalidFieldException("quantity", "must be greater than 0");

        assertThat(e.under("$.orders[3].lines[0]")).hasMessage("$.orders[3].lines[0].quantity: must be greater than 0");
    }

    @Test
    void should_refuse_a_duplicate_sku_in_the_inventory_snapshot() {
        assertThatThrownBy(() -> ReferenceData.of(List.of(new InventoryItem("A", 1, true, null),
                new InventoryItem("A", 2, true, null)), null))
                .hasMessage("inventory[1].sku: duplicate SKU A");
    }

    @Test
    void should_count_a_shipment_as_shipped_unless_it_is_only_created() {
        Shipment created = new Shipment(null, null, ShipmentStatus.CREATED, null, null, null, null, null);
        Shipment createdButLeft = new Shipment(null, null, ShipmentStatus.CREATED, CREATED, null, null, null, null);
        Shipment inTransit = new Shipment(null, null, ShipmentStatus.IN_TRANSIT, null, null, null, null, null);

        assertThat(created.isShipped()).isFalse();
        assertThat(createdButLeft.isShipped()).isTrue();
        assertThat(inTransit.isShipped()).isTrue();
        assertThat(Order.builder("SO-1", CREATED).build().isShipped()).isFalse();
    }
}
