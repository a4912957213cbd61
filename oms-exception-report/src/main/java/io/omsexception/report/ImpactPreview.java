package io.omsexception.report;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.EvaluationRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The impact preview (backtest) of a rule change: evaluates the same orders with a "before" and an
 * "after" engine (other packs, other parameters) and tells, per code, on which orders it would be
 * added or removed, or change whether it blocks or its priority, with sample order ids and, where
 * handled cases carry staff verdicts, the precision estimated before and after
 * ({@link CodeImpact.Precision}).
 *
 * <pre>{@code
 * ImpactPreview preview = ImpactPreview.builder().samples(5).cases(handledCases).build();
 * RuleImpact impact = preview.run(current, changed, OrderJson.readRequest(in));
 * impact.code("PAYMENT_TIMEOUT").orElseThrow().removed();
 * }</pre>
 *
 * <p>The orders are held in memory (both results are compared when both are complete). Sample ids
 * are the first ones in input order, so the same input gives the same preview. Immutable and
 * thread-safe.
 */
public final class ImpactPreview {
    /** The sample order ids listed per code and kind of change unless {@link Builder#samples(int)} says otherwise. */
    public static final int DEFAULT_SAMPLES = 5;

    private final int samples;
    private final Map<String, HandledCase.Verdict> verdicts;
    private final long judgedCases;

    private ImpactPreview(int samples, Map<String, HandledCase.Verdict> verdicts, long judgedCases) {
        this.samples = samples;
        this.verdicts = verdicts;
        this.judgedCases = judgedCases;
    }

    /** @return a builder: {@value #DEFAULT_SAMPLES} samples, no cases */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates a request read from JSON with both engines (invalid entries are rejected on both
     * sides) and compares the results.
     *
     * @param before the engine of the rules as they are, never null
     * @param after the engine of the rules as they would be, never null
     * @param request the orders with their reference data and time, never null
     * @return the impact, with the parameters whose values differ
     * @throws IllegalArgumentException when an argument is null
     */
    public RuleImpact run(OrderExceptionEngine before, OrderExceptionEngine after, ParsedRequest request) {
        required(before, "before");
        required(after, "after");
        required(request, "request");
        return compare(OrderJson.evaluate(before, request), OrderJson.evaluate(after, request), parameterChanges(before, after));
    }

    /**
     * Evaluates orders with both engines and compares the results.
     *
     * @param before the engine of the rules as they are, never null
     * @param after the engine of the rules as they would be, never null
     * @param request the orders with their reference data and time (a null {@code asOf} is each
     *     engine's clock: give one for a preview that can be repeated), never null
     * @return the impact, with the parameters whose values differ
     * @throws IllegalArgumentException when an argument is null
     */
    public RuleImpact run(OrderExceptionEngine before, OrderExceptionEngine after, EvaluationRequest request) {
        required(before, "before");
        required(after, "after");
        required(request, "request");
        return compare(before.evaluate(request), after.evaluate(request), parameterChanges(before, after));
    }

    /**
     * Evaluates the same orders with both engines in a way of the caller's, for example marketplace
     * payloads: {@code preview.run(a, b, e -> Marketplaces.evaluate(e, orders, ReferenceData.NONE, asOf))}.
     *
     * @param before the engine of the rules as they are, never null
     * @param after the engine of the rules as they would be, never null
     * @param evaluation evaluates the orders with the engine given (the same orders, the same
     *     reference data and time each time), never null
     * @return the impact, with the parameters whose values differ
     * @throws IllegalArgumentException when an argument is null or the evaluation returns null
     */
    public RuleImpact run(OrderExceptionEngine before, OrderExceptionEngine after,
            Function<OrderExceptionEngine, BatchResult> evaluation) {
        required(before, "before");
        required(after, "after");
        required(evaluation, "evaluation");
        return compare(required(evaluation.apply(before), "the evaluation's result"),
                required(evaluation.apply(after), "the evaluation's result"), parameterChanges(before, after));
    }

    /**
     * Compares two evaluations of the same orders, made elsewhere.
     *
     * @param before the results of the rules as they are, never null
     * @param after the results of the rules as they would be, never null
     * @return the impact, without parameter changes (no engine is known)
     * @throws IllegalArgumentException when an argument is null
     */
    public RuleImpact compare(BatchResult before, BatchResult after) {
        return compare(required(before, "before"), required(after, "after"), List.of());
    }

