package io.omsexception.adapters;

import io.omsexception.InvalidInputException;
import io.omsexception.model.Order;
import java.util.Objects;

/**
 * One order read from a marketplace payload: the order, or the error that says why it could not
 * be read. Exactly one of the two is non-null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param payload the payload's position in its input, from 0 (always 0 for a single payload;
 *     the element of a JSON array, or the line of a file with one payload per line, counted
 *     from 0)
 * @param path where in the payload the order is, as a JSON path, never null: {@code $} for a
 *     bare order, {@code $.trade_fullinfo_get_response.trade}, or an element of a list response
 *     such as {@code $.order_list_get_response.order_list[2]}
 * @param order the order, or null
 * @param error the error, or null; its {@link InvalidInputException#path()} is the JSON path in
 *     the payload of the offending value ({@code $.trade.orders.order[1].num}), {@code $} for the
 *     payload as a whole
 */
public record AdaptedOrder(int payload, String path, Order order, InvalidInputException error) {

    /** Checks that exactly one of order and error is given and that the path is. */
    public AdaptedOrder {
        Objects.requireNonNull(path, "path");
        if ((order == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of order and error must be given");
        }
        if (payload < 0) {
            throw new IllegalArgumentException("payload must not be negative but was " + payload);
        }
    }

    /**
     * @param path where in the payload the order is
     * @param order the order, never null
     * @return an entry of payload 0 holding the order
     */
    public static AdaptedOrder of(String path, Order order) {
        return new AdaptedOrder(0, path, Objects.requireNonNull(order, "order"), null);
    }

    /**
     * @param path where in the payload the order is
     * @param error why it could not be read, never null
     * @return an entry of payload 0 holding the error
     */
    public static AdaptedOrder failed(String path, InvalidInputException error) {
        return new AdaptedOrder(0, path, null, Objects.requireNonNull(error, "error"));
    }

    /**
     * @param index the payload's position in its input, from 0
     * @return this entry placed at that payload
     */
    public AdaptedOrder inPayload(int index) {
        return new AdaptedOrder(index, path, order, error);
    }

    /** @return whether the order could be read */
    public boolean isValid() {
        return order != null;
    }
}
