package io.omsexception.handling;

import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the actions of open rule cases into work, as the front door's {@link ActionPolicies}
 * decide ({@link ExceptionHandlingBuilder#actionPolicies}): an AUTO action goes to the outbox,
 * audited {@link CaseAction#ACTION_QUEUED}, and the host's {@link ActionExecutor} carries it out
 * at least once, under the idempotency key of its case and type; a PROPOSE action is audited
 * {@link CaseAction#ACTION_PROPOSED} and waits for a person's {@link #approve}; a NEVER action is
 * left to staff. Each action of a case is decided once: running again, after a re-evaluation or
 * a crash, changes nothing for it.
 *
 * <pre>{@code
 * ActionRunner runner = ActionRunner.of(handling);
 * handling.reconcile(order, evaluation);
 * runner.run(order.orderId());          // or runner.runAll(orderIds): VIP customers first
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class ActionRunner {
    private static final Comparator<CustomerTier> VIP_FIRST = Comparator.nullsLast(
            Comparator.comparingInt(t -> t == CustomerTier.VIP ? 0 : t == CustomerTier.REGULAR ? 1 : 2));

    private final CaseStore store;
    private final Policy policy;
    private final OrderUnits units;
    private final Clock clock;

    private ActionRunner(ExceptionHandling handling) {
        this.store = handling.store;
        this.policy = handling.policy;
        this.units = handling.units;
        this.clock = new MicrosClock(handling.clock());
    }

    /**
     * @param handling the front door whose cases, outbox, policies and executor it uses, never null
     * @return the runner
     * @throws IllegalStateException when the front door has no {@link ActionExecutor}
     */
    public static ActionRunner of(ExceptionHandling handling) {
        Args.required(handling, "handling");
        if (handling.policy.executor() == null) {
            throw new IllegalStateException("actionExecutor: set one on the builder to run actions");
        }
        return new ActionRunner(handling);
    }

    /**
     * What one run decided for one order.
     *
     * @param orderId the order
     * @param queued the actions put in the outbox, in case order
     * @param proposed the actions proposed to staff, in case order
     */
    public record Run(String orderId, List<ActionRequest> queued, List<ActionRequest> proposed) {
        /** Copies the lists. */
        public Run {
            queued = List.copyOf(queued);
            proposed = List.copyOf(proposed);
        }
    }

    /**
     * Decides the actions of the order's open rule cases not decided before, then (unless delivery
     * is left to a background job) delivers the order's outbox, which runs the queued actions.
     *
     * @param orderId an order, not blank
     * @return what was queued and proposed now
     * @throws CaseConflictException when a case kept changing under the system's retries
     */
    public Run run(String orderId) {
        Args.text(orderId, "orderId");
        if (store.findByOrder(orderId).stream().noneMatch(c -> c.isOpen() && c.finding() != null
                && !c.finding().actions().isEmpty())) {
            return new Run(orderId, List.of(), List.of()); // nothing to decide: no unit, no delivery
        }
        return units.systemChange(orderId, outbox -> {
            List<ActionRequest> queued = new ArrayList<>();
            List<ActionRequest> proposed = new ArrayList<>();
            Instant now = clock.instant();
            List<AuditEntry> trail = store.trail(orderId);
            for (ExceptionCase c : store.findByOrder(orderId)) {
                if (!c.isOpen() || c.finding() == null) {
                    continue;
                }
                ExceptionCase current = c;
                for (Action action : c.finding().actions()) {
                    if (decided(trail, c.id(), action.type())) {
                        continue;
                    }
                    ActionDecision decision = policy.actions().decide(c, action);
                    if (decision == ActionDecision.NEVER) {
                        continue;
                    }
                    ActionRequest request = request(current, action, ExceptionHandling.SYSTEM);
                    if (decision == ActionDecision.AUTO) {
                        store.enqueue(List.of(Delivery.ofAction(request, now)));
                        queued.add(request);
                    } else {
                        proposed.add(request);
                    }
                    current = record(current, action, decision == ActionDecision.AUTO ? CaseAction.ACTION_QUEUED
                            : CaseAction.ACTION_PROPOSED, ExceptionHandling.SYSTEM, "policy: " + decision, now);
                }
            }
            return new Run(orderId, queued, proposed);
        }).value();
    }

    /**
     * {@link #run} for each order, VIP customers' orders first, then REGULAR, NEW and unknown, each
     * tier in the order given: so their actions reach the executor first.
     *
     * @param orderIds the orders, each once, never null
     * @return what was decided, in the order run
     */
    public List<Run> runAll(Collection<String> orderIds) {
        Args.required(orderIds, "orderIds");
        Map<String, CustomerTier> tiers = new LinkedHashMap<>();
        for (String id : orderIds) {
            List<ExceptionCase> cases = store.findByOrder(Args.text(id, "orderIds[]"));
            tiers.put(id, cases.isEmpty() ? null : cases.get(0).customerTier());
        }
        List<String> ordered = new ArrayList<>(tiers.keySet());
        ordered.sort(Comparator.comparing(tiers::get, VIP_FIRST));
        List<Run> runs = new ArrayList<>();
        for (String id : ordered) {
            runs.add(run(id));
        }
        return runs;
    }

    /**
     * A person approves a proposed action: it goes to the outbox, run as an AUTO one.
     *
     * @param caseId the case, never null
     * @param type the proposed action's type, never null
     * @param actor who approves, not blank
     * @return the request queued
     * @throws UnknownCaseException when there is no such case
     * @throws InvalidFieldException naming {@code type} when no such action of the case is
     *     proposed, or it was queued already
     */
    public ActionRequest approve(CaseId caseId, ActionType type, String actor) {
        Args.required(caseId, "caseId");
        Args.required(type, "type");
        Args.text(actor, "actor");
        return units.change(caseId.orderId(), outbox -> {
            ExceptionCase c = store.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
            List<AuditEntry> trail = store.trail(caseId.orderId());
            Optional<Action> action = c.finding() == null ? Optional.empty() : c.finding().action(type);
            if (action.isEmpty() || !has(trail, caseId, type, CaseAction.ACTION_PROPOSED)) {
                throw new InvalidFieldException("type", "case " + caseId + " has no proposed action " + type);
            }
            if (has(trail, caseId, type, CaseAction.ACTION_QUEUED)) {
                throw new InvalidFieldException("type", "the action " + type + " of case " + caseId + " is queued already");
            }
            Instant now = clock.instant();
            ActionRequest request = request(c, action.get(), actor);
            store.enqueue(List.of(Delivery.ofAction(request, now)));
            record(c, action.get(), CaseAction.ACTION_QUEUED, actor, "approved by " + actor, now);
            return request;
        }).value();
    }

    /**
     * @param orderId an order, not blank
     * @return the proposed actions of its cases that nobody approved yet, in case order
     */
    public List<ActionRequest> proposals(String orderId) {
        Args.text(orderId, "orderId");
        List<AuditEntry> trail = store.trail(orderId);
        List<ActionRequest> out = new ArrayList<>();
        for (ExceptionCase c : store.findByOrder(orderId)) {
            if (c.finding() == null) {
                continue;
            }
            for (Action a : c.finding().actions()) {
                if (has(trail, c.id(), a.type(), CaseAction.ACTION_PROPOSED)
                        && !has(trail, c.id(), a.type(), CaseAction.ACTION_QUEUED)) {
                    out.add(request(c, a, ExceptionHandling.SYSTEM));
                }
            }
        }
        return out;
    }

    private static ActionRequest request(ExceptionCase c, Action action, String decidedBy) {
        return new ActionRequest(ActionRequest.key(c.id(), action), c.id(), c.code(), action, c.customerTier(),
                c.channel(), decidedBy);
    }

    private ExceptionCase record(ExceptionCase current, Action action, CaseAction what, String actor, String note,
            Instant now) {
        ExceptionCase stored = store.find(current.id()).orElseThrow(() -> new UnknownCaseException(current.id()));
        if (stored.version() != current.version()) {
            throw new CaseConflictException(current.id(), current.version(), stored.version());
        }
        ExceptionCase changed = CaseDraft.next(stored, stored.state(), now).build();
        store.update(changed, List.of(ActionDeliveries.entry(stored, changed, actor, what, action, note, now)));
        return changed;
    }

    private static boolean decided(List<AuditEntry> trail, CaseId id, ActionType type) {
        return has(trail, id, type, CaseAction.ACTION_QUEUED) || has(trail, id, type, CaseAction.ACTION_PROPOSED);
    }

    private static boolean has(List<AuditEntry> trail, CaseId id, ActionType type, CaseAction what) {
        for (AuditEntry e : trail) {
            if (e.action() == what && id.equals(e.caseId()) && e.detail() != null
                    && (e.detail().equals(type.name()) || e.detail().startsWith(type.name() + " "))) {
                return true;
            }
        }
        return false;
    }
}
