package io.omsexception.json;

import io.omsexception.OrderError;
import io.omsexception.model.Order;

/**
 * One entry of a request's {@code orders}: the order when it could be read, or the error that
 * names the offending field. Exactly one of the two is non-null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the position in the request, from 0
 * @param order the order, or null
 * @param error the error, or null
 */
public record ParsedOrder(int index, Order order, OrderError error) {

    /** Checks that exactly one of order and error is given. */
    public ParsedOrder {
        if ((order == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of order and error must be given");
        }
    }

    /** @return whether the order could be read */
    public boolean isValid() {
        return order != null;
    }
}
