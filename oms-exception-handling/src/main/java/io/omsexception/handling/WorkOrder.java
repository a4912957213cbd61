package io.omsexception.handling;

import io.omsexception.model.Order;
import java.time.Instant;

/**
 * What turns a complex case into a work order: the order's facts when the work order was opened
 * and what the customer asked for. The work order's assignee and progress notes are the case's
 * ({@link ExceptionCase#assignee()}, {@link ExceptionCase#notes()}), so they are never out of step.
 *
 * <p>Immutable and thread-safe.
 *
 * @param order the order's facts as the host knew them when opening the work order, never null
 * @param customerRequest what the customer asked for, not blank
 * @param openedAt when the work order was opened, never null
 * @param openedBy who opened it, not blank
 */
public record WorkOrder(Order order, String customerRequest, Instant openedAt, String openedBy) {

    /**
     * Validates the parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the missing part
     */
    public WorkOrder {
        Args.required(order, "order");
        Args.text(customerRequest, "customerRequest");
        Args.required(openedAt, "openedAt");
        Args.text(openedBy, "openedBy");
    }
}
