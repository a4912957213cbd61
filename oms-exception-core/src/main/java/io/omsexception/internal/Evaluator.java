package io.omsexception.internal;

import io.omsexception.BatchResult;
import io.omsexception.ExceptionDefinition;
import io.omsexception.Finding;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.facts.OrderFacts;
import io.omsexception.facts.Parameters;
import io.omsexception.facts.ReferenceIndex;
import io.omsexception.facts.StockAllocation;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs orders through a session of the shared knowledge base and assembles the findings.
 *
 * <p>A single order runs on a kept session ({@link WarmSessions}): the run inserts the order's
 * facts, fires and deletes them again, so the call pays neither for building a session nor for
 * resetting one; a kept session whose run threw is disposed. Several orders run on a session of
 * the knowledge base's pool, which disposing resets (facts, agenda, globals, listeners) and hands
 * back: one reset per batch of 100 costs less than deleting the batch's hundreds of facts. Each
 * call takes its own session and gives it back when done; a session is never used by two threads
 * at once.
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final Comparator<Finding> RESULT_ORDER = Comparator
            .comparing(Finding::priority)
            .thenComparing(f -> !f.blocking())
            .thenComparing(Finding::code);

    private final CompiledRules rules;
    private final Parameters parameters;
    private final int maxRuleFirings;
    private final java.time.Duration timeBudget;
    private final WarmSessions sessions;
    private final KieSessionsPool pool;
    private final RuleStatistics statistics;
    private final Suppressions suppressions;
    /** The index of the reference data seen last: hosts pass one instance for many calls. */
    private final AtomicReference<ReferenceIndex> lastIndex = new AtomicReference<>();

    /**
     * @param rules the compiled rules
     * @param parameters the resolved parameters
     * @param maxRuleFirings how often one rule may fire per order in a session ({@link RuleGuard})
     * @param timeBudget how long one session may run
     */
    public Evaluator(CompiledRules rules, Parameters parameters, int maxRuleFirings, java.time.Duration timeBudget) {
        this.rules = rules;
        this.parameters = parameters;
        this.maxRuleFirings = maxRuleFirings;
        this.timeBudget = timeBudget;
        this.sessions = new WarmSessions(rules, parameters, maxRuleFirings, timeBudget);
        // the pool grows by itself to the number of threads that evaluate batches at once, and keeps them
        this.pool = rules.kieBase().newKieSessionsPool(1);
        this.statistics = new RuleStatistics(rules);
        if (parameters != null) {
            // one session up front (its creation loads the session classes once, at build time)
            sessions.release(sessions.take());
        }
        this.suppressions = new Suppressions(rules.definitions());
    }

    /**
     * Evaluates orders in one session. Thread-safe: every call has its own session. The orders'
     * stock is allocated among them alone, in order.
     *
     * @param orders the orders
     * @param reference the reference data
     * @param asOf the reference time
     * @return one evaluation per order, in order
     */
    public List<OrderEvaluation> evaluate(List<Order> orders, ReferenceData reference, OffsetDateTime asOf) {
        ReferenceIndex index = indexOf(reference);
        StockAllocation allocation = new StockAllocation();
        List<OrderFacts> facts = new ArrayList<>(orders.size());
        for (Order order : orders) {
            facts.add(new OrderFacts(order, index, asOf, parameters, allocation));
        }
        return run(facts);
    }

    /**
     * Runs derived orders through one session and assembles their findings, in order: one order on
     * a kept session, several on a pooled one.
     */
    private List<OrderEvaluation> run(List<OrderFacts> facts) {
        return facts.size() == 1 ? runKept(facts) : runPooled(facts);
    }

    /** One order: a kept session, whose run deletes its few facts again instead of a reset. */
    private List<OrderEvaluation> runKept(List<OrderFacts> facts) {
        WarmSessions.Warm warm = sessions.take();
        List<OrderEvaluation> results;
        try {
            for (OrderFacts f : facts) {
                insertAll(f, warm::insert);
            }
            warm.session.fireAllRules();
            warm.guard.check();
            results = assembleAll(facts, warm.findings);
        } catch (RuntimeException e) {
            // a failed run's session is never used again
            sessions.discard(warm);
            RuleGuardException violation = RuleGuardException.in(e);
            throw violation != null ? violation : e;
        }
        sessions.release(warm);
        return results;
    }

    /**
     * Several orders: a session of the pool, reset when disposed; one reset per batch costs less
     * than deleting each of its hundreds of facts.
     */
    private List<OrderEvaluation> runPooled(List<OrderFacts> facts) {
        SessionFindings findings = new SessionFindings(rules);
        KieSession session = pool.newKieSession();
        try {
            if (rules.declaresFindings()) {
                session.setGlobal("findings", findings);
            }
            session.addEventListener(findings);
            RuleGuard guard = new RuleGuard(rules, maxRuleFirings, timeBudget);
            guard.attach(session);
            session.insert(parameters);
            for (OrderFacts f : facts) {
                insertAll(f, session::insert);
            }
            session.fireAllRules();
            guard.check();
        } catch (RuntimeException e) {
            RuleGuardException violation = RuleGuardException.in(e);
            throw violation != null ? violation : e;
        } finally {
            // back to the pool; reset clears facts, agenda, globals and listeners, also after a failure
            session.dispose();
        }
        return assembleAll(facts, findings);
    }

    private static void insertAll(OrderFacts f, java.util.function.Consumer<Object> insert) {
        insert.accept(f);
        insertEach(f.getLines(), insert);
        insertEach(f.getSkus(), insert);
        insertEach(f.getRefunds(), insert);
        insertEach(f.getParcels(), insert);
    }

    private static void insertEach(List<?> facts, java.util.function.Consumer<Object> insert) {
        for (int i = 0; i < facts.size(); i++) {
            insert.accept(facts.get(i));
        }
    }

    private List<OrderEvaluation> assembleAll(List<OrderFacts> facts, SessionFindings findings) {
        List<OrderEvaluation> results = new ArrayList<>(facts.size());
        for (OrderFacts f : facts) {
            results.add(assemble(f, findings.hitsOf(f)));
        }
        statistics.record(findings.fired(), results);
        return results;
    }

    /** @return the firings and findings counted since this evaluator was made */
    public RuleStatistics statistics() {
        return statistics;
    }

    /**
     * @param reference reference data
     * @return its index: the one made last when the same instance is given again (reference data
     *     is immutable), else a new one
     */
    ReferenceIndex indexOf(ReferenceData reference) {
        ReferenceIndex last = lastIndex.get();
        if (last != null && last.reference() == reference) {
            return last;
        }
        ReferenceIndex index = ReferenceIndex.of(reference);
        lastIndex.set(index);
        return index;
    }

    /**
     * Evaluates orders in sessions of {@code batchSize}; when a session fails, its orders are
     * evaluated one by one, and each order that still fails becomes an error. Every order comes
     * back exactly once.
     *
     * @param orders the orders
     * @param firstIndex the position of the first order in its request
     * @param reference the reference data
     * @param asOf the reference time
     * @param batchSize orders per session
     * @param allocation what earlier orders of the request took of the stock; the orders take theirs
     *     from what is left, in order (derived once, so a retried order takes nothing twice)
     * @return the results and errors, each in order
     */
    public BatchResult evaluateBatch(List<Order> orders, int firstIndex, ReferenceData reference, OffsetDateTime asOf,
            int batchSize, StockAllocation allocation) {
        ReferenceIndex index = indexOf(reference);
        List<OrderEvaluation> results = new ArrayList<>(orders.size());
        List<OrderError> errors = new ArrayList<>();
        for (int from = 0; from < orders.size(); from += batchSize) {
            int to = Math.min(orders.size(), from + batchSize);
            List<OrderFacts> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(new OrderFacts(orders.get(i), index, asOf, parameters, allocation));
            }
            evaluateChunk(chunk, firstIndex + from, results, errors);
        }
        return new BatchResult(results, errors);
    }

    private void evaluateChunk(List<OrderFacts> chunk, int firstIndex, List<OrderEvaluation> results,
            List<OrderError> errors) {
        try {
            results.addAll(run(chunk));
            return;
        } catch (RuleGuardException e) {
            // a rule broke the guard: the session's orders fail together, at once (retrying them one
            // by one could spend the time budget once per order)
            LOG.warn("a session of {} orders failed: {}", chunk.size(), e.getMessage());
            for (int i = 0; i < chunk.size(); i++) {
                errors.add(new OrderError(firstIndex + i, chunk.get(i).getOrderId(), "", "evaluation failed: " + e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            LOG.debug("a session of {} orders failed; evaluating them one by one", chunk.size(), e);
        }
        for (int i = 0; i < chunk.size(); i++) {
            OrderFacts order = chunk.get(i);
            try {
                results.addAll(run(List.of(order)));
            } catch (RuleGuardException e) {
                errors.add(new OrderError(firstIndex + i, order.getOrderId(), "", "evaluation failed: " + e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("order {} could not be evaluated", order.getOrderId(), e);
                errors.add(new OrderError(firstIndex + i, order.getOrderId(), "", "evaluation failed: " + rootMessage(e)));
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private OrderEvaluation assemble(OrderFacts order, Map<String, SessionFindings.Hit> hits) {
        if (hits.isEmpty()) {
            return new OrderEvaluation(order.getOrderId(), false, List.of());
        }
        boolean vip = order.getTier() == io.omsexception.model.CustomerTier.VIP;
        List<Finding> findings = new ArrayList<>(hits.size());
        boolean blockingOrder = false;
        java.util.Set<String> withdrawn = suppressions.withdrawn(hits.keySet());
        for (SessionFindings.Hit hit : hits.values()) {
            ExceptionDefinition d = hit.firstRule.definition();
            if (withdrawn.contains(d.code())) {
                continue;
            }
            Priority priority = vip ? d.priority().raised() : d.priority();
            boolean blocking = d.blocking().blocks(order.isShipped());
            blockingOrder |= blocking;
            Map<String, Object> evidence = new TreeMap<>(EvidenceKeys.ORDER);
            for (Map.Entry<String, Object> e : hit.evidence.entrySet()) {
                Object v = e.getValue();
                evidence.put(e.getKey(), v instanceof SessionFindings.Merged m ? sortedCopy(m) : v);
            }
            if (vip && priority != d.priority()) {
                evidence.put("customer.tier", "VIP");
            }
            List<String> skus = hit.skusInLineOrder();
            List<Integer> lines = List.copyOf(hit.lines);
            findings.add(new Finding(d.code(), d.category(), priority, d.department(), blocking,
                    d.guidance(), d.customerMessage(), new LinkedHashMap<>(evidence), hit.ruleNames, skus, lines,
                    ActionFiles.bind(d.actions(), evidence, lines, skus, d.code(), order.getOrderId(),
                            order.getTier() == null ? null : order.getTier().name(), order.getLineCount())));
        }
        findings.sort(RESULT_ORDER);
        return new OrderEvaluation(order.getOrderId(), blockingOrder, findings);
    }

    private static List<Object> sortedCopy(List<Object> values) {
        List<Object> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(String::valueOf, EvidenceKeys.ORDER));
        return Collections.unmodifiableList(copy);
    }
}
