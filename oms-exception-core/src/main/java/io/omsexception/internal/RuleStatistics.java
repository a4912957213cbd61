package io.omsexception.internal;

import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each rule fired and each code was returned since an engine was built, for a host's
 * metrics. Counted per run of a session that gave results (a session that failed and was retried
 * order by order counts its orders once, in the retries); one {@link LongAdder} per rule and per
 * code, so that counting costs the evaluating threads no lock and reading never blocks them.
 *
 * <p>Thread-safe. The counts of a snapshot taken while other threads evaluate may be a few
 * firings apart from each other; each count only grows.
 */
public final class RuleStatistics {
    private final Map<String, LongAdder> byRule = new LinkedHashMap<>();
    private final Map<String, LongAdder> byCode = new LinkedHashMap<>();
    private final Map<CompiledRules.RuleInfo, LongAdder> byInfo = new java.util.IdentityHashMap<>();

    /**
     * @param rules the compiled rules: every rule and code starts at 0, so that a snapshot lists
     *     them all (rules in load order, codes sorted)
     */
    RuleStatistics(CompiledRules rules) {
        for (CompiledRules.RuleInfo info : rules.rules().values()) {
            byInfo.put(info, byRule.computeIfAbsent(info.name(), n -> new LongAdder()));
        }
        for (String code : rules.definitions().keySet()) {
            byCode.put(code, new LongAdder());
        }
    }

    /** Adds the firings of one run and the findings of its results. */
    void record(Map<CompiledRules.RuleInfo, int[]> fired, List<OrderEvaluation> results) {
        for (Map.Entry<CompiledRules.RuleInfo, int[]> e : fired.entrySet()) {
            LongAdder adder = byInfo.get(e.getKey());
            if (adder != null) {
                adder.add(e.getValue()[0]);
            }
        }
        for (int i = 0; i < results.size(); i++) {
            List<Finding> findings = results.get(i).findings();
            for (int j = 0; j < findings.size(); j++) {
                LongAdder adder = byCode.get(findings.get(j).code());
                if (adder != null) {
                    adder.increment();
                }
            }
        }
    }

    /** @return firings by rule name, every rule, in load order; a snapshot, unmodifiable */
    public Map<String, Long> firingsByRule() {
        return snapshot(byRule);
    }

    /** @return findings returned by code, every code, sorted by code; a snapshot, unmodifiable */
    public Map<String, Long> findingsByCode() {
        return snapshot(byCode);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return Collections.unmodifiableMap(copy);
    }
}
