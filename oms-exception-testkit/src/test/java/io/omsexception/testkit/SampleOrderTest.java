package io.omsexception.testkit;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SampleOrderTest {

    @Test
    void a_sample_order_is_paid_addressed_and_priced_from_its_lines() {
        Order order = SampleOrder.builder("SO-1").line("TEA-001", 2, "0.5").presaleLine("TEA-009", 1).build();

        assertThat(order.orderId()).isEqualTo("SO-1");
        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:00:00+08:00"));
        assertThat(order.shippingAddress()).isEqualTo(SampleOrder.HANGZHOU);
        assertThat(order.lines()).containsExactly(
                new OrderLine("1", "TEA-001", "TEA-001", 2, new BigDecimal("10.00"), new BigDecimal("0.5"), false),
                new OrderLine("2", "TEA-009", "TEA-009", 1, new BigDecimal("10.00"), null, true));
        assertThat(order.totalAmount()).isEqualByComparingTo("30.00");
        assertThat(order.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.payment().paidAmount()).isEqualByComparingTo("30.00");
        assertThat(order.payment().paidAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:01:00+08:00"));
        assertThat(order.shipment()).isNull();
        assertThat(SampleOrder.AS_OF).isEqualTo(OffsetDateTime.parse("2026-11-22T10:00:00+08:00"));
    }

    @Test
    void without_lines_it_has_one_and_the_test_may_set_the_rest() {
        Order order = SampleOrder.builder("SO-REMOTE-UNPAID").shipTo(SampleOrder.URUMQI).unpaid()
                .placedAt(OffsetDateTime.parse("2026-11-21T20:00:00+08:00")).with(b -> b.channel("TMALL")).build();

        assertThat(order.lines()).extracting(OrderLine::sku).containsExactly("SKU-1");
        assertThat(order.shippingAddress().province()).isEqualTo("新疆维吾尔自治区");
        assertThat(order.payment().status()).isEqualTo(PaymentStatus.UNPAID);
        assertThat(order.payment().paidAt()).isNull();
        assertThat(order.channel()).isEqualTo("TMALL");
        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T20:00:00+08:00"));
    }

    @Test
    void a_setting_given_twice_is_refused() {
        assertThatThrownBy(() -> SampleOrder.builder("SO-1").unpaid().unpaid())
                .isInstanceOf(IllegalStateException.class).hasMessage("sample order SO-1: unpaid given twice");
        assertThatThrownBy(() -> SampleOrder.builder("SO-1").shipTo(null).shipTo(SampleOrder.URUMQI))
                .isInstanceOf(IllegalStateException.class).hasMessage("sample order SO-1: shipTo given twice");
    }

    @Test
    void a_sample_order_is_clean_for_the_test_pack() {
        OrderExceptionEngine engine = GoldenCaseTest.ENGINES.apply(java.util.Map.of());
        Order clean = SampleOrder.builder("SO-2-LINES").line("A", 1).line("B", 1).build();
        Order big = SampleOrder.builder("SO-3-LINES").line("A", 1).line("B", 1).line("C", 1).build();

        assertThat(engine.evaluate(clean, ReferenceData.NONE, SampleOrder.AS_OF)).isClean();
        assertThat(engine.evaluate(big, ReferenceData.NONE, SampleOrder.AS_OF)).hasCodes("HOST_BIG")
                .finding("HOST_BIG").hasEvidence("lineCount", 3);
    }
}
