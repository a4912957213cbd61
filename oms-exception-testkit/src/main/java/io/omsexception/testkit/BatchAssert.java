package io.omsexception.testkit;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the result of a batch, made by {@link OmsAssertions#assertThat(BatchResult)}.
 *
 * <p>Every assertion first fails when the batch is null (AssertJ's {@code isNotNull()}), and
 * otherwise fails with an {@link AssertionError} saying what was expected and what was found, naming
 * the orders and errors involved, for example
 * {@code Expecting the batch to have no errors but had 1: index 2 (order SO-3): lines[0].quantity must be greater than 0};
 * a description given with {@code as(...)} prefixes that message. Every assertion returns this
 * assertion, so that they chain; {@link #result(String)} and {@link #hasErrorAt(int)} go down to one
 * order. A null argument is refused with a {@link NullPointerException}.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use an instance on the thread that made it. The
 * batch itself is immutable.
 */
public final class BatchAssert extends AbstractAssert<BatchAssert, BatchResult> {

    BatchAssert(BatchResult actual) {
        super(actual, BatchAssert.class);
    }

    /**
     * Verifies that the batch has results for exactly these orders, in request order (the order
     * of {@link BatchResult#results()}); the orders that are errors are not among them.
     *
     * @param orderIds the ids of the orders evaluated, in request order; not null, no null element
     * @return this assertion
     * @throws AssertionError when the results are for other orders, or in another order
     */
    public BatchAssert hasResultsFor(String... orderIds) {
        isNotNull();
        List<String> expected = Values.arguments("orderIds", orderIds, false);
        List<String> ids = resultIds();
        if (!ids.equals(expected)) {
            failWithMessage("Expecting the batch to have results for %s in this order but had results for %s", expected,
                    ids);
        }
        return myself;
    }

    /**
     * Verifies that the order at this position of the request could not be evaluated, and goes on
     * to assert on its error.
     *
     * @param index the order's position in the request, from 0 ({@link OrderError#index()}), not
     *     its position among the errors
     * @return an assertion on that order's error (the first, should there be several)
     * @throws AssertionError when no error has that index; the message lists the indexes that have one
     * @throws IllegalArgumentException when the index is negative
     */
    public OrderErrorAssert hasErrorAt(int index) {
        isNotNull();
        if (index < 0) {
            throw new IllegalArgumentException("index: must not be negative but was " + index);
        }
        Optional<OrderError> error = actual.errors().stream().filter(e -> e.index() == index).findFirst();
        if (error.isEmpty()) {
            if (actual.errors().isEmpty()) {
                failWithMessage("Expecting the batch to have an error at index %s but had no errors", index);
            } else {
                failWithMessage("Expecting the batch to have an error at index %s but had errors at %s", index,
                        actual.errors().stream().map(OrderError::index).toList());
            }
        }
        OrderErrorAssert assertion = new OrderErrorAssert(error.orElseThrow());
        return info.hasDescription() ? assertion.describedAs(info.description()) : assertion;
    }

    /**
     * Verifies that every order of the batch could be evaluated.
     *
     * @return this assertion
     * @throws AssertionError when the batch has errors; the message gives each with its index,
     *     order, field and message
     */
    public BatchAssert hasNoErrors() {
        isNotNull();
        if (!actual.errors().isEmpty()) {
            failWithMessage("Expecting the batch to have no errors but had %s: %s", actual.errors().size(),
                    Values.describeErrors(actual.errors()));
        }
        return myself;
    }

    /**
     * Verifies that the batch accounts for a request of this many orders: results and errors add
     * up to the count, and the errors' indexes are distinct positions of the request (from 0 to
     * {@code count - 1}). Results carry no index, so they are only counted.
     *
     * @param count the number of orders in the request; not negative
     * @return this assertion
     * @throws AssertionError when the numbers do not add up, or an error's index is repeated or
     *     outside the request
     * @throws IllegalArgumentException when the count is negative
     */
    public BatchAssert returnsEveryOrderOnce(int count) {
        isNotNull();
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative but was " + count);
        }
        if (actual.size() != count) {
            failWithMessage("Expecting the batch to return every order once, %s in all, but had %s and %s", count,
                    Values.countOf(actual.results().size(), "result"), Values.countOf(actual.errors().size(), "error"));
        }
        Set<Integer> seen = new HashSet<>();
        for (OrderError e : actual.errors()) {
            if (e.index() < 0 || e.index() >= count) {
                failWithMessage("Expecting the batch to return every order once, %s in all, but an error has index %s,"
                        + " outside 0..%s", count, e.index(), count - 1);
            }
            if (!seen.add(e.index())) {
                failWithMessage("Expecting the batch to return every order once, %s in all, but several errors have"
                        + " index %s", count, e.index());
            }
        }
        return myself;
    }

    /**
     * Verifies that the batch has a result for this order and goes on to assert on it. The
     * evaluation's assertions carry this assertion's description.
     *
     * @param orderId the order's id; not null
     * @return an assertion on that order's evaluation (the first, should the request hold the id
     *     twice)
     * @throws AssertionError when the batch has no result for that order; the message says when the
     *     order is an error instead, and otherwise lists the orders that have a result
     */
    public EvaluationAssert result(String orderId) {
        isNotNull();
        Values.argument("orderId", orderId);
        Optional<OrderEvaluation> result = actual.results().stream().filter(r -> r.orderId().equals(orderId))
                .findFirst();
        if (result.isEmpty()) {
            Optional<OrderError> error = actual.errors().stream().filter(e -> orderId.equals(e.orderId())).findFirst();
            if (error.isPresent()) {
                failWithMessage("Expecting the batch to have a result for order %s but it is an error: %s", orderId,
                        Values.describe(error.get()));
            } else {
                failWithMessage("Expecting the batch to have a result for order %s but had results for %s", orderId,
                        resultIds());
            }
        }
        EvaluationAssert assertion = new EvaluationAssert(result.orElseThrow());
        return info.hasDescription() ? assertion.describedAs(info.description()) : assertion;
    }

    private List<String> resultIds() {
        return actual.results().stream().map(OrderEvaluation::orderId).toList();
    }
}