    private RuleImpact compare(BatchResult before, BatchResult after, List<RuleImpact.ParameterChange> changes) {
        Map<String, Deque<OrderEvaluation>> waiting = new HashMap<>();
        for (OrderEvaluation e : before.results()) {
            waiting.computeIfAbsent(e.orderId(), k -> new ArrayDeque<>()).add(e);
        }
        Map<String, CodeTally> tallies = new LinkedHashMap<>();
        long compared = 0;
        long changed = 0;
        long blockingBefore = 0;
        long blockingAfter = 0;
        for (OrderEvaluation a : after.results()) {
            Deque<OrderEvaluation> q = waiting.get(a.orderId());
            OrderEvaluation b = q == null ? null : q.poll();
            if (b == null) {
                continue; // rejected before: not compared
            }
            compared++;
            blockingBefore += b.blocking() ? 1 : 0;
            blockingAfter += a.blocking() ? 1 : 0;
            if (compareOrder(b, a, tallies)) {
                changed++;
            }
        }
        List<CodeImpact> codes = new ArrayList<>();
        for (CodeTally t : tallies.values()) {
            codes.add(t.impact(judgedCases > 0));
        }
        codes.sort(Comparator.comparing((CodeImpact c) -> !c.changed()).thenComparing(CodeImpact::code));
        return new RuleImpact(compared, before.errors().size(), after.errors().size(), changed, blockingBefore, blockingAfter,
                samples, judgedCases, changes, codes);
    }

    /** @return whether anything changed on the order */
    private boolean compareOrder(OrderEvaluation b, OrderEvaluation a, Map<String, CodeTally> tallies) {
        Map<String, Finding> fb = byCode(b);
        Map<String, Finding> fa = byCode(a);
        boolean changed = false;
        List<String> codes = new ArrayList<>(fb.keySet());
        fa.keySet().stream().filter(c -> !fb.containsKey(c)).forEach(codes::add);
        for (String code : codes) {
            Finding x = fb.get(code);
            Finding y = fa.get(code);
            CodeTally t = tallies.computeIfAbsent(code, CodeTally::new);
            changed |= t.add(a.orderId(), x, y, verdicts.get(key(a.orderId(), code)), samples);
        }
        return changed;
    }

    private static Map<String, Finding> byCode(OrderEvaluation e) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : e.findings()) {
            m.put(f.code(), f);
        }
        return m;
    }

    private static List<RuleImpact.ParameterChange> parameterChanges(OrderExceptionEngine before, OrderExceptionEngine after) {
        Map<String, String> b = before.parameterValues();
        Map<String, String> a = after.parameterValues();
        List<RuleImpact.ParameterChange> list = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(b.keySet());
        names.addAll(a.keySet());
        for (String n : names) {
            if (!Objects.equals(b.get(n), a.get(n))) {
                list.add(new RuleImpact.ParameterChange(n, b.get(n), a.get(n)));
            }
        }
        return list;
    }

    private static String key(String orderId, String code) {
        return orderId + '\u0000' + code;
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Sets up an {@link ImpactPreview}; each setting may be given once. Not thread-safe.
     */
    public static final class Builder {
        private Integer samples;
        private Collection<HandledCase> cases;

        private Builder() {
        }

        /**
         * @param value how many sample order ids to list per code and kind of change, 0 to 1,000
         * @return this builder
         * @throws IllegalArgumentException when out of range
         * @throws IllegalStateException when given twice
         */
        public Builder samples(int value) {
            if (samples != null) {
                throw new IllegalStateException("samples: already set to " + samples);
            }
            if (value < 0 || value > 1_000) {
                throw new IllegalArgumentException("samples: must be from 0 to 1000 but was " + value);
            }
            samples = value;
            return this;
        }

        /**
         * @param value handled cases, for example {@code StoredHistory.handledCases(store, day)}; only
         *     those with a {@link HandledCase#verdict()} count, by order id and code (of several cases
         *     of the same order and code, the one closed last); never null
         * @return this builder
         * @throws IllegalArgumentException when null or holding a null
         * @throws IllegalStateException when given twice
         */
        public Builder cases(Collection<HandledCase> value) {
            if (cases != null) {
                throw new IllegalStateException("cases: already set");
            }
            required(value, "cases").forEach(c -> required(c, "cases[i]"));
            cases = List.copyOf(value);
            return this;
        }

        /** @return the preview */
        public ImpactPreview build() {
            Map<String, HandledCase> last = new HashMap<>();
            for (HandledCase c : cases == null ? List.<HandledCase>of() : cases) {
                if (c.verdict() != null) {
                    last.merge(key(c.orderId(), c.code()), c, (x, y) -> y.closedAt().isBefore(x.closedAt()) ? x : y);
                }
            }
            Map<String, HandledCase.Verdict> verdicts = new HashMap<>();
            last.forEach((k, c) -> verdicts.put(k, c.verdict()));
            return new ImpactPreview(samples == null ? DEFAULT_SAMPLES : samples, Map.copyOf(verdicts), verdicts.size());
        }
    }
}
