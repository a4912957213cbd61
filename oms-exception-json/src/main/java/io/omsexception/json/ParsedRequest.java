package io.omsexception.json;

import io.omsexception.model.ReferenceData;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request read from JSON: its reference time, its reference data and every order entry, valid
 * or not, in request order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the request's {@code asOf}, or null when absent (then: the engine's clock)
 * @param referenceData the inventory snapshot and blacklist
 * @param orders every entry of {@code orders}, in order
 */
public record ParsedRequest(OffsetDateTime asOf, ReferenceData referenceData, List<ParsedOrder> orders) {

    /** Copies the entries. */
    public ParsedRequest {
        orders = List.copyOf(orders);
    }
}
