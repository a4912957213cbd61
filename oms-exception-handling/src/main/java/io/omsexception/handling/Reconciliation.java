package io.omsexception.handling;

import java.util.List;

/**
 * What {@link ExceptionHandling#reconcile} did with an order's rule cases for a new evaluation.
 * Manual marks never appear here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order, not blank
 * @param opened new cases for findings without a case
 * @param reopened resolved cases whose finding is raised again
 * @param updated open cases whose finding changed priority, department or blocking
 * @param resolved open cases whose finding is no longer raised, resolved by the system
 * @param unchanged cases left alone: open with an unchanged finding, ignored or confirmed
 * @param status the order's status after reconciling, never null
 */
public record Reconciliation(
        String orderId,
        List<ExceptionCase> opened,
        List<ExceptionCase> reopened,
        List<ExceptionCase> updated,
        List<ExceptionCase> resolved,
        List<CaseId> unchanged,
        OrderStatus status) {

    /**
     * Validates the id and copies the lists.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the offending part
     */
    public Reconciliation {
        Args.text(orderId, "orderId");
        opened = List.copyOf(Args.required(opened, "opened"));
        reopened = List.copyOf(Args.required(reopened, "reopened"));
        updated = List.copyOf(Args.required(updated, "updated"));
        resolved = List.copyOf(Args.required(resolved, "resolved"));
        unchanged = List.copyOf(Args.required(unchanged, "unchanged"));
        Args.required(status, "status");
    }

    /** @return whether any case was opened, reopened, updated or resolved */
    public boolean changed() {
        return !(opened.isEmpty() && reopened.isEmpty() && updated.isEmpty() && resolved.isEmpty());
    }
}
