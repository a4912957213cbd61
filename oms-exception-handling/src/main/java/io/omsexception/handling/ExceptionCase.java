package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.time.Instant;
import java.util.List;

/**
 * One exception on one order and what is being done about it: a rule case for a finding, or a
 * manual mark. Each change produces a new value with the next {@code version}; the store accepts
 * it only over the version it was derived from.
 *
 * <p>Immutable and thread-safe. Hosts build values directly only in their own {@link CaseStore}
 * implementations (to read them back from storage); everything else goes through
 * {@link ExceptionHandling}.
 *
 * @param id the case's identity, never null
 * @param version 1 when opened, one more with every change
 * @param state the state, never null
 * @param code the finding's code, or the mark's reason code
 * @param category the finding's category, or the mark's; never null
 * @param priority the priority, never null
 * @param department the department whose queue holds the case, never null
 * @param blocking whether the case holds the order while open
 * @param finding the finding the case was opened or last updated for; null for a mark
 * @param mark the request that opened a mark; null for a rule case
 * @param customerId the customer's id when the case was opened; null when unknown
 * @param customerTier the customer's tier when the case was opened; null when unknown
 * @param createdAt when the case was first opened, never null
 * @param openedAt when the case was last opened or reopened: its age counts from here, never null
 * @param dueAt when the case must be closed by; open after that it is overdue, never null
 * @param updatedAt when the case last changed, never null
 * @param assignee who the case is assigned to; null when nobody
 * @param notes the progress notes, oldest first, never null
 * @param workOrder the work order, when the case became one; null otherwise
 * @param closure how the case was closed; non-null exactly when the state is closed
 * @param channel the order's channel (shop) when the case was opened; null when unknown
 * @param carrier the order's carrier when the case was opened; null when unknown or not shipped
 */
public record ExceptionCase(
        CaseId id,
        long version,
        CaseState state,
        String code,
        Category category,
        Priority priority,
        Department department,
        boolean blocking,
        Finding finding,
        MarkRequest mark,
        String customerId,
        CustomerTier customerTier,
        Instant createdAt,
        Instant openedAt,
        Instant dueAt,
        Instant updatedAt,
        String assignee,
        List<ProgressNote> notes,
        WorkOrder workOrder,
        Closure closure,
        String channel,
        String carrier) {

    /**
     * Validates the case and copies the notes.
     *
     * @throws InvalidFieldException naming the offending component
     */
    public ExceptionCase {
        Args.required(id, "id");
        if (version < 1) {
            throw new InvalidFieldException("version", "must be at least 1 but was " + version);
        }
        Args.required(state, "state");
        Args.text(code, "code");
        Args.required(priority, "priority");
        Args.required(department, "department");
        Args.required(createdAt, "createdAt");
        Args.required(openedAt, "openedAt");
        Args.required(dueAt, "dueAt");
        Args.required(updatedAt, "updatedAt");
        assignee = Args.optionalText(assignee);
        channel = Args.optionalText(channel);
        carrier = Args.optionalText(carrier);
        notes = List.copyOf(Args.required(notes, "notes"));
        if (id.kind() == CaseKind.RULE) {
            Args.required(finding, "finding");
            Args.required(category, "category");
            if (mark != null) {
                throw new InvalidFieldException("mark", "must be null for a rule case");
            }
            if (!finding.code().equals(id.key()) || !code.equals(id.key())) {
                throw new InvalidFieldException("code", "must be " + id.key() + " for case " + id);
            }
        } else {
            Args.required(mark, "mark");
            if (!mark.category().equals(category)) {
                throw new InvalidFieldException("category", "must be " + mark.category() + " for mark " + id);
            }
            if (finding != null) {
                throw new InvalidFieldException("finding", "must be null for a mark");
            }
            if (!code.equals(mark.reason().code())) {
                throw new InvalidFieldException("code", "must be " + mark.reason().code() + " for mark " + id);
            }
        }
        if (state.isOpen() && closure != null) {
            throw new InvalidFieldException("closure", "must be null while the case is " + state);
        }
        if (!state.isOpen() && closure == null) {
            throw new InvalidFieldException("closure", "is required when the case is " + state);
        }
    }

    /** @return the order's id */
    public String orderId() {
        return id.orderId();
    }

    /** @return whether this is a rule case or a mark */
    public CaseKind kind() {
        return id.kind();
    }

    /** @return whether the case is OPEN or IN_PROGRESS */
    public boolean isOpen() {
        return state.isOpen();
    }

    /** @return whether the case holds its order: it is blocking and open */
    public boolean holdsOrder() {
        return blocking && state.isOpen();
    }

    /** @return whether the case became a work order */
    public boolean isWorkOrder() {
        return workOrder != null;
    }

    /**
     * @return the progress message for the customer: the finding's customer message, or the
     *     mark's; null when a mark has none or the finding's code is internal (no customer message)
     */
    public LocalizedText customerMessage() {
        return finding != null ? finding.customerMessage() : mark.customerMessage();
    }

    /**
     * @param now the current time
     * @return whether the case is open and {@code now} is after its due time
     */
    public boolean isOverdueAt(Instant now) {
        return state.isOpen() && now.isAfter(dueAt);
    }
}
