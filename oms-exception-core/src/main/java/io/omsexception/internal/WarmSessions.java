package io.omsexception.internal;

import io.omsexception.facts.Parameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Sessions kept warm between runs: a session keeps its rule network, its listeners, its
 * {@code findings} global and the {@link Parameters} fact; a run inserts its orders' facts, fires,
 * and deletes exactly those facts again, so that the next run starts from a session equivalent to
 * a fresh one with {@code Parameters} inserted. That spares every call the reset of a pooled
 * session, which walks every node memory of the network (and grows with the number of rules).
 *
 * <p>A session whose run threw, or that the guard halted, is disposed instead of kept: nothing of
 * a failed run reaches a later one. A session that still holds facts after its run's facts were
 * deleted (a consequence inserted some) has them deleted too. The deletions are evaluated by the
 * rule network at the next run's {@code fireAllRules}, together with that run's inserts, so a
 * deletion never fires a rule. A rule that matches {@code Parameters} alone (no fact of an order)
 * fires in a session's first run only; it cannot raise a finding, which is about an order.
 *
 * <p>Thread-safe: a run takes a session from a lock-free queue (or makes one) and gives it back
 * when done, so a session is used by one thread at a time; the queue grows to the number of
 * threads that evaluate at once and keeps those sessions.
 */
final class WarmSessions {
    private final CompiledRules rules;
    private final Parameters parameters;
    private final int maxRuleFirings;
    private final Duration timeBudget;
    private final ConcurrentLinkedQueue<Warm> idle = new ConcurrentLinkedQueue<>();

    /** One kept session with what it keeps. Single-threaded while taken. */
    static final class Warm {
        final KieSession session;
        final SessionFindings findings;
        final RuleGuard guard;
        final FactHandle parametersHandle;
        final long baseFacts;
        final List<FactHandle> handles = new ArrayList<>();

        Warm(KieSession session, SessionFindings findings, RuleGuard guard, FactHandle parametersHandle) {
            this.session = session;
            this.findings = findings;
            this.guard = guard;
            this.parametersHandle = parametersHandle;
            this.baseFacts = session.getFactCount();
        }

        /** Inserts a fact of this run; it is deleted again by {@link WarmSessions#release}. */
        void insert(Object fact) {
            handles.add(session.insert(fact));
        }
    }

    WarmSessions(CompiledRules rules, Parameters parameters, int maxRuleFirings, Duration timeBudget) {
        this.rules = rules;
        this.parameters = parameters;
        this.maxRuleFirings = maxRuleFirings;
        this.timeBudget = timeBudget;
    }

    /** @return a session ready for a run: no order facts, findings and guard cleared */
    Warm take() {
        Warm warm = idle.poll();
        if (warm == null) {
            warm = create();
        }
        warm.findings.clear();
        warm.guard.restart();
        return warm;
    }

    private Warm create() {
        KieSession session = rules.kieBase().newKieSession();
        SessionFindings findings = new SessionFindings(rules);
        if (rules.declaresFindings()) {
            session.setGlobal("findings", findings);
        }
        session.addEventListener(findings);
        RuleGuard guard = new RuleGuard(rules, maxRuleFirings, timeBudget);
        guard.attach(session);
        FactHandle p = session.insert(parameters);
        return new Warm(session, findings, guard, p);
    }

    /**
     * Deletes the run's facts and keeps the session for the next run.
     *
     * @param warm a session from {@link #take()} whose run completed
     */
    void release(Warm warm) {
        try {
            for (FactHandle h : warm.handles) {
                warm.session.delete(h);
            }
            warm.handles.clear();
            if (warm.session.getFactCount() != warm.baseFacts) {
                for (FactHandle h : new ArrayList<FactHandle>(warm.session.getFactHandles())) {
                    if (h != warm.parametersHandle) {
                        warm.session.delete(h);
                    }
                }
            }
            // no fireAllRules here: the deletions propagate at the next run's firing, before its facts
        } catch (RuntimeException e) {
            discard(warm);
            return;
        }
        if (warm.session.getFactCount() == warm.baseFacts) {
            idle.offer(warm);
        } else {
            discard(warm);
        }
    }

    /**
     * Disposes a session whose run failed: it is never used again.
     *
     * @param warm a session from {@link #take()}
     */
    void discard(Warm warm) {
        try {
            warm.session.dispose();
        } catch (RuntimeException ignored) {
            // a broken session is dropped either way
        }
    }
}
