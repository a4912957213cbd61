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
 * @param path the JSON path of the offending value, for example {@code $.orders[3].lines[0].quantity}
 * @param message what is wrong, for example {@code must be greater than 0}
 */
public record OrderError(int index, String orderId, String path, String message) {

    /** Refuses a null path or message. */
    public OrderError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
