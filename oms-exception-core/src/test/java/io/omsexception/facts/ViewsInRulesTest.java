package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.RulePackBuilder;
import io.omsexception.model.Customer;
import io.omsexception.model.Order;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Rules read the views as {@code OrderFacts(payment.paid)}; the executable model throws on
 * {@code a.b} when {@code a} is null, so a view must be there also when the order lacks its part.
 */
class ViewsInRulesTest {
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    static final String DRL = """
            package host.views;
            import io.omsexception.facts.*;
            global Findings findings;
            rule "NO_PAYMENT: no payment"
                @code("NO_PAYMENT")
            when
                $o : OrderFacts(payment.given == false, payment.unpaid, payment.paid == false, payment.status == null)
            then
                findings.raise($o, "payment.status", $o.getPayment().getStatus());
            end
            rule "NO_ADDRESS: no address"
                @code("NO_ADDRESS")
            when
                $o : OrderFacts(address.given == false, address.china, address.provinceBlank, contact.phoneBlank)
            then
                findings.raise($o, "shippingAddress.province", $o.getAddress().getProvince());
            end
            rule "NO_SHIPMENT: no shipment"
                @code("NO_SHIPMENT")
            when
                $o : OrderFacts(shipment.given == false, shipment.status == null, shipment.secondsSinceLastScan == null)
            then
                findings.raise($o);
            end
            rule "NO_CUSTOMER: no customer"
                @code("NO_CUSTOMER")
            when
                $o : OrderFacts(customer.given == false, customer.orderCount == 0, customer.watchlisted == false)
            then
                findings.raise($o, "customer.customerId", $o.getCustomer().getCustomerId());
            end
            rule "RISKY: a high risk score"
                @code("RISKY")
            when
                $o : OrderFacts(payment.riskScore != null && payment.riskScore >= 80)
            then
                findings.raise($o, "payment.riskScore", $o.getPayment().getRiskScore());
            end
            """;
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().addRules(pack()).build();

    static RulePack pack() {
        RulePackBuilder b = RulePack.builder("views").drl("views.drl", DRL);
        for (String code : new String[] {"NO_PAYMENT", "NO_ADDRESS", "NO_SHIPMENT", "NO_CUSTOMER", "RISKY"}) {
            b.code(code, Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                    .texts("zh", code, "指引", "消息").texts("en", code, "Guidance", "Message");
        }
        return b.build();
    }

    @Test
    void an_order_without_any_part_matches_on_views_that_are_not_given_and_raises_nothing_else() {
        // GIVEN an order with neither payment, address, shipment nor customer
        Order bare = Order.builder("SO-1", AS_OF.minusHours(1)).build();
        // WHEN the rules read its views
        // THEN they match on the views' neutral values instead of throwing
        assertThat(ENGINE.evaluate(bare, ReferenceData.NONE, AS_OF).codes())
                .containsExactlyInAnyOrder("NO_PAYMENT", "NO_ADDRESS", "NO_SHIPMENT", "NO_CUSTOMER");
    }

    @Test
    void an_order_with_its_parts_matches_on_their_values() {
        // GIVEN an order with a risky payment, an address and a customer
        Order order = Order.builder("SO-2", AS_OF.minusHours(1))
                .payment(new Payment(PaymentStatus.PAID, "ALIPAY", null, AS_OF.minusMinutes(50), 90))
                .shippingAddress(new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市", null, "文三路 1 号", null))
                .customer(new Customer("C-1", null, 3, null, 0, null, null, false))
                .build();
        // WHEN / THEN
        assertThat(ENGINE.evaluate(order, ReferenceData.NONE, AS_OF).codes())
                .containsExactlyInAnyOrder("RISKY", "NO_SHIPMENT");
    }
}
