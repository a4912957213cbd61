package io.omsexception.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Orders to evaluate together, with the reference data and the reference time they share.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the reference time of every duration, or null for the engine's clock
 * @param referenceData the inventory snapshot and blacklist, never null (null becomes
 *     {@link ReferenceData#NONE})
 * @param orders the orders, never null
 */
public record EvaluationRequest(OffsetDateTime asOf, ReferenceData referenceData, List<Order> orders) {

    /** Copies the orders; see the class description. */
    public EvaluationRequest {
        referenceData = referenceData == null ? ReferenceData.NONE : referenceData;
        orders = Checks.list(orders, "orders");
    }
}
