package io.omsexception;

import java.util.List;

/**
 * The result of a batch: every order of the request, exactly once, in {@code results} or in
 * {@code errors}, each list in request order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results the evaluations of the orders that could be evaluated
 * @param errors the orders that could not, with the reason
 */
public record BatchResult(List<OrderEvaluation> results, List<OrderError> errors) {

    /** Copies both lists. */
    public BatchResult {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    /** @return the number of orders this batch accounts for */
    public int size() {
        return results.size() + errors.size();
    }
}
