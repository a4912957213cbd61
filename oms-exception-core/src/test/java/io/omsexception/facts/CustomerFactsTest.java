package io.omsexception.facts;

import static io.omsexception.facts.EvidenceDerivationsTest.AS_OF;
import static io.omsexception.facts.EvidenceDerivationsTest.DEFAULTS;
import static io.omsexception.facts.EvidenceDerivationsTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Blacklist;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link CustomerFacts} derives from the customer and the customer blacklist. */
class CustomerFactsTest {

    @Test
    void an_order_without_a_customer_has_a_view_that_is_not_given_with_zero_counts() {
        // GIVEN an order without a customer
        // WHEN its facts are derived
        OrderFacts f = facts(Order.builder("SO-1", AS_OF).build());
        CustomerFacts c = f.getCustomer();
        // THEN the view is there, not given, its counts 0 and its flags false
        assertThat(c).isNotNull();
        assertThat(c.isGiven()).isFalse();
        assertThat(c.getCustomerId()).isNull();
        assertThat(c.getOrderCount()).isZero();
        assertThat(c.getAverageOrderAmount()).isNull();
        assertThat(c.getRefundCount()).isZero();
        assertThat(c.getOrdersLast24h()).isZero();
        assertThat(c.getAddressChangesLast30d()).isZero();
        assertThat(c.getRefundRatio()).isNull();
        assertThat(c.isRefundRatioAtLeast(BigDecimal.ZERO)).isFalse();
        assertThat(c.isWatchlisted()).isFalse();
        assertThat(c.isBlacklisted()).isFalse();
        assertThat(f.getTier()).isNull();
    }

    @Test
    void counts_the_host_does_not_send_are_zero_and_the_ones_it_sends_are_kept() {
        // GIVEN a customer with every count, and one with none
        OrderFacts full = facts(Order.builder("SO-1", AS_OF)
                .customer(new Customer("C-1", CustomerTier.VIP, 12, new BigDecimal("150.00"), 3, 2, 1, true)).build());
        CustomerFacts empty = facts(Order.builder("SO-2", AS_OF)
                .customer(new Customer("C-2", null, null, null, null, null, null, null)).build()).getCustomer();
        // WHEN / THEN
        CustomerFacts c = full.getCustomer();
        assertThat(c.isGiven()).isTrue();
        assertThat(c.getCustomerId()).isEqualTo("C-1");
        assertThat(c.getOrderCount()).isEqualTo(12);
        assertThat(c.getAverageOrderAmount()).isEqualByComparingTo("150");
        assertThat(c.getRefundCount()).isEqualTo(3);
        assertThat(c.getOrdersLast24h()).isEqualTo(2);
        assertThat(c.getAddressChangesLast30d()).isEqualTo(1);
        assertThat(c.getRefundRatio()).hasToString("0.25");
        assertThat(c.isWatchlisted()).isTrue();
        assertThat(full.getTier()).isEqualTo(CustomerTier.VIP);
        assertThat(empty.isGiven()).isTrue();
        assertThat(empty.getOrderCount()).isZero();
        assertThat(empty.getRefundCount()).isZero();
        assertThat(empty.getOrdersLast24h()).isZero();
        assertThat(empty.getAddressChangesLast30d()).isZero();
        assertThat(empty.isWatchlisted()).isFalse();
    }

    @Test
    void a_customer_is_blacklisted_by_id_and_a_null_argument_gives_no_value() {
        // GIVEN a customer blacklist holding C-9
        ReferenceData reference = ReferenceData.of(null, Blacklist.of(List.of("C-9"), null, null));
        // WHEN the facts of C-9, of C-1 and of a customer without an id are derived
        CustomerFacts listed = customer(new Customer("C-9", null, 2, BigDecimal.ONE, 1, null, null, null), reference);
        CustomerFacts other = customer(new Customer("C-1", null, 2, BigDecimal.ONE, 1, null, null, null), reference);
        CustomerFacts anonymous = customer(new Customer(null, null, null, null, null, null, null, null), reference);
        // THEN only the listed id is blacklisted; a null ratio or multiplier gives false or null
        assertThat(listed.isBlacklisted()).isTrue();
        assertThat(other.isBlacklisted()).isFalse();
        assertThat(anonymous.isBlacklisted()).isFalse();
        assertThat(listed.isRefundRatioAtLeast(null)).isFalse();
        assertThat(listed.averageOrderAmountTimes(null)).isNull();
    }

    static CustomerFacts customer(Customer customer, ReferenceData reference) {
        return new OrderFacts(Order.builder("SO-1", AS_OF).customer(customer).build(), reference, AS_OF, DEFAULTS)
                .getCustomer();
    }
}
