package io.omsexception.internal;

import io.omsexception.facts.LineFacts;
import io.omsexception.facts.OrderFacts;
import io.omsexception.facts.ParcelFacts;
import io.omsexception.facts.RefundFacts;
import io.omsexception.facts.SkuFacts;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The guard of one session: host rules are trusted code, but a mistake in one (an {@code update}
 * that re-triggers its own rule, an insert loop, a consequence that takes seconds) must not hang
 * or exhaust the host. Before every firing it checks that
 *
 * <ul>
 *   <li>no rule fires more than {@code maxFirings} times on the facts of one order (firings on
 *       facts of no order, such as inserted objects, count for the session as a whole); a loop is
 *       named after the rule whose inserts or updates drive it, not after a rule it re-triggers;</li>
 *   <li>the session's consequences insert at most {@code maxFirings} facts in all (checked at
 *       each insert, so that a loop inside one consequence stops too);</li>
 *   <li>the session has not run longer than its time budget.</li>
 * </ul>
 *
 * On the first violation it halts the session, and {@link #check()} throws a
 * {@link RuleGuardException} naming the rule. It listens to inserts, updates and deletes only while
 * a consequence runs (from before a firing to after it): the engine's own inserts of an order's facts
 * then cost no event. Single-threaded, like its session.
 */
final class RuleGuard extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    /** Counts firings of matches that involve facts of no order. */
    private static final Object NO_ORDER = new Object();

    private final CompiledRules rules;
    private final int maxFirings;
    private final long budgetNanos;
    private long deadline;
    private final Map<Object, Map<Rule, int[]>> firings = new IdentityHashMap<>();
    /** The rules whose consequences inserted, updated or deleted facts: the ones that can re-trigger rules. */
    private final Map<Rule, Boolean> changers = new IdentityHashMap<>();
    private int inserted;
    private String violation;
    /** The session whose consequences it watches; null until {@link #attach}. */
    private KieSession session;
    private boolean listening;

    /**
     * @param rules the compiled rules, for rule names
     * @param maxFirings how often one rule may fire per order, and how many facts consequences may insert
     * @param budget how long the session may run, from now
     */
    RuleGuard(CompiledRules rules, int maxFirings, Duration budget) {
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.budgetNanos = budget.toNanos();
        this.deadline = System.nanoTime() + budgetNanos;
    }

    /**
     * Guards a session: adds itself as its agenda listener, and as its rule runtime listener around
     * each firing.
     *
     * @param guarded the session, never null; this guard's only one
     */
    void attach(KieSession guarded) {
        this.session = guarded;
        guarded.addEventListener((AgendaEventListener) this);
    }

    /** Starts the guard again for the next run of a kept session: counts cleared, budget from now. */
    void restart() {
        if (listening) {
            // a consequence that threw never reached afterMatchFired
            session.removeEventListener((RuleRuntimeEventListener) this);
            listening = false;
        }
        firings.clear();
        changers.clear();
        inserted = 0;
        violation = null;
        deadline = System.nanoTime() + budgetNanos;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        if (violation != null) {
            return;
        }
        Rule rule = event.getMatch().getRule();
        Object order = orderOf(event.getMatch().getObjects());
        int[] count = firings.computeIfAbsent(order == null ? NO_ORDER : order, o -> new IdentityHashMap<>(4))
                .computeIfAbsent(rule, r -> new int[1]);
        // A loop is named after the rule that drives it: a rule re-triggered by another rule's
        // update may reach the limit first, so it trips only when no rule changes facts, or at
        // twice the limit.
        if (++count[0] > maxFirings
                && (changers.isEmpty() || changers.containsKey(rule) || count[0] > 2L * maxFirings)) {
            violation = "rule \"" + name(rule) + "\" fired more than " + maxFirings + " times"
                    + (order instanceof OrderFacts o ? " on order " + o.getOrderId() : "");
        } else if (System.nanoTime() - deadline > 0) {
            violation = "rule \"" + name(rule) + "\" was about to fire after the time budget of "
                    + Duration.ofNanos(budgetNanos).toMillis() + " ms of its batch was spent";
        }
        if (violation != null) {
            event.getKieRuntime().halt();
        } else if (!listening && session != null) {
            // the consequence's inserts, updates and deletes, until afterMatchFired
            session.addEventListener((RuleRuntimeEventListener) this);
            listening = true;
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (listening) {
            session.removeEventListener((RuleRuntimeEventListener) this);
            listening = false;
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            changers.put(event.getRule(), Boolean.TRUE);
        }
        if (event.getRule() != null && ++inserted > maxFirings) {
            // thrown into the consequence, so that a loop inside one consequence ends too
            violation = "rule \"" + name(event.getRule()) + "\" inserted more than " + maxFirings + " facts";
            throw new RuleGuardException(violation);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // updates re-trigger rules, which the firing count bounds
        if (event.getRule() != null) {
            changers.put(event.getRule(), Boolean.TRUE);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getRule() != null) {
            changers.put(event.getRule(), Boolean.TRUE);
        }
    }

    /**
     * @throws RuleGuardException when a rule broke the guard during the session
     */
    void check() {
        if (violation != null) {
            throw new RuleGuardException(violation);
        }
    }

    private String name(Rule rule) {
        CompiledRules.RuleInfo info = rules.info(rule);
        return info != null ? info.name() : rule.getName();
    }

    /**
     * @param objects the facts of a match
     * @return the one order whose facts they are; the first when they belong to several (the
     *     findings check refuses a finding raised from such a match); null for none
     */
    static OrderFacts orderOf(List<Object> objects) {
        for (Object o : objects) {
            OrderFacts order = orderOf(o);
            if (order != null) {
                return order;
            }
        }
        return null;
    }

    /**
     * @param fact a fact
     * @return the order it belongs to, or null when it is not an order's fact
     */
    static OrderFacts orderOf(Object fact) {
        if (fact instanceof OrderFacts o) {
            return o;
        }
        if (fact instanceof LineFacts l) {
            return l.getOrder();
        }
        if (fact instanceof SkuFacts s) {
            return s.getOrder();
        }
        if (fact instanceof RefundFacts r) {
            return r.getOrder();
        }
        if (fact instanceof ParcelFacts p) {
            return p.getOrder();
        }
        return null;
    }
}
