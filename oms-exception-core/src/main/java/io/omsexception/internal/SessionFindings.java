package io.omsexception.internal;

import io.omsexception.facts.Findings;
import io.omsexception.facts.LineFacts;
import io.omsexception.facts.OrderFacts;
import io.omsexception.facts.SkuFacts;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * The {@code findings} global of one session: collects hits per order and code. A finding is
 * about the order whose facts the firing rule matched: raising it on another order (one the rule
 * reached through a global, a static field or a join over two orders) is refused with a
 * {@link RuleGuardException}, so that an order's results never depend on the other orders of its
 * session. Single-threaded.
 */
final class SessionFindings extends DefaultAgendaEventListener implements Findings {

    /** Evidence values merged from several firings; distinct from a list value given by a rule. */
    static final class Merged extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    static final class Hit {
        final CompiledRules.RuleInfo firstRule;
        final List<String> ruleNames = new ArrayList<>(1);
        final Map<String, Object> evidence = new LinkedHashMap<>();
        /** Each SKU with the first line that orders it, so that SKUs come in line order. */
        final Map<String, Integer> skus = new HashMap<>(4);
        final Set<Integer> lines = new TreeSet<>();

        void involve(String sku, int line) {
            skus.merge(sku, line, Math::min);
            lines.add(line);
        }

        List<String> skusInLineOrder() {
            if (skus.isEmpty()) {
                return List.of();
            }
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(skus.entrySet());
            entries.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            return entries.stream().map(Map.Entry::getKey).toList();
        }

        Hit(CompiledRules.RuleInfo rule) {
            this.firstRule = rule;
        }
    }

    private final CompiledRules rules;
    private final Map<OrderFacts, Map<String, Hit>> hits = new IdentityHashMap<>();
    /** Firings per rule in this run, for {@link RuleStatistics}. */
    private final Map<CompiledRules.RuleInfo, int[]> fired = new IdentityHashMap<>();
    private CompiledRules.RuleInfo current;
    private org.kie.api.runtime.rule.Match currentMatch;

    SessionFindings(CompiledRules rules) {
        this.rules = rules;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = rules.info(event.getMatch().getRule());
        currentMatch = event.getMatch();
        if (current != null) {
            fired.computeIfAbsent(current, r -> new int[1])[0]++;
        }
    }

    /** Forgets the hits and firings of the last run, for the next run of a kept session. */
    void clear() {
        hits.clear();
        fired.clear();
        current = null;
        currentMatch = null;
    }

    /** @return the firings per rule since the last {@link #clear()}; live, do not keep */
    Map<CompiledRules.RuleInfo, int[]> fired() {
        return fired;
    }

    @Override
    public void raise(OrderFacts order, Object... evidence) {
        hit(Objects.requireNonNull(order, "order"), evidence);
    }

    @Override
    public void raiseOnLine(LineFacts line, Object... evidence) {
        Objects.requireNonNull(line, "line");
        hit(line.getOrder(), evidence).involve(line.getSku(), line.getIndex());
    }

    @Override
    public void raiseOnSku(SkuFacts sku, Object... evidence) {
        Objects.requireNonNull(sku, "sku");
        Hit hit = hit(sku.getOrder(), evidence);
        for (int line : sku.getStockLineIndexes()) {
            hit.involve(sku.getSku(), line);
        }
    }

    private Hit hit(OrderFacts order, Object[] evidence) {
        if (current == null) {
            throw new IllegalStateException("findings.raise may only be called from a rule's consequence");
        }
        if (evidence.length % 2 != 0) {
            throw new IllegalArgumentException("rule \"" + current.name()
                    + "\": findings.raise needs key-value pairs but got " + evidence.length + " values");
        }
        checkMatched(order);
        Map<String, Hit> byCode = hits.computeIfAbsent(order, o -> new LinkedHashMap<>(4));
        CompiledRules.RuleInfo rule = current;
        Hit hit = byCode.computeIfAbsent(rule.definition().code(), c -> new Hit(rule));
        if (!hit.ruleNames.contains(rule.name())) {
            hit.ruleNames.add(rule.name());
        }
        for (int i = 0; i < evidence.length; i += 2) {
            put(hit.evidence, String.valueOf(evidence[i]), normalise(evidence[i + 1]));
        }
        return hit;
    }

    /** Refuses a finding on an order other than the one whose facts the firing rule matched. */
    private void checkMatched(OrderFacts order) {
        OrderFacts matched = null;
        for (Object fact : currentMatch.getObjects()) {
            OrderFacts o = RuleGuard.orderOf(fact);
            if (o == null || o == matched) {
                continue;
            }
            if (matched != null) {
                throw new RuleGuardException("rule \"" + current.name() + "\" matched the facts of two orders, "
                        + matched.getOrderId() + " and " + o.getOrderId() + ", and raised a finding: a finding is about "
                        + "the one order whose facts its rule matched");
            }
            matched = o;
        }
        if (matched != order) {
            throw new RuleGuardException("rule \"" + current.name() + "\" raised a finding on order " + order.getOrderId()
                    + (matched == null ? " but matched the facts of no order" : " but matched the facts of order "
                    + matched.getOrderId()));
        }
    }

    private static void put(Map<String, Object> evidence, String key, Object value) {
        if (!evidence.containsKey(key)) {
            evidence.put(key, value);
            return;
        }
        Object existing = evidence.get(key);
        if (existing instanceof Merged merged) {
            if (!merged.contains(value)) {
                merged.add(value);
            }
        } else if (!Objects.equals(existing, value)) {
            Merged merged = new Merged();
            merged.add(existing);
            merged.add(value);
            evidence.put(key, merged);
        }
    }

    static Object normalise(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (value instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object o : c) {
                list.add(normalise(o));
            }
            return List.copyOf(list);
        }
        if (value instanceof Object[] array) {
            return normalise(java.util.Arrays.asList(array));
        }
        return value.toString();
    }

    Map<String, Hit> hitsOf(OrderFacts order) {
        Map<String, Hit> h = hits.get(order);
        return h == null ? Map.of() : h;
    }
}
