package io.omsexception.testkit;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static io.omsexception.testkit.Results.BATCH;
import static io.omsexception.testkit.Results.SO_1;
import static io.omsexception.testkit.Results.SO_2;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchAssertTest {
    static final BatchResult CLEAN_RUN = new BatchResult(List.of(SO_1, SO_2), List.of());
    static final OrderError NO_ID = new OrderError(0, null, "", "not an order: expected an object");

    @Test
    void hasResultsFor_passes_on_exactly_the_orders_evaluated_in_request_order() {
        assertThat(BATCH).hasResultsFor("SO-1", "SO-2", "SO-3");
        assertThat(new BatchResult(List.of(), List.of(NO_ID))).hasResultsFor();
    }

    @Test
    void hasResultsFor_fails_on_an_order_that_is_an_error_or_on_another_order() {
        assertThatThrownBy(() -> assertThat(BATCH).hasResultsFor("SO-1", "SO-4", "SO-2", "SO-3"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have results for [SO-1, SO-4, SO-2, SO-3] in this order"
                        + " but had results for [SO-1, SO-2, SO-3]");
        assertThatThrownBy(() -> assertThat(CLEAN_RUN).hasResultsFor("SO-2", "SO-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have results for [SO-2, SO-1] in this order"
                        + " but had results for [SO-1, SO-2]");
    }

    @Test
    void hasErrorAt_passes_on_the_request_position_of_an_error() {
        assertThat(BATCH).hasErrorAt(1);
        assertThat(BATCH).hasErrorAt(4);
    }

    @Test
    void hasErrorAt_fails_on_a_position_without_an_error_listing_those_with_one() {
        assertThatThrownBy(() -> assertThat(BATCH).hasErrorAt(0))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have an error at index 0 but had errors at [1, 4]");
        assertThatThrownBy(() -> assertThat(CLEAN_RUN).hasErrorAt(1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have an error at index 1 but had no errors");
        assertThatThrownBy(() -> assertThat(BATCH).hasErrorAt(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index: must not be negative but was -1");
    }

    @Test
    void hasMessage_passes_on_the_message_of_the_error() {
        assertThat(BATCH).hasErrorAt(4).hasMessage("evaluation failed: IllegalStateException: boom on SO-6");
    }

    @Test
    void hasMessage_fails_on_another_message_naming_the_index_and_order() {
        assertThatThrownBy(() -> assertThat(BATCH).hasErrorAt(1).hasMessage("must be positive"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the error at index 1 (order SO-4) to have message \"must be positive\""
                        + " but had \"must be greater than 0\"");
        assertThatThrownBy(() -> assertThat(new BatchResult(List.of(), List.of(NO_ID))).hasErrorAt(0).hasMessage("x"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the error at index 0 to have message \"x\" but had \"not an order: expected an object\"");
    }

    @Test
    void hasField_passes_on_the_field_of_the_error_or_on_empty_for_the_whole_order() {
        assertThat(BATCH).hasErrorAt(1).hasField("lines[0].quantity").hasMessage("must be greater than 0");
        assertThat(BATCH).hasErrorAt(4).hasField("");
    }

    @Test
    void hasField_fails_on_another_field() {
        assertThatThrownBy(() -> assertThat(BATCH).hasErrorAt(4).hasField("lines[0].quantity"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the error at index 4 (order SO-6) to have field \"lines[0].quantity\" but had \"\"");
    }

    @Test
    void hasNoErrors_passes_when_every_order_was_evaluated() {
        assertThat(CLEAN_RUN).hasNoErrors();
    }

    @Test
    void hasNoErrors_fails_giving_every_error() {
        assertThatThrownBy(() -> assertThat(BATCH).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have no errors but had 2:"
                        + " index 1 (order SO-4): lines[0].quantity must be greater than 0;"
                        + " index 4 (order SO-6): evaluation failed: IllegalStateException: boom on SO-6");
        assertThatThrownBy(() -> assertThat(new BatchResult(List.of(SO_1), List.of(NO_ID))).hasNoErrors())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have no errors but had 1: index 0: not an order: expected an object");
    }

    @Test
    void returnsEveryOrderOnce_passes_when_results_and_errors_account_for_the_request() {
        assertThat(BATCH).returnsEveryOrderOnce(5);
        assertThat(CLEAN_RUN).returnsEveryOrderOnce(2);
        assertThat(new BatchResult(List.of(), List.of())).returnsEveryOrderOnce(0);
    }

    @Test
    void returnsEveryOrderOnce_fails_on_an_order_missing() {
        assertThatThrownBy(() -> assertThat(BATCH).returnsEveryOrderOnce(6))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to return every order once, 6 in all, but had 3 results and 2 errors");
        assertThatThrownBy(() -> assertThat(new BatchResult(List.of(SO_1), List.of(NO_ID))).returnsEveryOrderOnce(3))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to return every order once, 3 in all, but had 1 result and 1 error");
    }

    @Test
    void returnsEveryOrderOnce_fails_on_an_index_repeated_or_outside_the_request() {
        BatchResult twice = new BatchResult(List.of(SO_1), List.of(NO_ID, new OrderError(0, "SO-9", "", "again")));
        assertThatThrownBy(() -> assertThat(twice).returnsEveryOrderOnce(3))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to return every order once, 3 in all, but several errors have index 0");
        BatchResult outside = new BatchResult(List.of(SO_1), List.of(new OrderError(2, "SO-9", "", "late")));
        assertThatThrownBy(() -> assertThat(outside).returnsEveryOrderOnce(2))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to return every order once, 2 in all, but an error has index 2, outside 0..1");
    }

    @Test
    void result_passes_on_an_order_evaluated_and_goes_on_with_its_evaluation() {
        assertThat(BATCH).result("SO-2").hasCodes("T_REJECTED").finding("T_REJECTED").isAdvisory();
    }

    @Test
    void result_fails_on_an_order_that_is_an_error_or_not_in_the_batch() {
        assertThatThrownBy(() -> assertThat(BATCH).result("SO-6"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have a result for order SO-6 but it is an error:"
                        + " index 4 (order SO-6): evaluation failed: IllegalStateException: boom on SO-6");
        assertThatThrownBy(() -> assertThat(CLEAN_RUN).result("SO-3"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting the batch to have a result for order SO-3 but had results for [SO-1, SO-2]");
    }

    @Test
    void a_description_prefixes_the_messages_of_the_results_and_errors_of_the_batch() {
        assertThatThrownBy(() -> assertThat(BATCH).as("day 1").result("SO-2").isBlocking())
                .isInstanceOf(AssertionError.class)
                .hasMessage("[day 1] Expecting order SO-2 to be blocking but it was not, with codes [T_REJECTED]");
        assertThatThrownBy(() -> assertThat(BATCH).as("day 1").hasErrorAt(4).hasField("x"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("[day 1] Expecting the error at index 4 (order SO-6) to have field \"x\" but had \"\"");
    }

    @Test
    void every_assertion_fails_on_a_null_batch_first() {
        assertThatThrownBy(() -> assertThat((BatchResult) null).returnsEveryOrderOnce(-1))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
        assertThatThrownBy(() -> assertThat((BatchResult) null).result("SO-1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("%nExpecting actual not to be null".formatted());
    }

    @Test
    void null_and_nonsense_arguments_are_refused_not_asserted() {
        assertThatThrownBy(() -> assertThat(BATCH).result(null))
                .isInstanceOf(NullPointerException.class).hasMessage("orderId: must not be null");
        assertThatThrownBy(() -> assertThat(BATCH).hasResultsFor("SO-1", null))
                .isInstanceOf(NullPointerException.class).hasMessage("orderIds[1]: must not be null");
        assertThatThrownBy(() -> assertThat(BATCH).returnsEveryOrderOnce(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count: must not be negative but was -1");
        assertThatThrownBy(() -> assertThat(BATCH).hasErrorAt(1).hasMessage(null))
                .isInstanceOf(NullPointerException.class).hasMessage("message: must not be null");
    }
}
