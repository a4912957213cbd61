package io.omsexception.testkit;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static io.omsexception.testkit.Results.DELISTED;
import static io.omsexception.testkit.Results.REJECTED;
import static io.omsexception.testkit.Results.SO_1;
import static io.omsexception.testkit.Results.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.Priority;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingAssertTest {

    @Test
    void hasPriority_passes_on_the_priority_as_a_value_or_as_text() {
        assertThat(TIMEOUT).hasPriority(Priority.P2).hasPriority("P2").hasPriority("2");
    }

    @Test
    void hasPriority_fails_on_another_priority_naming_the_order_when_it_came_from_one() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_TIMEOUT").hasPriority(Priority.P1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT of order SO-1 to have priority P1 but had P2");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasPriority("P3"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT to have priority P3 but had P2");
    }

    @Test
    void hasPriority_refuses_a_text_that_is_no_priority() {
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasPriority("urgent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be one of P1, P2, P3, P4 but was 'urgent'");
    }

    @Test
    void isBlocking_passes_on_a_blocking_finding() {
        assertThat(TIMEOUT).isBlocking();
    }

    @Test
    void isBlocking_fails_on_an_advisory_finding() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_REJECTED").isBlocking())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_REJECTED of order SO-1 to be blocking but it was advisory");
    }

    @Test
    void isAdvisory_passes_on_an_advisory_finding() {
        assertThat(REJECTED).isAdvisory();
    }

    @Test
    void isAdvisory_fails_on_a_blocking_finding() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_TIMEOUT").isAdvisory())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT of order SO-1 to be advisory but it was blocking");
    }

    @Test
    void hasDepartment_passes_on_the_department_as_a_value_or_by_name() {
        assertThat(DELISTED).hasDepartment(Department.WAREHOUSE).hasDepartment("WAREHOUSE");
    }

    @Test
    void hasDepartment_fails_on_another_department() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_DELISTED").hasDepartment(Department.FINANCE))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED of order SO-1 to have department FINANCE but had WAREHOUSE");
        assertThatThrownBy(() -> assertThat(DELISTED).hasDepartment("warehouse"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED to have department warehouse but had WAREHOUSE");
    }

    @Test
    void hasCategory_passes_on_the_category_as_a_value_or_by_name() {
        assertThat(DELISTED).hasCategory(Category.INVENTORY).hasCategory("INVENTORY");
    }

    @Test
    void hasCategory_fails_on_another_category() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_DELISTED").hasCategory("LOGISTICS"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED of order SO-1 to have category LOGISTICS but had INVENTORY");
        assertThatThrownBy(() -> assertThat(DELISTED).hasCategory(Category.RISK))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED to have category RISK but had INVENTORY");
    }

    @Test
    void hasEvidence_passes_on_numbers_of_any_type_equal_in_value() {
        assertThat(TIMEOUT)
                .hasEvidence("minutesSinceCreated", 46).hasEvidence("minutesSinceCreated", 46.0)
                .hasEvidence("thresholdMinutes", 30L).hasEvidence("thresholdMinutes", new BigDecimal("30.00"))
                .hasEvidence("amount", 30).hasEvidence("amount", 30L).hasEvidence("amount", new BigDecimal("30.0"));
    }

    @Test
    void hasEvidence_passes_on_strings_lists_element_by_element_and_null() {
        assertThat(DELISTED)
                .hasEvidence("lines[0].sku", "B")
                .hasEvidence("skus", List.of("B", "A"))
                .hasEvidence("quantities", List.of(1, 2));
        assertThat(REJECTED).hasEvidence("shippingAddress.phone", null);
    }

    @Test
    void hasEvidence_fails_on_another_value_showing_strings_quoted() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_TIMEOUT").hasEvidence("minutesSinceCreated", 30))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT of order SO-1 to have evidence minutesSinceCreated = 30 but had 46");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasEvidence("thresholdMinutes", "30"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT to have evidence thresholdMinutes = \"30\" but had 30");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasEvidence("amount", 30.01))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT to have evidence amount = 30.01 but had 30.00");
        assertThatThrownBy(() -> assertThat(REJECTED).hasEvidence("shippingAddress.phone", ""))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_REJECTED to have evidence shippingAddress.phone = \"\" but had null");
    }

    @Test
    void hasEvidence_fails_on_a_list_of_other_elements_order_or_size() {
        assertThatThrownBy(() -> assertThat(DELISTED).hasEvidence("skus", List.of("A", "B")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED to have evidence skus = [\"A\", \"B\"] but had [\"B\", \"A\"]");
        assertThatThrownBy(() -> assertThat(DELISTED).hasEvidence("quantities", List.of(1, 2, 3)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED to have evidence quantities = [1, 2, 3] but had [1, 2]");
        assertThatThrownBy(() -> assertThat(DELISTED).hasEvidence("quantities", 1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED to have evidence quantities = 1 but had [1, 2]");
    }

    @Test
    void hasEvidence_fails_on_a_missing_key_listing_the_keys() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_TIMEOUT").hasEvidence("minutesSincePaid", 3))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT of order SO-1 to have evidence minutesSincePaid = 3"
                        + " but it has no such key; its keys are [minutesSinceCreated, thresholdMinutes, amount]");
    }

    @Test
    void hasEvidenceKey_passes_on_keys_present() {
        assertThat(TIMEOUT).hasEvidenceKey("amount").hasEvidenceKey("thresholdMinutes", "minutesSinceCreated");
    }

    @Test
    void hasEvidenceKey_fails_when_a_key_is_missing() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_TIMEOUT").hasEvidenceKey("minutesSincePaid"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT of order SO-1 to have evidence key minutesSincePaid"
                        + " but had keys [minutesSinceCreated, thresholdMinutes, amount]");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasEvidenceKey("amount", "currency"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT to have evidence keys [amount, currency]"
                        + " but had keys [minutesSinceCreated, thresholdMinutes, amount]");
    }

    @Test
    void doesNotHaveEvidenceKey_passes_on_keys_absent() {
        assertThat(TIMEOUT).doesNotHaveEvidenceKey("currency").doesNotHaveEvidenceKey("currency", "minutesSincePaid");
    }

    @Test
    void doesNotHaveEvidenceKey_fails_when_a_key_is_present() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_REJECTED").doesNotHaveEvidenceKey("shippingAddress.phone"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_REJECTED of order SO-1 not to have evidence key shippingAddress.phone"
                        + " but had keys [shippingAddress.province, shippingAddress.phone]");
        assertThatThrownBy(() -> assertThat(REJECTED).doesNotHaveEvidenceKey("remote", "shippingAddress.province"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_REJECTED not to have evidence keys [remote, shippingAddress.province]"
                        + " but had keys [shippingAddress.province, shippingAddress.phone]");
    }

    @Test
    void hasSkus_passes_on_exactly_the_skus_in_line_order() {
        assertThat(DELISTED).hasSkus("B", "A");
        assertThat(TIMEOUT).hasSkus();
    }

    @Test
    void hasSkus_fails_on_the_skus_in_another_order() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_DELISTED").hasSkus("A", "B"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED of order SO-1 to have SKUs [A, B] but had [B, A]");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasSkus("A"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_TIMEOUT to have SKUs [A] but had []");
    }

    @Test
    void hasLines_passes_on_exactly_the_lines() {
        assertThat(DELISTED).hasLines(0, 2);
        assertThat(TIMEOUT).hasLines();
    }

    @Test
    void hasLines_fails_on_other_lines() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_DELISTED").hasLines(0))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED of order SO-1 to have lines [0] but had [0, 2]");
    }

    @Test
    void wasRaisedBy_passes_on_any_of_the_rules_that_raised_the_finding() {
        assertThat(DELISTED)
                .wasRaisedBy("T_DELISTED: a line's product is delisted")
                .wasRaisedBy("T_DELISTED: a line's product is withdrawn");
    }

    @Test
    void wasRaisedBy_fails_on_another_rule_listing_those_that_raised_it() {
        assertThatThrownBy(() -> assertThat(SO_1).finding("T_DELISTED").wasRaisedBy("T_DELISTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding T_DELISTED of order SO-1 to have been raised by \"T_DELISTED\" but was"
                        + " raised by [\"T_DELISTED: a line's product is delisted\", \"T_DELISTED: a line's product is withdrawn\"]");
    }

    @Test
    void and_goes_back_to_the_evaluation_the_finding_came_from() {
        EvaluationAssert evaluation = assertThat(SO_1);

        FindingAssert finding = evaluation.finding("T_DELISTED").hasEvidence("skus", List.of("B", "A"));

        org.assertj.core.api.Assertions.assertThat(finding.and()).isSameAs(evaluation);
        finding.and().hasCodes("T_DELISTED", "T_TIMEOUT", "T_REJECTED");
    }

    @Test
    void and_fails_on_a_finding_asserted_on_its_own() {
        assertThatThrownBy(() -> assertThat(TIMEOUT).isBlocking().and())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("and(): this assertion was made by OmsAssertions.assertThat(Finding), not by"
                        + " EvaluationAssert.finding(code); there is no evaluation to go back to");
    }

    @Test
    void every_assertion_fails_on_a_null_finding_first() {
        assertThatThrownBy(() -> assertThat((Finding) null).hasPriority((String) null))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
        assertThatThrownBy(() -> assertThat((Finding) null).hasEvidence("k", 1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
    }

    @Test
    void null_and_missing_arguments_are_refused_not_asserted() {
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasPriority((Priority) null))
                .isInstanceOf(NullPointerException.class).hasMessage("priority: must not be null");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasDepartment((String) null))
                .isInstanceOf(NullPointerException.class).hasMessage("department: must not be null");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasEvidence(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("key: must not be null");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasEvidenceKey())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("keys: give at least one");
        assertThatThrownBy(() -> assertThat(TIMEOUT).hasLines(0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("lines[1]: must not be null");
    }
}
