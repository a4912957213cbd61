package io.omsexception.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A few catalog edge cases, so that the baseline is known to read the catalog right on its own. */
class HandCodedChecksTest {
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    static final HandCodedChecks CHECKS = new HandCodedChecks();
    static final Payment PAID = new Payment(PaymentStatus.PAID, "ALIPAY", new BigDecimal("10.00"), AS_OF.minusHours(1), 10);

    static Order.Builder order(ShippingAddress address) {
        return Order.builder("SO-1", AS_OF.minusHours(2)).totalAmount("10.00").shippingAddress(address).payment(PAID);
    }

    @Test
    void should_find_nothing_on_a_clean_order() {
        Order clean = order(new ShippingAddress("张三", "+86 138 0013 8000", "CN", "浙江省", "杭州市", "西湖区", "文三路 1 号", "310012")).build();

        assertThat(CHECKS.check(clean, ReferenceData.NONE, AS_OF).hits()).isEmpty();
    }

    @Test
    void should_match_latin_phrases_as_whole_words_only() {
        Order contest = order(new ShippingAddress("Emily", "+1 415 555 0101", "US", "CA", "San Francisco", null, "Contest Order Road 5", "94105")).build();
        Order test = order(new ShippingAddress("Emily", "+1 415 555 0101", "US", "CA", "San Francisco", null, "Test Order Road 5", "94105")).build();

        assertThat(CHECKS.check(contest, ReferenceData.NONE, AS_OF).codes()).isEmpty();
        assertThat(CHECKS.check(test, ReferenceData.NONE, AS_OF).codes()).containsExactly("ADDRESS_SUSPICIOUS");
    }

    @Test
    void should_treat_missing_address_and_phone_as_findings_and_never_fail() {
        Order bare = Order.builder("SO-1", AS_OF.minusMinutes(1)).build();

        assertThat(CHECKS.check(bare, ReferenceData.NONE, AS_OF).codes()).containsExactly("PHONE_MISSING", "ADDRESS_INCOMPLETE");
    }

    @Test
    void should_raise_vip_priority_and_withdraw_auto_approval_of_a_risky_refund() {
        ShippingAddress a = new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市", "西湖区", "文三路 1 号", null);
        Refund noLongerNeeded = new Refund("R-1", RefundStatus.OPEN, RefundReason.NO_LONGER_NEEDED, null, null, null, null, null);
        Order vip = order(a).customer(new Customer("C-1", CustomerTier.VIP, 2, null, 0, 1, 0, false)).addRefund(noLongerNeeded).build();
        Order watched = order(a).customer(new Customer("C-1", CustomerTier.REGULAR, 2, null, 0, 1, 0, true)).addRefund(noLongerNeeded).build();

        HandCodedChecks.Result v = CHECKS.check(vip, ReferenceData.NONE, AS_OF);
        // REFUND_AUTO_APPROVE (P3, raised to P2) withdraws REFUND_REQUESTED; REFUND_HIGH_RISK withdraws it in turn
        assertThat(v.codes()).containsExactly("REFUND_AUTO_APPROVE");
        assertThat(v.hits()).extracting(HandCodedChecks.Hit::priority).containsExactly(io.omsexception.Priority.P2);
        assertThat(CHECKS.check(watched, ReferenceData.NONE, AS_OF).codes()).containsExactly("REFUND_HIGH_RISK", "REFUND_REQUESTED");
    }
}
