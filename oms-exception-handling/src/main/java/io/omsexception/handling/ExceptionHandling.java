package io.omsexception.handling;

import io.omsexception.Department;
import io.omsexception.OrderEvaluation;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 * List<QueueEntry> queue = handling.queue(Department.FINANCE); // most urgent first
 * ExceptionCase seen = queue.get(0).exceptionCase();       // the case as the user saw it
 * handling.resolve(seen, "张三", "customer paid");         // releases the order if it was the last block
 * handling.trail(order.orderId()).toText(zone);            // who did what
 * }</pre>
 *
 * <p><b>Staff actions</b> ({@link #start}, {@link #assign}, {@link #addNote}, {@link #openWorkOrder},
 * {@link #move}, {@link #resolve}, {@link #confirm}, {@link #ignore}, {@link #reopen}) take the case
 * as the person saw it and apply only while the stored case is still at {@code seen.version()};
 * they are derived from the stored case. A case that changed since is refused with
 * {@link CaseConflictException} and not retried (the person decided on what they saw: reload it
 * with {@link #find}); a missing case with {@link UnknownCaseException}, an action its state does
 * not allow with {@link IllegalTransitionException}; these are not repeated on each method. A
 * refused action changes nothing; an {@link OrderFlowException} comes after the change was stored. The
 * system's own work (reconciling, closing the cases of a cancelled order) retries on conflicts.
 *
 * <p><b>Side effects.</b> Each change runs as one unit of the order in the store
 * ({@link CaseStore#inOrder}: serialised per order, also across nodes): the change, its audit
 * entries, the hold derived again, the signal for the host's {@link OrderFlow} when the hold
 * changed ({@link OrderSignal}) and the notifications (at most once per case, kind and department
 * within the notification window) are stored together, the last two in the outbox
 * ({@link Delivery}), which is then delivered at least once, under idempotency keys. When the host
 * fails to take a signal, the method throws {@link OrderFlowException} after the change was
 * stored; {@link #syncOrder} or {@link #deliverPending} sends it again. Every time is read from the
 * configured {@link Clock}, to the microsecond.
 *
 * <p>Immutable configuration; thread-safe: share one instance. Arguments must not be null unless
 * documented; invalid arguments are refused with an {@link InvalidFieldException} naming the
 * argument.
 */
public final class ExceptionHandling {
    /** The actor recorded for what the library does by itself. */
    public static final String SYSTEM = "system";

    private final Clock clock;
    final CaseStore store;
    private final ResponseTargets targets;
    private final Duration notificationWindow;
    final Policy policy;
    final OrderUnits units;
    private final Reconciler reconciler;
    private final Marks marks;
    private final CaseActions actions;
    private final Queues queues;
    private final Delays delays;

    ExceptionHandling(ExceptionHandlingBuilder b, CaseStore store) {
        this.clock = b.clock;
        this.store = store;
        this.targets = b.targets;
        this.notificationWindow = b.notificationWindow;
        Clock clock = new MicrosClock(b.clock);
        this.policy = new Policy(targets, b.holdUntilCancelled, b.quietDuringDelay, b.actionPolicies, b.actionExecutor,
                b.actionAttempts, b.actionBackoff);
        Messenger messenger = new Messenger(clock, notificationWindow, b.staffChannels, b.customerChannels);
        HoldSync holdSync = new HoldSync(store, clock);
        Deliverer deliverer = new Deliverer(store, b.orderFlow, b.notifier, clock,
                new ActionDeliveries(store, policy, clock, b.staffChannels));
        this.units = new OrderUnits(store, holdSync, messenger, deliverer, b.deliverAfterChange);
        this.delays = new Delays(store, clock);
        delays.units(units);
        this.reconciler = new Reconciler(store, clock, policy, units, delays);
        this.marks = new Marks(store, clock, targets, units);
        this.actions = new CaseActions(store, clock, policy, holdSync, units);
        this.queues = new Queues(store, clock, messenger, delays, deliverer, b.deliverAfterChange);
    }

    /** @return a new builder; thread-confined */
    public static ExceptionHandlingBuilder builder() {
        return new ExceptionHandlingBuilder();
    }

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
     */
    public Reconciliation reconcile(Order order, OrderEvaluation evaluation) {
        return reconciler.reconcile(order, evaluation);
    }

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
     */
    public ExceptionCase mark(Order order, MarkRequest request) {
        return marks.mark(order, request);
    }

    /**
     * Takes an OPEN case: it goes IN_PROGRESS and, when nobody has it, is assigned to the actor.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who takes it, not blank
     * @return the case after the change
     * @throws IllegalTransitionException when the case is not OPEN
     */
    public ExceptionCase start(ExceptionCase seen, String actor) {
        return actions.start(seen, actor);
    }

    /**
     * Gives an open case to someone; the state does not change.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who assigns, not blank
     * @param assignee who gets the case, not blank
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed
     */
    public ExceptionCase assign(ExceptionCase seen, String actor, String assignee) {
        return actions.assign(seen, actor, assignee);
    }

    /**
     * Adds a progress note, in any state; the state does not change.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who writes, not blank
     * @param text the note, not blank
     * @return the case after the change
     */
    public ExceptionCase addNote(ExceptionCase seen, String actor, String text) {
        return actions.addNote(seen, actor, text);
    }

    /**
     * Turns an open case into a work order holding the order's facts, the customer's request and
     * an assignee; an OPEN case goes IN_PROGRESS. Progress notes are then added with
     * {@link #addNote}.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who opens the work order, not blank
     * @param order the order's current facts, never null; must be the case's order
     * @param customerRequest what the customer asked for, not blank
     * @param assignee who works on it, not blank
     * @return the case after the change
     * @throws InvalidFieldException naming {@code order.orderId} when the order is another one
     * @throws IllegalTransitionException when the case is closed or already a work order
     */
    public ExceptionCase openWorkOrder(ExceptionCase seen, String actor, Order order, String customerRequest,
            String assignee) {
        return actions.openWorkOrder(seen, actor, order, customerRequest, assignee);
    }

    /**
     * Closes an open case as fixed. When it was the last open blocking case of the order, the
     * host is told to release the order.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who resolves it, not blank
     * @param note what was done; null for nothing
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed
     */
    public ExceptionCase resolve(ExceptionCase seen, String actor, String note) {
        return actions.resolve(seen, actor, note, null);
    }

    /**
     * {@link #resolve(ExceptionCase, String, String)} with the reason staff picked, for the
     * statistics: {@link ClosingReason#NOT_AN_EXCEPTION} when the order was fine all along.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who resolves it, not blank
     * @param note what was done; null for nothing
     * @param reason why it is closed, never null
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed
     */
    public ExceptionCase resolve(ExceptionCase seen, String actor, String note, ClosingReason reason) {
        return actions.resolve(seen, actor, note, Args.required(reason, "reason"));
    }

    /**
     * Confirms that the exception is real: the case is closed as CONFIRMED (final), the host is
     * told to cancel the order, the customer is notified with the reason, and the order's other
     * open cases are resolved by {@value #SYSTEM}.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who confirms, not blank
     * @param reason why the order is cancelled, as told to the customer, not blank
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed
     */
    public ExceptionCase confirm(ExceptionCase seen, String actor, String reason) {
        return actions.confirm(seen, actor, reason, List.of());
    }

    /**
     * Confirms the exception for some lines only: the case is closed as CONFIRMED, the host is
     * told to cancel those lines ({@link OrderFlow#cancelLines}), the customer is told which and
     * why; the order goes on, released when nothing else holds it.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who confirms, not blank
     * @param reason why the lines are cancelled, as told to the customer, not blank
     * @param lineIds the lines to cancel, each once; empty cancels the whole order as
     *     {@link #confirm(ExceptionCase, String, String)}
     * @return the case after the change
     * @throws InvalidFieldException naming {@code lineIds[i]} when blank or repeated
     * @throws IllegalTransitionException when the case is closed, or the order was cancelled
     */
    public ExceptionCase confirm(ExceptionCase seen, String actor, String reason, List<String> lineIds) {
        return actions.confirm(seen, actor, reason, lineIds);
    }

    /**
     * Moves an open case to another department's queue; the state does not change, the move is
     * audited ({@code department A → B}) and the new department is told. Re-evaluation keeps the
     * department staff chose.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who moves it, not blank
     * @param department the new department, never null, not the case's
     * @param note why; null for nothing
     * @return the case after the change
     * @throws InvalidFieldException naming {@code department} when it is the case's
     * @throws IllegalTransitionException when the case is closed, or the order was cancelled
     */
    public ExceptionCase move(ExceptionCase seen, String actor, Department department, String note) {
        return actions.move(seen, actor, department, note);
    }

    /**
     * Dismisses an open advisory case. A blocking case is refused: use
     * {@link #ignore(ExceptionCase, String, String, IgnoreOverride)}.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who ignores it, not blank
     * @param note why, not blank
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed, or blocking
     */
    public ExceptionCase ignore(ExceptionCase seen, String actor, String note) {
        return actions.ignore(seen, actor, note, null);
    }

    /**
     * Dismisses an open case, blocking or not, with an override naming who allowed it and why.
     * Releases the order when this was its last open blocking case.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who ignores it, not blank
     * @param note why, not blank
     * @param override who overrode the block and why, never null
     * @return the case after the change
     * @throws IllegalTransitionException when the case is closed
     */
    public ExceptionCase ignore(ExceptionCase seen, String actor, String note, IgnoreOverride override) {
        return actions.ignore(seen, actor, note, Args.required(override, "override"));
    }

    /**
     * Opens a RESOLVED or IGNORED case again: it re-enters its queue with a fresh due time and,
     * when blocking, holds the order again. Refused on a cancelled order.
     *
     * @param seen the case as the actor saw it, never null
     * @param actor who reopens it, not blank
     * @param note why; null for nothing
     * @return the case after the change
     * @throws IllegalTransitionException when the case is not RESOLVED or IGNORED, or the order
     *     was cancelled
     */
    public ExceptionCase reopen(ExceptionCase seen, String actor, String note) {
        return actions.reopen(seen, actor, note);
    }

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
        return OrderStatus.of(orderId, store.findByOrder(orderId));
    }

    /**
     * A department's queue as of now: its open cases by priority (P1 first), then customer tier
     * (VIP, REGULAR, NEW, unknown), then age (oldest first), each flagged when overdue.
     *
     * @param department a department, never null
     * @return the queue, never null
     */
    public List<QueueEntry> queue(Department department) {
        return queues.queue(department);
    }

    /**
     * Finds the overdue open cases and tells each department's staff about theirs, at most once
     * per case within the notification window. Meant to be called by the host's scheduled job,
     * every minute or so.
     *
     * @return every overdue open case as of now, in queue order across departments
     */
    public List<QueueEntry> checkOverdue() {
        return queues.checkOverdue();
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
        return units.sync(orderId);
    }

    /**
     * Resolves, as {@value #SYSTEM}, every open mark whose delay ended, releasing its order when
     * nothing else holds it; {@link #checkOverdue()} and {@link #reconcile} do it too.
     *
     * @return the marks resolved
     */
    public List<ExceptionCase> endDelays() {
        return delays.endDelays();
    }

    /**
     * Delivers the outbox of every order that has pending deliveries (at most {@code 1000}
     * orders a call): what a host failed to take, what a crashed node committed but never sent, and
     * everything when delivery after each change is off. A failing signal stays pending and the
     * next order is delivered. Meant for the host's scheduled job.
     *
     * @return how many deliveries reached the host
     */
    public int deliverPending() {
        return units.deliverPending(1000);
    }

    /**
     * @param orderId an order, not blank
     * @return its undelivered signals and notifications, oldest first
     */
    public List<Delivery> pending(String orderId) {
        return store.pending(Args.text(orderId, "orderId"));
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
}
