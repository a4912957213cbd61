package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.*;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SmokeTest {
    static final String DRL = """
            package test.payment;
            import io.omsexception.facts.*;
            import io.omsexception.model.PaymentStatus;
            global Findings findings;

            rule "PAYMENT_TIMEOUT: unpaid for too long"
                @code("PAYMENT_TIMEOUT") @category("PAYMENT") @priority("P2") @department("FINANCE") @blocking(true)
                @guidanceZh("催付") @guidanceEn("Remind") @customerZh("请付款") @customerEn("Please pay")
            when
                $p : Parameters()
                $o : OrderFacts(unpaid, $s : secondsSinceCreated > $p.seconds("payment.timeoutMinutes"))
            then
                findings.raise($o, "createdAt", $o.getOrder().createdAt(), "minutesSinceCreated", $s / 60,
                    "thresholdMinutes", $p.integer("payment.timeoutMinutes"));
            end
            """;

    @Test
    void smoke() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules("payment", DRL).build();
        Order order = Order.builder("SO-1", OffsetDateTime.parse("2026-11-22T09:00:00+08:00")).build();
        OrderEvaluation r = engine.evaluate(order, ReferenceData.NONE, OffsetDateTime.parse("2026-11-22T09:31:00+08:00"));
        System.out.println(r);
        assertThat(r.codes()).containsExactly("PAYMENT_TIMEOUT");
    }
}
