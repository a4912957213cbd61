package io.omsexception.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
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
    void should_refuse_an_amount_of_more_than_15_digits_before_the_point_whatever_its_exponent() {
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount(new BigDecimal("1E+100000000")).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("totalAmount: must be at most 999999999999999.999999 but was 1E+100000000");
        assertThatThrownBy(() -> new Payment(null, null, new BigDecimal("1000000000000000"), null, null))
                .hasMessage("paidAmount: must be at most 999999999999999.999999 but was 1000000000000000");
        assertThatThrownBy(() -> new Refund("R-1", null, null, new BigDecimal("0E+15"), null, null, null, null))
                .hasMessage("amount: must be at most 999999999999999.999999 but was 0E+15");
        assertThatThrownBy(() -> new Customer(null, null, null, new BigDecimal(BigInteger.TEN.pow(100)), null, null, null, null))
                .hasMessage("averageOrderAmount: must be at most 999999999999999.999999 but was a number of 101 digits");
        assertThat(new Payment(null, null, new BigDecimal("999999999999999.999999"), null, null).paidAmount())
                .isEqualTo(new BigDecimal("999999999999999.999999"));
    }

    @Test
    void should_refuse_an_amount_of_more_than_6_decimal_places() {
        assertThatThrownBy(() -> new OrderLine("1", "A", null, 1, new BigDecimal("0.1234567"), null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("unitPrice: must have at most 6 decimal places but was 0.1234567");
        assertThatThrownBy(() -> new OrderLine("1", "A", null, 1, null, new BigDecimal("1E-10000"), null))
                .hasMessage("weightKg: must have at most 6 decimal places but was 1E-10000");
        assertThat(new OrderLine("1", "A", null, 1, new BigDecimal("0.000001"), null, null).unitPrice())
                .isEqualTo(new BigDecimal("0.000001"));
    }

    @Test
    void should_name_the_field_of_an_amount_given_as_text_that_is_not_a_decimal_number() {
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount("abc"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("totalAmount: must be a decimal number but was 'abc'");
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount("１２３"))
                .hasMessage("totalAmount: must be a decimal number but was '１２３'");
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount("1e99999999999"))
                .hasMessage("totalAmount: must be a decimal number but was '1e99999999999'");
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount(" 1"))
                .hasMessage("totalAmount: must be a decimal number but was ' 1'");
        assertThatThrownBy(() -> Order.builder("SO-1", CREATED).totalAmount("1".repeat(41)))
                .hasMessage("totalAmount: must be a decimal number of at most 40 characters but was '" + "1".repeat(41) + "'");
        assertThat(Order.builder("SO-1", CREATED).totalAmount("+1.5e2").build().totalAmount()).isEqualTo(new BigDecimal("150"));
        assertThat(Order.builder("SO-1", CREATED).totalAmount(".50").build().totalAmount()).isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void should_hold_an_amount_written_with_a_positive_exponent_as_the_same_whole_number() {
        assertThat(Order.builder("SO-1", CREATED).totalAmount(new BigDecimal("1.5E+3")).build().totalAmount())
                .isEqualTo(new BigDecimal("1500"));
        assertThat(new Refund(null, null, null, new BigDecimal("0E+14"), null, null, null, null).amount())
                .isEqualTo(new BigDecimal("0"));
    }

    @Test
    void should_refuse_an_order_id_with_a_control_character_that_would_forge_a_log_line() {
        for (String id : List.of("SO-1\nINFO order SO-2 approved", "\u001b[31mSO-1", "SO-1\r", "SO-\t1", "SO-1\u2028", "SO-1\u0085")) {
            assertThatThrownBy(() -> Order.builder(id, CREATED).build())
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessage("orderId: must not contain control characters");
        }
        assertThat(Order.builder("SO-1 龙井", CREATED).build().orderId()).isEqualTo("SO-1 龙井");
    }

    @Test
    void should_refuse_a_text_that_is_not_valid_unicode_wherever_it_is() {
        assertThatThrownBy(() -> new OrderLine("1", "AB\uD800", null, 1, null, null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("sku: must be valid Unicode text (lone surrogate at index 2)");
        assertThatThrownBy(() -> new ShippingAddress(null, null, null, null, null, null, "\uFFFF", null))
                .hasMessage("detail: must be valid Unicode text (noncharacter U+FFFF at index 0)");
        assertThatThrownBy(() -> new Shipment(null, null, null, null, null, null, "西安\uDC00", null))
                .hasMessage("lastScanLocation: must be valid Unicode text (lone surrogate at index 2)");
        assertThatThrownBy(() -> Blacklist.of(null, List.of("13900000000", "\uFDD0"), null))
                .hasMessage("phones[1]: must be valid Unicode text (noncharacter U+FDD0 at index 0)");
        assertThatThrownBy(() -> new InventoryItem("\uD83F\uDFFF", 1, null, null))
                .hasMessage("sku: must be valid Unicode text (noncharacter U+1FFFF at index 0)");
        assertThatThrownBy(() -> Order.builder("SO-\uD800", CREATED).build())
                .hasMessage("orderId: must be valid Unicode text (lone surrogate at index 3)");
        assertThat(new OrderLine("1", "A", "两行\n名称 😀", 1, null, null, null).name()).isEqualTo("两行\n名称 😀");
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
