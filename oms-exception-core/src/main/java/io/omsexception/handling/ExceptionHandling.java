package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the handling layer: turns evaluations and manual marks into cases, moves
 * cases through their states, derives the order's hold, routes cases to department queues, keeps
 * the audit trail and notifies people.
 *
 * <pre>{@code
 * ExceptionHandling handling = ExceptionHandling.builder()
 *         .clock(clock).store(store).notifier(notifier).orderFlow(orderFlow)
 *         .build();
 * handling.reconcile(order, engine.evaluate(order));       // opens, reopens, resolves rule cases
 * handling.queue(Department.FINANCE);                      // what finance should work on, most urgent first
 * handling.resolve(caseId, "张三", "customer paid");       // releases the order if it was the last block
 * handling.trail(order.orderId()).toText(zone);            // who did what
 * }</pre>
 *
 * <p><b>Consistency.</b> Each change is derived from the case's current version and stored only
 * over that version: when two changes race, one is stored and the other fails with
 * {@link CaseConflictException} having changed nothing. A change and its audit entry are stored
 * together. Methods that take an {@code expectedVersion} also refuse a case that changed since the
 * caller read it; the others act on the latest version. The system's own work (reconciling,
 * closing the cases of a cancelled order) re-reads and retries on conflicts.
 *
 * <p><b>Side effects.</b> After a change is stored, the order's hold is derived again under a
 * per-order lock and the host's {@link OrderFlow} is told when it changed; then people are told
 * through the {@link Notifier}, at most once per case, kind and department within the
 * notification window. Every time is read from the configured {@link Clock}.
 *
 * <p>Immutable configuration; thread-safe: share one instance. Arguments must not be null unless
 * documented; invalid arguments are refused with an
 * {@link io.omsexception.model.InvalidFieldException} naming the argument.
 */
public final class ExceptionHandling {
    /** The actor recorded for what the library does by itself. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionHandling.class);
    private static final int SYSTEM_ATTEMPTS = 16;

    /** Queue order: priority, then customer tier (VIP first, unknown last), then age (oldest first). */
    private static final Comparator<ExceptionCase> QUEUE_ORDER = Comparator
            .comparing(ExceptionCase::priority)
            .thenComparingInt(c -> tierRank(c.customerTier()))
            .thenComparing(ExceptionCase::openedAt)
            .thenComparing(c -> c.id().toString());

    private final Clock clock;
    private final CaseStore store;
    private final Notifier notifier;
    private final OrderFlow orderFlow;
    private final ResponseTargets targets;
    private final Duration notificationWindow;
    private final Set<Channel> staffChannels;
    private final Set<Channel> customerChannels;
    private final RepeatGuard guard;
    private final ReentrantLock[] orderLocks;

    private ExceptionHandling(Builder b, CaseStore store) {
        this.clock = b.clock;
        this.store = store;
        this.notifier = b.notifier;
        this.orderFlow = b.orderFlow;
        this.targets = b.targets;
        this.notificationWindow = b.notificationWindow;
        this.staffChannels = Set.copyOf(b.staffChannels);
        this.customerChannels = Set.copyOf(b.customerChannels);
        this.guard = new RepeatGuard(notificationWindow);
        this.orderLocks = new ReentrantLock[64];
        Arrays.setAll(orderLocks, i -> new ReentrantLock());
    }

    /** @return a new builder; thread-confined */
    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ rule cases

