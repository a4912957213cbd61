package io.omsexception;

import java.util.Objects;

/**
 * An order of a batch that could not be evaluated: invalid input, or a failure while evaluating
 * it. Every order of a batch comes back exactly once, as an {@link OrderEvaluation} or as this.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the order's position in the request, from 0
 * @param orderId the order's id when it could be read, else null
 * @param field where in the order the offending value is, as a path relative to the order, for
 *     example {@code lines[0].quantity}; empty when the order as a whole is at fault (it is not an
 *     order, or its evaluation failed). The JSON module turns it into the request's JSON path
 *     ({@code $.orders[3].lines[0].quantity}).
 * @param message what is wrong, for example {@code must be greater than 0}
 */
public record OrderError(int index, String orderId, String field, String message) {

    /** Refuses a null field or message. */
    public OrderError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
