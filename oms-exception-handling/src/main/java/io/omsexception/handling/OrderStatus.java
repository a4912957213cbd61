package io.omsexception.handling;

import java.util.List;

/**
 * Where an order stands, derived from its cases at one moment.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order, not blank
 * @param held whether a blocking case is open and the order is not cancelled
 * @param cancelled whether a case on the order was confirmed for the whole order
 * @param openCases the open cases, in the order they were first opened, never null
 * @param blockingCases the open blocking cases, a subset of {@code openCases}, never null
 */
public record OrderStatus(String orderId, boolean held, boolean cancelled, List<CaseId> openCases,
        List<CaseId> blockingCases) {

    /**
     * Validates the id and copies the lists.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the offending part
     */
    public OrderStatus {
        Args.text(orderId, "orderId");
        openCases = List.copyOf(Args.required(openCases, "openCases"));
        blockingCases = List.copyOf(Args.required(blockingCases, "blockingCases"));
    }

    static OrderStatus of(String orderId, List<ExceptionCase> cases) {
        List<CaseId> open = cases.stream().filter(ExceptionCase::isOpen).map(ExceptionCase::id).toList();
        List<CaseId> blocking = cases.stream().filter(ExceptionCase::holdsOrder).map(ExceptionCase::id).toList();
        boolean cancelled = isCancelled(cases);
        return new OrderStatus(orderId, !cancelled && !blocking.isEmpty(), cancelled, open, blocking);
    }

    static boolean isCancelled(List<ExceptionCase> cases) {
        return cases.stream().anyMatch(c -> c.state() == CaseState.CONFIRMED && c.closure().lineIds().isEmpty());
    }
}