    /**
     * Brings the order's rule cases in line with a new evaluation:
     * <ul>
     *   <li>a finding without a case opens one;</li>
     *   <li>a finding whose case was RESOLVED reopens it: a rule case stays closed only while its
     *       finding is gone, unless it was ignored or confirmed;</li>
     *   <li>a finding whose open case has another priority, department or blocking updates it (a
     *       change of evidence alone does not);</li>
     *   <li>an open case whose finding is gone is resolved by {@value #SYSTEM};</li>
     *   <li>everything else, and every manual mark, is left alone.</li>
     * </ul>
     * Nothing changes on a cancelled order. Then the hold is derived again (telling the host what it
     * was not told yet) and people are told.
     *
     * @param order the order as evaluated: gives the customer's id and tier, never null
     * @param evaluation the order's new evaluation, never null
     * @return what was done
     * @throws InvalidFieldException naming {@code evaluation.orderId} when the evaluation is of
     *     another order
     * @throws CaseConflictException when a case kept changing under the system's retries
     * @throws OrderFlowException when the host failed to take a hold or release; the cases were
     *     reconciled
     */
    public Reconciliation reconcile(Order order, OrderEvaluation evaluation) {
        Args.required(order, "order");
        Args.required(evaluation, "evaluation");
        String orderId = order.orderId();
        if (!evaluation.orderId().equals(orderId)) {
            throw new InvalidFieldException("evaluation.orderId",
                    "must be " + orderId + " but was " + evaluation.orderId());
        }
        Effects effects = new Effects();
        List<ExceptionCase> opened = new ArrayList<>();
        List<ExceptionCase> reopened = new ArrayList<>();
        List<ExceptionCase> updated = new ArrayList<>();
        List<ExceptionCase> resolved = new ArrayList<>();
        List<CaseId> unchanged = new ArrayList<>();
        List<ExceptionCase> existing = store.findByOrder(orderId);
        if (isCancelled(existing)) {
            existing.stream().filter(c -> c.kind() == CaseKind.RULE).forEach(c -> unchanged.add(c.id()));
            OrderStatus status = finish(orderId, effects);
            return new Reconciliation(orderId, opened, reopened, updated, resolved, unchanged, status);
        }
        Map<String, Finding> findings = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> findings.put(f.code(), f));
        for (Finding finding : findings.values()) {
            CaseId id = CaseId.rule(orderId, finding.code());
            Outcome outcome = retrying(() -> reconcileFinding(id, order, finding, effects));
            outcome.addTo(opened, reopened, updated, resolved, unchanged);
        }
        for (ExceptionCase c : existing) {
            if (c.kind() == CaseKind.RULE && !findings.containsKey(c.code())) {
                Outcome outcome = retrying(() -> reconcileAbsent(c.id()));
                outcome.addTo(opened, reopened, updated, resolved, unchanged);
            }
        }
        OrderStatus status = finish(orderId, effects);
        return new Reconciliation(orderId, opened, reopened, updated, resolved, unchanged, status);
    }

    private Outcome reconcileFinding(CaseId id, Order order, Finding finding, Effects effects) {
        Instant now = clock.instant();
        Optional<ExceptionCase> found = store.find(id);
        if (found.isEmpty()) {
            CaseDraft d = new CaseDraft();
            d.id = id;
            d.version = 1;
            d.state = CaseState.OPEN;
            d.code = finding.code();
            applyFinding(d, finding, order);
            d.createdAt = now;
            d.openedAt = now;
            d.updatedAt = now;
            d.dueAt = dueAt(d.priority, null, now);
            ExceptionCase created = d.build();
            store.insert(created, List.of(AuditEntry.opened(created, SYSTEM, null)));
            effects.opened(created);
            return new Outcome(Outcome.Kind.OPENED, created);
        }
        ExceptionCase current = found.get();
        if (current.state() == CaseState.RESOLVED) {
            CaseDraft d = next(current, CaseState.OPEN, now);
            applyFinding(d, finding, order);
            d.closure = null;
            d.openedAt = now;
            d.dueAt = dueAt(d.priority, null, now);
            ExceptionCase reopened = d.build();
            store.update(reopened, List.of(AuditEntry.transition(current, reopened, SYSTEM, CaseAction.REOPEN,
                    "raised again by the rules")));
            effects.opened(reopened);
            return new Outcome(Outcome.Kind.REOPENED, reopened);
        }
        boolean attributesChanged = current.priority() != finding.priority()
                || current.department() != finding.department() || current.blocking() != finding.blocking();
        if (!current.isOpen() || !attributesChanged) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        CaseDraft d = next(current, current.state(), now);
        applyFinding(d, finding, order);
        d.dueAt = dueAt(d.priority, null, current.openedAt());
        ExceptionCase changed = d.build();
        store.update(changed, List.of(AuditEntry.transition(current, changed, SYSTEM, CaseAction.UPDATE, null)));
        if (changed.department() != current.department()) {
            effects.staffOpened(changed);
        }
        return new Outcome(Outcome.Kind.UPDATED, changed);
    }

    private Outcome reconcileAbsent(CaseId id) {
        Instant now = clock.instant();
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
        if (!current.isOpen()) {
            return new Outcome(Outcome.Kind.UNCHANGED, current);
        }
        ExceptionCase closed = close(current, CaseState.RESOLVED, SYSTEM, "no longer raised by the rules", null, now);
        store.update(closed, List.of(AuditEntry.transition(current, closed, SYSTEM, CaseAction.RESOLVE,
                closed.closure().note())));
        return new Outcome(Outcome.Kind.RESOLVED, closed);
    }

    private static void applyFinding(CaseDraft d, Finding f, Order order) {
        d.finding = f;
        d.category = f.category();
        d.priority = f.priority();
        d.department = f.department();
        d.blocking = f.blocking();
        Customer customer = order.customer();
        d.customerId = customer == null ? null : customer.customerId();
        d.customerTier = customer == null ? null : customer.tier();
    }

    // ------------------------------------------------------------------ manual marks

    /**
     * Marks an order as an exception by hand. Idempotent by handle: when the order already has a
     * mark with the request's handle and an equal request, that case is returned and nothing
     * changes. A new mark opens a case (holding the order when blocking), routes it to its
     * department's queue and sends the customer its message, if any. Re-evaluations never touch
     * marks.
     *
     * @param order the order being marked: gives the customer's id and tier, never null
     * @param request what to mark, never null
     * @return the mark's case
     * @throws InvalidFieldException naming {@code handle} when the handle already marks the order
     *     with a different request, or {@code delayUntil} when it is not after the current time
     * @throws IllegalStateException when the order was cancelled
     * @throws OrderFlowException when the host failed to take the hold; the mark was stored
     */
    public ExceptionCase mark(Order order, MarkRequest request) {
        Args.required(order, "order");
        Args.required(request, "request");
        String orderId = order.orderId();
        CaseId id = CaseId.mark(orderId, request.handle());
        Optional<ExceptionCase> existing = store.find(id);
        if (existing.isPresent()) {
            return sameMark(existing.get(), request);
        }
        List<ExceptionCase> cases = store.findByOrder(orderId);
        cases.stream().filter(c -> c.state() == CaseState.CONFIRMED).findFirst().ifPresent(c -> {
            throw new IllegalStateException("order " + orderId + " is cancelled (case " + c.id()
                    + " was confirmed): cannot mark it");
        });
        Instant now = clock.instant();
        if (request.delayUntil() != null && !request.delayUntil().isAfter(now)) {
            throw new InvalidFieldException("delayUntil",
                    "must be after the current time " + now + " but was " + request.delayUntil());
        }
        CaseDraft d = new CaseDraft();
        d.id = id;
        d.version = 1;
        d.state = CaseState.OPEN;
        d.code = request.reason().code();
        d.mark = request;
        d.priority = request.priority();
        d.department = request.department();
        d.blocking = request.blocking();
        Customer customer = order.customer();
        d.customerId = customer == null ? null : customer.customerId();
        d.customerTier = customer == null ? null : customer.tier();
        d.createdAt = now;
        d.openedAt = now;
        d.updatedAt = now;
        d.dueAt = dueAt(d.priority, request, now);
        ExceptionCase created = d.build();
        try {
            store.insert(created, List.of(AuditEntry.opened(created, request.actor(), request.note())));
        } catch (CaseConflictException raced) {
            return sameMark(store.find(id).orElseThrow(() -> raced), request);
        }
        Effects effects = new Effects();
        effects.opened(created);
        finish(orderId, effects);
        return created;
    }

    private ExceptionCase sameMark(ExceptionCase existing, MarkRequest request) {
        if (!existing.mark().equals(request)) {
            throw new InvalidFieldException("handle", "'" + request.handle() + "' already marks order "
                    + existing.orderId() + " with a different request");
        }
        finish(existing.orderId(), new Effects());
        return existing;
    }

    // ------------------------------------------------------------------ staff actions

    /**
     * Takes an OPEN case: it goes IN_PROGRESS and, when nobody has it, is assigned to the actor.
     *
     * @param id the case, never null
     * @param actor who takes it, not blank
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is not OPEN
     * @throws CaseConflictException when the case changed concurrently
     */
    public ExceptionCase start(CaseId id, String actor) {
        return start(id, null, actor);
    }

    /**
     * As {@link #start(CaseId, String)}, refusing a case that is no longer at the version the
     * caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who takes it, not blank
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase start(CaseId id, long expectedVersion, String actor) {
        return start(id, Long.valueOf(expectedVersion), actor);
    }

    private ExceptionCase start(CaseId id, Long expectedVersion, String actor) {
        return act(id, expectedVersion, actor, CaseAction.START, null, null, (current, d, now) -> {
            if (d.assignee == null) {
                d.assignee = actor;
            }
        });
    }

    /**
     * Gives an open case to someone; the state does not change.
     *
     * @param id the case, never null
     * @param actor who assigns, not blank
     * @param assignee who gets the case, not blank
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed
     * @throws CaseConflictException when the case changed concurrently
     */
    public ExceptionCase assign(CaseId id, String actor, String assignee) {
        return assign(id, null, actor, assignee);
    }

    /**
     * As {@link #assign(CaseId, String, String)}, refusing a case that is no longer at the
     * version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who assigns, not blank
     * @param assignee who gets the case, not blank
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase assign(CaseId id, long expectedVersion, String actor, String assignee) {
        return assign(id, Long.valueOf(expectedVersion), actor, assignee);
    }

    private ExceptionCase assign(CaseId id, Long expectedVersion, String actor, String assignee) {
        Args.text(assignee, "assignee");
        return act(id, expectedVersion, actor, CaseAction.ASSIGN, null, null, (current, d, now) -> {
            d.assignee = assignee;
        });
    }

    /**
     * Adds a progress note, in any state; the state does not change.
     *
     * @param id the case, never null
     * @param actor who writes, not blank
     * @param text the note, not blank
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws CaseConflictException when the case changed concurrently
     */
    public ExceptionCase addNote(CaseId id, String actor, String text) {
        return addNote(id, null, actor, text);
    }

    /**
     * As {@link #addNote(CaseId, String, String)}, refusing a case that is no longer at the
     * version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who writes, not blank
     * @param text the note, not blank
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase addNote(CaseId id, long expectedVersion, String actor, String text) {
        return addNote(id, Long.valueOf(expectedVersion), actor, text);
    }

    private ExceptionCase addNote(CaseId id, Long expectedVersion, String actor, String text) {
        Args.text(text, "text");
        return act(id, expectedVersion, actor, CaseAction.NOTE, text, null, (current, d, now) -> {
            d.notes.add(new ProgressNote(now, actor, text));
        });
    }

    /**
     * Turns an open case into a work order holding the order's facts, the customer's request and
     * an assignee; an OPEN case goes IN_PROGRESS. Progress notes are then added with
     * {@link #addNote}.
     *
     * @param id the case, never null
     * @param actor who opens the work order, not blank
     * @param order the order's current facts, never null; must be the case's order
     * @param customerRequest what the customer asked for, not blank
     * @param assignee who works on it, not blank
     * @return the case after the change
     * @throws InvalidFieldException naming {@code order.orderId} when the order is another one
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed or already a work order
     * @throws CaseConflictException when the case changed concurrently
     */
    public ExceptionCase openWorkOrder(CaseId id, String actor, Order order, String customerRequest, String assignee) {
        return openWorkOrder(id, null, actor, order, customerRequest, assignee);
    }

    /**
     * As {@link #openWorkOrder(CaseId, String, Order, String, String)}, refusing a case that is
     * no longer at the version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who opens the work order, not blank
     * @param order the order's current facts, never null
     * @param customerRequest what the customer asked for, not blank
     * @param assignee who works on it, not blank
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase openWorkOrder(CaseId id, long expectedVersion, String actor, Order order,
            String customerRequest, String assignee) {
        return openWorkOrder(id, Long.valueOf(expectedVersion), actor, order, customerRequest, assignee);
    }

    private ExceptionCase openWorkOrder(CaseId id, Long expectedVersion, String actor, Order order,
            String customerRequest, String assignee) {
        Args.required(id, "id");
        Args.required(order, "order");
        Args.text(customerRequest, "customerRequest");
        Args.text(assignee, "assignee");
        if (!order.orderId().equals(id.orderId())) {
            throw new InvalidFieldException("order.orderId", "must be " + id.orderId() + " but was " + order.orderId());
        }
        return act(id, expectedVersion, actor, CaseAction.WORK_ORDER, null, null, (current, d, now) -> {
            if (current.workOrder() != null) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.WORK_ORDER,
                        "cannot open a work order for a case that already has one");
            }
            d.workOrder = new WorkOrder(order, customerRequest, now, actor);
            d.assignee = assignee;
        });
    }

    /**
     * Closes an open case as fixed. When it was the last open blocking case of the order, the
     * host is told to release the order.
     *
     * @param id the case, never null
     * @param actor who resolves it, not blank
     * @param note what was done; null for nothing
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed
     * @throws CaseConflictException when the case changed concurrently
     * @throws OrderFlowException when the host failed to take the release; the case was resolved
     */
    public ExceptionCase resolve(CaseId id, String actor, String note) {
        return resolve(id, null, actor, note);
    }

    /**
     * As {@link #resolve(CaseId, String, String)}, refusing a case that is no longer at the
     * version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who resolves it, not blank
     * @param note what was done; null for nothing
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase resolve(CaseId id, long expectedVersion, String actor, String note) {
        return resolve(id, Long.valueOf(expectedVersion), actor, note);
    }

    private ExceptionCase resolve(CaseId id, Long expectedVersion, String actor, String note) {
        return act(id, expectedVersion, actor, CaseAction.RESOLVE, note, null, (current, d, now) -> {
            d.closure = new Closure(actor, now, note, null);
        });
    }

    /**
     * Confirms that the exception is real: the case is closed as CONFIRMED (final), the host is
     * told to cancel the order, the customer is notified with the reason, and the order's other
     * open cases are resolved by {@value #SYSTEM}.
     *
     * @param id the case, never null
     * @param actor who confirms, not blank
     * @param reason why the order is cancelled, as told to the customer, not blank
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed
     * @throws CaseConflictException when the case changed concurrently
     * @throws OrderFlowException when the host failed to take the cancellation; the case was
     *     confirmed
     */
    public ExceptionCase confirm(CaseId id, String actor, String reason) {
        return confirm(id, null, actor, reason);
    }

    /**
     * As {@link #confirm(CaseId, String, String)}, refusing a case that is no longer at the
     * version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who confirms, not blank
     * @param reason why the order is cancelled, as told to the customer, not blank
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase confirm(CaseId id, long expectedVersion, String actor, String reason) {
        return confirm(id, Long.valueOf(expectedVersion), actor, reason);
    }

    private ExceptionCase confirm(CaseId id, Long expectedVersion, String actor, String reason) {
        Args.text(reason, "reason");
        return act(id, expectedVersion, actor, CaseAction.CONFIRM, reason, null, (current, d, now) -> {
            d.closure = new Closure(actor, now, reason, null);
        });
    }

    /**
     * Dismisses an open advisory case. A blocking case is refused: use
     * {@link #ignore(CaseId, String, String, IgnoreOverride)}.
     *
     * @param id the case, never null
     * @param actor who ignores it, not blank
     * @param note why, not blank
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed, or blocking
     * @throws CaseConflictException when the case changed concurrently
     */
    public ExceptionCase ignore(CaseId id, String actor, String note) {
        return ignore(id, null, actor, note, null);
    }

    /**
     * Dismisses an open case, blocking or not, with an override naming who allowed it and why.
     * Releases the order when this was its last open blocking case.
     *
     * @param id the case, never null
     * @param actor who ignores it, not blank
     * @param note why, not blank
     * @param override who overrode the block and why, never null
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is closed
     * @throws CaseConflictException when the case changed concurrently
     * @throws OrderFlowException when the host failed to take the release; the case was ignored
     */
    public ExceptionCase ignore(CaseId id, String actor, String note, IgnoreOverride override) {
        return ignore(id, null, actor, note, Args.required(override, "override"));
    }

    /**
     * As {@link #ignore(CaseId, String, String, IgnoreOverride)}, refusing a case that is no
     * longer at the version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who ignores it, not blank
     * @param note why, not blank
     * @param override who overrode the block and why; null for an advisory case
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     * @throws IllegalTransitionException when the case is blocking and {@code override} is null
     */
    public ExceptionCase ignore(CaseId id, long expectedVersion, String actor, String note, IgnoreOverride override) {
        return ignore(id, Long.valueOf(expectedVersion), actor, note, override);
    }

    private ExceptionCase ignore(CaseId id, Long expectedVersion, String actor, String note, IgnoreOverride override) {
        Args.text(note, "note");
        return act(id, expectedVersion, actor, CaseAction.IGNORE, note, override, (current, d, now) -> {
            if (current.blocking() && override == null) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.IGNORE,
                        "cannot ignore a blocking case without an override naming who and why");
            }
            d.closure = new Closure(actor, now, note, override);
        });
    }

    /**
     * Opens a RESOLVED or IGNORED case again: it re-enters its queue with a fresh due time and,
     * when blocking, holds the order again. Refused on a cancelled order.
     *
     * @param id the case, never null
     * @param actor who reopens it, not blank
     * @param note why; null for nothing
     * @return the case after the change
     * @throws UnknownCaseException when there is no such case
     * @throws IllegalTransitionException when the case is not RESOLVED or IGNORED, or the order
     *     was cancelled
     * @throws CaseConflictException when the case changed concurrently
     * @throws OrderFlowException when the host failed to take the hold; the case was reopened
     */
    public ExceptionCase reopen(CaseId id, String actor, String note) {
        return reopen(id, null, actor, note);
    }

    /**
     * As {@link #reopen(CaseId, String, String)}, refusing a case that is no longer at the
     * version the caller read.
     *
     * @param id the case, never null
     * @param expectedVersion the version the caller read
     * @param actor who reopens it, not blank
     * @param note why; null for nothing
     * @return the case after the change
     * @throws CaseConflictException when the case is not at {@code expectedVersion}
     */
    public ExceptionCase reopen(CaseId id, long expectedVersion, String actor, String note) {
        return reopen(id, Long.valueOf(expectedVersion), actor, note);
    }

    private ExceptionCase reopen(CaseId id, Long expectedVersion, String actor, String note) {
        return act(id, expectedVersion, actor, CaseAction.REOPEN, note, null, (current, d, now) -> {
            if (isCancelled(store.findByOrder(id.orderId()))) {
                throw new IllegalTransitionException(id, current.state(), CaseAction.REOPEN,
                        "cannot reopen a case of a cancelled order");
            }
            d.closure = null;
            d.openedAt = now;
            d.dueAt = dueAt(d.priority, d.mark, now);
        });
    }

    @FunctionalInterface
    private interface Edit {
        void apply(ExceptionCase current, CaseDraft draft, Instant now);
    }

    private ExceptionCase act(CaseId id, Long expectedVersion, String actor, CaseAction action, String note,
            IgnoreOverride override, Edit edit) {
        Args.required(id, "id");
        Args.text(actor, "actor");
        ExceptionCase current = store.find(id).orElseThrow(() -> new UnknownCaseException(id));
        if (expectedVersion != null && current.version() != expectedVersion) {
            throw new CaseConflictException(id, expectedVersion, current.version());
        }
        CaseState nextState = current.state().after(action).orElseThrow(() -> new IllegalTransitionException(id,
                current.state(), action, "cannot " + action.verb() + " a case that is " + current.state()));
        Instant now = clock.instant();
        CaseDraft d = next(current, nextState, now);
        edit.apply(current, d, now);
        ExceptionCase changed = d.build();
        store.update(changed, List.of(AuditEntry.transition(current, changed, actor, action, note)));
        Effects effects = new Effects();
        if (action == CaseAction.REOPEN) {
            effects.opened(changed);
        }
        finish(id.orderId(), effects);
        return changed;
    }

    // ------------------------------------------------------------------ reading

    /**
     * @param id a case, never null
     * @return its current version, or empty when there is no such case
     */
    public Optional<ExceptionCase> find(CaseId id) {
        return store.find(Args.required(id, "id"));
    }

    /**
     * @param orderId an order, not blank
     * @return the order's cases, rule cases and marks, in the order they were first opened
     */
    public List<ExceptionCase> cases(String orderId) {
        return store.findByOrder(Args.text(orderId, "orderId"));
    }

    /**
     * Derives the order's status from its cases now; does not tell the host anything.
     *
     * @param orderId an order, not blank
     * @return whether it is held or cancelled, and by which cases
     */
    public OrderStatus status(String orderId) {
        Args.text(orderId, "orderId");
        return status(orderId, store.findByOrder(orderId));
    }

    private static OrderStatus status(String orderId, List<ExceptionCase> cases) {
        boolean cancelled = isCancelled(cases);
        List<CaseId> open = cases.stream().filter(ExceptionCase::isOpen).map(ExceptionCase::id).toList();
        List<CaseId> blocking = cases.stream().filter(ExceptionCase::holdsOrder).map(ExceptionCase::id).toList();
        return new OrderStatus(orderId, !cancelled && !blocking.isEmpty(), cancelled, open, blocking);
    }

    /**
     * A department's queue as of now: its open cases by priority (P1 first), then customer tier
     * (VIP, REGULAR, NEW, unknown), then age (oldest first), each flagged when overdue.
     *
     * @param department a department, never null
     * @return the queue, never null
     */
    public List<QueueEntry> queue(Department department) {
        Args.required(department, "department");
        Instant now = clock.instant();
        return store.findOpen(department).stream().sorted(QUEUE_ORDER).map(c -> entry(c, now)).toList();
    }

    /**
     * Finds the overdue open cases and tells each department's staff about theirs, at most once
     * per case within the notification window. Meant to be called by the host's scheduled job,
     * every minute or so.
     *
     * @return every overdue open case as of now, in queue order across departments
     */
    public List<QueueEntry> checkOverdue() {
        Instant now = clock.instant();
        guard.purge(now);
        List<QueueEntry> overdue = store.findOpen().stream().filter(c -> c.isOverdueAt(now)).sorted(QUEUE_ORDER)
                .map(c -> entry(c, now)).toList();
        for (QueueEntry e : overdue) {
            ExceptionCase c = e.exceptionCase();
            if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OVERDUE, c.department()), now)) {
                sendStaff(new StaffNotification(NotificationKind.CASE_OVERDUE, c.department(), c.id(), c.priority(),
                        c.assignee(), c.dueAt(), Notifications.overdue(c), staffChannels, now));
            }
        }
        return overdue;
    }

    /**
     * @param orderId an order, not blank
     * @return the order's audit trail as of now, oldest entry first
     */
    public AuditTrail trail(String orderId) {
        Args.text(orderId, "orderId");
        return new AuditTrail(orderId, store.trail(orderId));
    }

    /**
     * Derives the order's hold again and tells the host what it was not yet told: the call to
     * retry after an {@link OrderFlowException}. Harmless when there is nothing to tell.
     *
     * @param orderId an order, not blank
     * @return the order's status
     * @throws OrderFlowException when the host failed again
     */
    public OrderStatus syncOrder(String orderId) {
        Args.text(orderId, "orderId");
        return finish(orderId, new Effects());
    }

    /** @return the clock every time is read from */
    public Clock clock() {
        return clock;
    }

    /** @return the response target of each priority */
    public ResponseTargets responseTargets() {
        return targets;
    }

    /** @return the window within which a repeat notification of one kind for one case is suppressed */
    public Duration notificationWindow() {
        return notificationWindow;
    }

    // ------------------------------------------------------------------ internals

    private QueueEntry entry(ExceptionCase c, Instant now) {
        Duration age = Duration.between(c.openedAt(), now);
        return new QueueEntry(c, age.isNegative() ? Duration.ZERO : age, c.isOverdueAt(now));
    }

    private static int tierRank(CustomerTier tier) {
        if (tier == null) {
            return 3;
        }
        return switch (tier) {
            case VIP -> 0;
            case REGULAR -> 1;
            case NEW -> 2;
        };
    }

    private Instant dueAt(Priority priority, MarkRequest mark, Instant openedAt) {
        if (mark != null && mark.delayUntil() != null && mark.delayUntil().isAfter(openedAt)) {
            return mark.delayUntil();
        }
        return openedAt.plus(targets.of(priority));
    }

    private static CaseDraft next(ExceptionCase current, CaseState state, Instant now) {
        CaseDraft d = CaseDraft.of(current);
        d.version = current.version() + 1;
        d.state = state;
        d.updatedAt = now;
        return d;
    }

    private static ExceptionCase close(ExceptionCase current, CaseState state, String actor, String note,
            IgnoreOverride override, Instant now) {
        CaseDraft d = next(current, state, now);
        d.closure = new Closure(actor, now, note, override);
        return d.build();
    }

    private static boolean isCancelled(List<ExceptionCase> cases) {
        return cases.stream().anyMatch(c -> c.state() == CaseState.CONFIRMED);
    }

    private static <T> T retrying(Supplier<T> attempt) {
        CaseConflictException last = null;
        for (int i = 0; i < SYSTEM_ATTEMPTS; i++) {
            try {
                return attempt.get();
            } catch (CaseConflictException e) {
                last = e;
            }
        }
        throw last;
    }

    private ReentrantLock lockOf(String orderId) {
        return orderLocks[Math.floorMod(orderId.hashCode(), orderLocks.length)];
    }

    /** Derives the hold, tells the host, then sends the collected notifications. */
    private OrderStatus finish(String orderId, Effects effects) {
        try {
            return syncHold(orderId, effects);
        } finally {
            effects.send();
        }
    }

    private OrderStatus syncHold(String orderId, Effects effects) {
        ReentrantLock lock = lockOf(orderId);
        lock.lock();
        try {
            List<AuditEntry> trail = store.trail(orderId);
            boolean toldCancelled = false;
            boolean toldHeld = false;
            for (AuditEntry e : trail) {
                if (e.action() instanceof OrderSignal signal) {
                    switch (signal) {
                        case CANCELLED -> toldCancelled = true;
                        case HELD -> toldHeld = true;
                        case RELEASED -> toldHeld = false;
                    }
                }
            }
            List<ExceptionCase> cases = store.findByOrder(orderId);
            Optional<ExceptionCase> confirmed = cases.stream().filter(c -> c.state() == CaseState.CONFIRMED)
                    .min(Comparator.comparing((ExceptionCase c) -> c.closure().at()).thenComparing(c -> c.id().toString()));
            if (confirmed.isPresent()) {
                return cancel(orderId, confirmed.get(), cases, toldCancelled, effects);
            }
            OrderStatus status = status(orderId, cases);
            Instant now = clock.instant();
            if (status.held() && !toldHeld) {
                tell(orderId, OrderSignal.HELD, () -> orderFlow.hold(orderId, status.blockingCases()));
                store.append(orderId, List.of(AuditEntry.held(orderId, status.blockingCases(), now)));
            } else if (!status.held() && toldHeld) {
                tell(orderId, OrderSignal.RELEASED, () -> orderFlow.release(orderId));
                store.append(orderId, List.of(AuditEntry.released(orderId, now)));
            }
            return status;
        } finally {
            lock.unlock();
        }
    }

    private OrderStatus cancel(String orderId, ExceptionCase confirmed, List<ExceptionCase> cases, boolean told,
            Effects effects) {
        String closing = "order cancelled: case " + confirmed.id() + " was confirmed";
        for (ExceptionCase c : cases) {
            if (c.isOpen()) {
                retrying(() -> {
                    ExceptionCase current = store.find(c.id()).orElseThrow(() -> new UnknownCaseException(c.id()));
                    if (current.isOpen()) {
                        Instant now = clock.instant();
                        ExceptionCase closed = close(current, CaseState.RESOLVED, SYSTEM, closing, null, now);
                        store.update(closed, List.of(AuditEntry.transition(current, closed, SYSTEM,
                                CaseAction.RESOLVE, closing)));
                    }
                    return current;
                });
            }
        }
        if (!told) {
            String reason = confirmed.closure().note();
            tell(orderId, OrderSignal.CANCELLED, () -> orderFlow.cancel(orderId, reason, confirmed.id()));
            Instant now = clock.instant();
            store.append(orderId, List.of(AuditEntry.cancelled(confirmed, now)));
            effects.customer(NotificationKind.ORDER_CANCELLED, confirmed, Notifications.cancelled(orderId, reason));
        }
        return status(orderId, store.findByOrder(orderId));
    }

    private void tell(String orderId, OrderSignal signal, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw new OrderFlowException(orderId, signal, e);
        }
    }

    private void sendStaff(StaffNotification n) {
        try {
            notifier.notifyStaff(n);
        } catch (RuntimeException e) {
            LOG.warn("staff notification {} for case {} failed", n.kind(), n.caseId(), e);
        }
    }

    private void sendCustomer(CustomerNotification n) {
        try {
            notifier.notifyCustomer(n);
        } catch (RuntimeException e) {
            LOG.warn("customer notification {} for case {} failed", n.kind(), n.caseId(), e);
        }
    }

    /** The notifications of one change, sent once the hold was derived. */
    private final class Effects {
        private final List<Runnable> pending = new ArrayList<>();

        void opened(ExceptionCase c) {
            staffOpened(c);
            if (c.customerMessage() != null) {
                customer(NotificationKind.CUSTOMER_PROGRESS, c, c.customerMessage());
            }
        }

        void staffOpened(ExceptionCase c) {
            pending.add(() -> {
                Instant now = clock.instant();
                if (guard.allow(new RepeatGuard.Key(c.id(), NotificationKind.CASE_OPENED, c.department()), now)) {
                    sendStaff(new StaffNotification(NotificationKind.CASE_OPENED, c.department(), c.id(), c.priority(),
                            c.assignee(), c.dueAt(), Notifications.opened(c), staffChannels, now));
                }
            });
        }

        void customer(NotificationKind kind, ExceptionCase c, LocalizedText message) {
            pending.add(() -> {
                Instant now = clock.instant();
                if (guard.allow(new RepeatGuard.Key(c.id(), kind, null), now)) {
                    sendCustomer(new CustomerNotification(kind, c.orderId(), c.customerId(), c.id(), message,
                            customerChannels, now));
                }
            });
        }

        void send() {
            pending.forEach(Runnable::run);
        }
    }

    private record Outcome(Kind kind, ExceptionCase exceptionCase) {
        enum Kind { OPENED, REOPENED, UPDATED, RESOLVED, UNCHANGED }

        void addTo(List<ExceptionCase> opened, List<ExceptionCase> reopened, List<ExceptionCase> updated,
                List<ExceptionCase> resolved, List<CaseId> unchanged) {
            switch (kind) {
                case OPENED -> opened.add(exceptionCase);
                case REOPENED -> reopened.add(exceptionCase);
                case UPDATED -> updated.add(exceptionCase);
                case RESOLVED -> resolved.add(exceptionCase);
                case UNCHANGED -> unchanged.add(exceptionCase.id());
            }
        }
    }

    /**
     * Configures an {@link ExceptionHandling}. The notifier and the order flow are required; the
     * defaults are the system clock in the default zone, a new {@link InMemoryCaseStore}, the
     * {@linkplain ResponseTargets#standard() standard response targets}, a 30-minute notification
     * window, staff on {@link Channel#IN_APP} and customers on {@link Channel#SMS}.
     *
     * <p>Mutable and single-threaded; {@link #build()} copies what it needs.
     */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private CaseStore store;
        private Notifier notifier;
        private OrderFlow orderFlow;
        private ResponseTargets targets = ResponseTargets.standard();
        private Duration notificationWindow = Duration.ofMinutes(30);
        private Set<Channel> staffChannels = EnumSet.of(Channel.IN_APP);
        private Set<Channel> customerChannels = EnumSet.of(Channel.SMS);

        private Builder() {
        }

        /**
         * @param value the clock every time is read from; its zone is the one of audit texts
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Args.required(value, "clock");
            return this;
        }

        /**

         * @param value where cases and trails live

         * @return this builder

         */
        public Builder store(CaseStore value) {
            this.store = Args.required(value, "store");
            return this;
        }

        /**

         * @param value how people are told; required

         * @return this builder

         */
        public Builder notifier(Notifier value) {
            this.notifier = Args.required(value, "notifier");
            return this;
        }

        /**

         * @param value how the host's order flow is told; required

         * @return this builder

         */
        public Builder orderFlow(OrderFlow value) {
            this.orderFlow = Args.required(value, "orderFlow");
            return this;
        }

        /**

         * @param value the response target of every priority

         * @return this builder

         */
        public Builder responseTargets(ResponseTargets value) {
            this.targets = Args.required(value, "responseTargets");
            return this;
        }

        /**
         * @param priority a priority
         * @param target its response target, positive
         * @return this builder
         * @throws InvalidFieldException naming {@code targets[P1]} when the target is not positive
         */
        public Builder responseTarget(Priority priority, Duration target) {
            this.targets = targets.with(priority, target);
            return this;
        }

        /**
         * @param value the window within which a repeat notification of one kind for one case is
         *     suppressed; zero to send every one
         * @return this builder
         * @throws InvalidFieldException naming {@code notificationWindow} when negative
         */
        public Builder notificationWindow(Duration value) {
            Args.required(value, "notificationWindow");
            if (value.isNegative()) {
                throw new InvalidFieldException("notificationWindow", "must not be negative but was " + value);
            }
            this.notificationWindow = value;
            return this;
        }

        /**

         * @param values the channels of staff notifications, at least one

         * @return this builder

         */
        public Builder staffChannels(Channel... values) {
            this.staffChannels = Notifications.channels(values, "staffChannels");
            return this;
        }

        /**

         * @param values the channels of customer notifications, at least one

         * @return this builder

         */
        public Builder customerChannels(Channel... values) {
            this.customerChannels = Notifications.channels(values, "customerChannels");
            return this;
        }

        /**
         * @return a handling front door with this configuration
         * @throws InvalidFieldException naming {@code notifier} or {@code orderFlow} when not set
         */
        public ExceptionHandling build() {
            Args.required(notifier, "notifier");
            Args.required(orderFlow, "orderFlow");
            return new ExceptionHandling(this, store == null ? new InMemoryCaseStore() : store);
        }
    }
}
