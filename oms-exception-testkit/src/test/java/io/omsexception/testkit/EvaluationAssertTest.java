package io.omsexception.testkit;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static io.omsexception.testkit.Results.SO_1;
import static io.omsexception.testkit.Results.SO_2;
import static io.omsexception.testkit.Results.SO_3;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.OrderEvaluation;
import org.junit.jupiter.api.Test;

class EvaluationAssertTest {

    @Test
    void hasCodes_passes_on_exactly_the_codes_in_result_order() {
        assertThat(SO_1).hasCodes("T_DELISTED", "T_TIMEOUT", "T_REJECTED");
        assertThat(SO_3).hasCodes();
    }

    @Test
    void hasCodes_fails_on_the_right_codes_in_another_order_and_on_a_missing_code() {
        assertThatThrownBy(() -> assertThat(SO_1).hasCodes("T_TIMEOUT", "T_DELISTED", "T_REJECTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-1 to have codes [T_TIMEOUT, T_DELISTED, T_REJECTED] in this order"
                        + " but had [T_DELISTED, T_TIMEOUT, T_REJECTED]");
        assertThatThrownBy(() -> assertThat(SO_2).hasCodes("T_TIMEOUT", "T_REJECTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 to have codes [T_TIMEOUT, T_REJECTED] in this order but had [T_REJECTED]");
    }

    @Test
    void hasCodesInAnyOrder_passes_on_the_codes_in_any_order() {
        assertThat(SO_1).hasCodesInAnyOrder("T_REJECTED", "T_TIMEOUT", "T_DELISTED");
        assertThat(SO_3).hasCodesInAnyOrder();
    }

    @Test
    void hasCodesInAnyOrder_fails_on_a_code_too_many() {
        assertThatThrownBy(() -> assertThat(SO_1).hasCodesInAnyOrder("T_REJECTED", "T_TIMEOUT"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-1 to have codes [T_REJECTED, T_TIMEOUT] in any order"
                        + " but had [T_DELISTED, T_TIMEOUT, T_REJECTED]");
    }

    @Test
    void hasCode_passes_on_one_code_among_others() {
        assertThat(SO_1).hasCode("T_TIMEOUT").hasCode("T_REJECTED");
    }

    @Test
    void hasCode_fails_on_a_code_not_raised() {
        assertThatThrownBy(() -> assertThat(SO_2).hasCode("T_TIMEOUT"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 to have code T_TIMEOUT but had [T_REJECTED]");
    }

    @Test
    void doesNotHaveCode_passes_when_none_of_the_codes_was_raised() {
        assertThat(SO_2).doesNotHaveCode("T_TIMEOUT").doesNotHaveCode("T_TIMEOUT", "T_DELISTED");
    }

    @Test
    void doesNotHaveCode_fails_when_one_of_them_was_raised() {
        assertThatThrownBy(() -> assertThat(SO_2).doesNotHaveCode("T_REJECTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 not to have code T_REJECTED but had [T_REJECTED]");
        assertThatThrownBy(() -> assertThat(SO_2).doesNotHaveCode("T_TIMEOUT", "T_REJECTED"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 not to have codes [T_TIMEOUT, T_REJECTED] but had [T_REJECTED]");
    }

    @Test
    void isClean_passes_on_an_order_without_findings() {
        assertThat(SO_3).isClean();
    }

    @Test
    void isClean_fails_on_an_order_with_a_finding() {
        assertThatThrownBy(() -> assertThat(SO_2).isClean())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 to be clean but had [T_REJECTED]");
    }

    @Test
    void isBlocking_passes_on_a_blocking_evaluation() {
        assertThat(SO_1).isBlocking();
    }

    @Test
    void isBlocking_fails_on_an_advisory_evaluation() {
        assertThatThrownBy(() -> assertThat(SO_2).isBlocking())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 to be blocking but it was not, with codes [T_REJECTED]");
    }

    @Test
    void isNotBlocking_passes_on_advisory_and_clean_evaluations() {
        assertThat(SO_2).isNotBlocking();
        assertThat(SO_3).isNotBlocking();
    }

    @Test
    void isNotBlocking_fails_naming_the_blocking_codes() {
        assertThatThrownBy(() -> assertThat(SO_1).isNotBlocking())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-1 not to be blocking but it was, by [T_DELISTED, T_TIMEOUT]");
    }

    @Test
    void finding_passes_on_a_code_raised_and_goes_on_with_its_finding() {
        assertThat(SO_1).finding("T_TIMEOUT").hasPriority("P2").and().finding("T_REJECTED").isAdvisory();
    }

    @Test
    void finding_fails_on_a_code_not_raised_listing_those_that_were() {
        assertThatThrownBy(() -> assertThat(SO_2).finding("T_TIMEOUT"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting order SO-2 to have code T_TIMEOUT but had [T_REJECTED]");
    }

    @Test
    void every_assertion_fails_on_a_null_evaluation_first() {
        assertThatThrownBy(() -> assertThat((OrderEvaluation) null).hasCodes("A"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
        assertThatThrownBy(() -> assertThat((OrderEvaluation) null).finding("A"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
    }

    @Test
    void a_description_prefixes_the_message_of_the_evaluation_and_of_its_finding() {
        assertThatThrownBy(() -> assertThat(SO_2).as("after the retry").isClean())
                .isInstanceOf(AssertionError.class)
                .hasMessage("[after the retry] Expecting order SO-2 to be clean but had [T_REJECTED]");
        assertThatThrownBy(() -> assertThat(SO_2).as("after the retry").finding("T_REJECTED").isBlocking())
                .isInstanceOf(AssertionError.class)
                .hasMessage("[after the retry] Expecting finding T_REJECTED of order SO-2 to be blocking but it was advisory");
    }

    @Test
    void null_and_missing_arguments_are_refused_not_asserted() {
        assertThatThrownBy(() -> assertThat(SO_1).hasCodes((String[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("codes: must not be null");
        assertThatThrownBy(() -> assertThat(SO_1).hasCodesInAnyOrder("T_TIMEOUT", null))
                .isInstanceOf(NullPointerException.class).hasMessage("codes[1]: must not be null");
        assertThatThrownBy(() -> assertThat(SO_1).hasCode(null))
                .isInstanceOf(NullPointerException.class).hasMessage("code: must not be null");
        assertThatThrownBy(() -> assertThat(SO_1).doesNotHaveCode())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("codes: give at least one");
    }
}
