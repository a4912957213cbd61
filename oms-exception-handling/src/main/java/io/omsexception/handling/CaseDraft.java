package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.Priority;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
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
    String channel;
    String carrier;

    CaseDraft() {
    }

    /** Version 1 of a new OPEN case of the order, opened now; the caller sets what it is about. */
    static CaseDraft opening(CaseId id, String code, Order order, Instant now) {
        CaseDraft d = new CaseDraft();
        d.id = id;
        d.version = 1;
        d.state = CaseState.OPEN;
        d.code = code;
        d.applyCustomer(order);
        d.createdAt = now;
        d.openedAt = now;
        d.updatedAt = now;
        return d;
    }

    /** The next version of the case, in the state, changed now. */
    static CaseDraft next(ExceptionCase current, CaseState state, Instant now) {
        CaseDraft d = of(current);
        d.version = current.version() + 1;
        d.state = state;
        d.updatedAt = now;
        return d;
    }

    /** The next version of the open case, closed now by the actor. */
    static ExceptionCase closed(ExceptionCase current, CaseState state, String actor, String note, Instant now) {
        CaseDraft d = next(current, state, now);
        d.closure = new Closure(actor, now, note, null);
        return d.build();
    }

    void applyCustomer(Order order) {
        Customer customer = order.customer();
        customerId = customer == null ? null : customer.customerId();
        customerTier = customer == null ? null : customer.tier();
        channel = order.channel();
        carrier = order.shipment() == null ? null : order.shipment().carrier();
    }

    void applyFinding(Finding f) {
        finding = f;
        category = f.category();
        priority = f.priority();
        department = f.department();
        blocking = f.blocking();
    }

    /** Due at the mark's delay when it ends after {@code openedAt}, else the priority's target after it. */
    void scheduleDue(ResponseTargets targets) {
        Instant delayUntil = mark == null ? null : mark.delayUntil();
        dueAt = delayUntil != null && delayUntil.isAfter(openedAt) ? delayUntil : openedAt.plus(targets.of(priority));
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
        d.channel = c.channel();
        d.carrier = c.carrier();
        return d;
    }

    ExceptionCase build() {
        return new ExceptionCase(id, version, state, code, category, priority, department, blocking, finding, mark,
                customerId, customerTier, createdAt, openedAt, dueAt, updatedAt, assignee, notes, workOrder, closure,
                channel, carrier);
    }
}
