package io.omsexception.testkit;

import io.omsexception.OrderError;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the error of one order of a batch, made by {@link BatchAssert#hasErrorAt(int)}.
 *
 * <p>Every assertion fails with an {@link AssertionError} naming the order's index (and id, when
 * the error has one), what was expected and what was found, for example
 * {@code Expecting the error at index 2 (order SO-3) to have field "lines[0].quantity" but had ""};
 * a description given with {@code as(...)} prefixes that message. Every assertion returns this
 * assertion, so that they chain. A null argument is refused with a {@link NullPointerException}.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use an instance on the thread that made it. The
 * error itself is immutable.
 */
public final class OrderErrorAssert extends AbstractAssert<OrderErrorAssert, OrderError> {

    OrderErrorAssert(OrderError actual) {
        super(actual, OrderErrorAssert.class);
    }

    /**
     * @param message the message expected, exactly, for example {@code must be greater than 0} or
     *     {@code evaluation failed: IllegalStateException: boom}; not null
     * @return this assertion
     * @throws AssertionError when the error has another message
     */
    public OrderErrorAssert hasMessage(String message) {
        isNotNull();
        Values.argument("message", message);
        if (!actual.message().equals(message)) {
            failWithMessage("Expecting the error at %s to have message %s but had %s", Values.subject(actual),
                    Values.describe(message), Values.describe(actual.message()));
        }
        return myself;
    }

    /**
     * @param field where in the order the offending value is expected, as a path relative to the
     *     order, for example {@code lines[0].quantity}; empty for an error about the order as a
     *     whole; not null
     * @return this assertion
     * @throws AssertionError when the error is about another field
     */
    public OrderErrorAssert hasField(String field) {
        isNotNull();
        Values.argument("field", field);
        if (!actual.field().equals(field)) {
            failWithMessage("Expecting the error at %s to have field %s but had %s", Values.subject(actual),
                    Values.describe(field), Values.describe(actual.field()));
        }
        return myself;
    }
}
