package io.omsexception.facts;

import static io.omsexception.facts.EvidenceDerivationsTest.AS_OF;
import static io.omsexception.facts.EvidenceDerivationsTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Order;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What {@link PaymentFacts} derives from the payment, the order total and {@code asOf}. */
class PaymentFactsTest {

    static PaymentFacts payment(Payment payment, String totalAmount) {
        Order.Builder order = Order.builder("SO-1", AS_OF.minusDays(3)).payment(payment);
        if (totalAmount != null) {
            order.totalAmount(totalAmount);
        }
        return facts(order.build()).getPayment();
    }

    @Test
    void an_order_without_a_payment_has_a_view_that_is_not_given_and_unpaid() {
        // GIVEN an order without a payment
        // WHEN its facts are derived
        PaymentFacts p = payment(null, "100.00");
        // THEN the view is there, not given, unpaid, its values null
        assertThat(p).isNotNull();
        assertThat(p.isGiven()).isFalse();
        assertThat(p.getStatus()).isNull();
        assertThat(p.isPaid()).isFalse();
        assertThat(p.isUnpaid()).isTrue();
        assertThat(p.getMethod()).isNull();
        assertThat(p.getPaidAmount()).isNull();
        assertThat(p.getAmountDifference()).isNull();
        assertThat(p.getRiskScore()).isNull();
        assertThat(p.getPaidAt()).isNull();
        assertThat(p.getSecondsSincePaid()).isNull();
        assertThat(p.getHoursSincePaid()).isNull();
    }

    @Test
    void paid_and_unpaid_follow_the_status() {
        // GIVEN payments of every status, and one without a status
        // WHEN / THEN only PAID is paid; UNPAID and no status are unpaid; FAILED and REFUNDED are neither
        assertThat(payment(new Payment(PaymentStatus.PAID, "ALIPAY", null, null, null), null).isPaid()).isTrue();
        assertThat(payment(new Payment(PaymentStatus.PAID, "ALIPAY", null, null, null), null).isUnpaid()).isFalse();
        assertThat(payment(new Payment(PaymentStatus.UNPAID, null, null, null, null), null).isUnpaid()).isTrue();
        assertThat(payment(new Payment(null, null, null, null, null), null).isUnpaid()).isTrue();
        for (PaymentStatus status : new PaymentStatus[] {PaymentStatus.FAILED, PaymentStatus.REFUNDED}) {
            PaymentFacts p = payment(new Payment(status, "WECHAT", null, null, null), null);
            assertThat(p.isPaid()).as(status.name()).isFalse();
            assertThat(p.isUnpaid()).as(status.name()).isFalse();
            assertThat(p.getStatus()).isEqualTo(status);
            assertThat(p.getMethod()).isEqualTo("WECHAT");
        }
    }

    @Test
    void the_amount_difference_is_absolute_and_needs_both_amounts() {
        // GIVEN payments above, below and without the order total
        // WHEN / THEN
        assertThat(payment(new Payment(PaymentStatus.PAID, null, new BigDecimal("90.50"), null, null), "100.00")
                .getAmountDifference()).isEqualByComparingTo("9.50");
        assertThat(payment(new Payment(PaymentStatus.PAID, null, new BigDecimal("100.01"), null, null), "100.00")
                .getAmountDifference()).isEqualByComparingTo("0.01");
        assertThat(payment(new Payment(PaymentStatus.PAID, null, new BigDecimal("100.00"), null, null), null)
                .getAmountDifference()).isNull();
        assertThat(payment(new Payment(PaymentStatus.PAID, null, null, null, null), "100.00").getAmountDifference()).isNull();
    }

    @Test
    void the_time_since_paid_is_rounded_up_to_the_second_and_given_in_hours() {
        // GIVEN a payment received 48 hours and half a second before asOf, with a risk score
        Payment paid = new Payment(PaymentStatus.PAID, "ALIPAY", BigDecimal.TEN,
                AS_OF.minusHours(48).minusNanos(500_000_000), 85);
        // WHEN its facts are derived
        PaymentFacts p = payment(paid, "10.00");
        // THEN the half second counts as one more second, the hours round up for evidence
        assertThat(p.isGiven()).isTrue();
        assertThat(p.getSecondsSincePaid()).isEqualTo(48L * 3600 + 1);
        assertThat(p.getHoursSincePaid()).hasToString("48.01");
        assertThat(p.getPaidAt()).isEqualTo(AS_OF.minusHours(48).minusNanos(500_000_000));
        assertThat(p.getRiskScore()).isEqualTo(85);
        assertThat(p.getPaidAmount()).isEqualByComparingTo("10");
    }
}
