package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.Priority;
import io.omsexception.model.CustomerTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A mutable copy of a case, to derive its next version; single-threaded. */
final class CaseDraft {
    CaseId id;
    long version;
    CaseState state;
    String code;
    Category category;
    Priority priority;
    Department department;
    boolean blocking;
    Finding finding;
    MarkRequest mark;
    String customerId;
    CustomerTier customerTier;
    Instant createdAt;
    Instant openedAt;
    Instant dueAt;
    Instant updatedAt;
    String assignee;
    List<ProgressNote> notes = new ArrayList<>();
    WorkOrder workOrder;
    Closure closure;

    CaseDraft() {
    }

    static CaseDraft of(ExceptionCase c) {
        CaseDraft d = new CaseDraft();
        d.id = c.id();
        d.version = c.version();
        d.state = c.state();
        d.code = c.code();
        d.category = c.category();
        d.priority = c.priority();
        d.department = c.department();
        d.blocking = c.blocking();
        d.finding = c.finding();
        d.mark = c.mark();
        d.customerId = c.customerId();
        d.customerTier = c.customerTier();
        d.createdAt = c.createdAt();
        d.openedAt = c.openedAt();
        d.dueAt = c.dueAt();
        d.updatedAt = c.updatedAt();
        d.assignee = c.assignee();
        d.notes = new ArrayList<>(c.notes());
        d.workOrder = c.workOrder();
        d.closure = c.closure();
        return d;
    }

    ExceptionCase build() {
        return new ExceptionCase(id, version, state, code, category, priority, department, blocking, finding, mark,
                customerId, customerTier, createdAt, openedAt, dueAt, updatedAt, assignee, notes, workOrder, closure);
    }
}
