package io.omsexception;

import io.omsexception.facts.Parameters;
import io.omsexception.facts.StockAllocation;
import io.omsexception.internal.CompiledRules;
import io.omsexception.internal.Evaluator;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The front door: finds, classifies and prioritises the exceptions of orders with rule packs.
 *
 * <pre>{@code
 * OrderExceptionEngine engine = OrderExceptionEngine.builder()
 *         .withStandardRules()
 *         .parameter("payment.timeoutMinutes", "45")
 *         .build();
 * OrderEvaluation result = engine.evaluate(order, referenceData, asOf);
 * if (result.blocking()) { ... hold the order ... }
 * }</pre>
 *
 * <p>An engine is immutable and thread-safe once built: share one across the application. It is
 * pure: results depend only on the orders, the reference data, the reference time and the
 * parameters; rules never read the clock and have no side effects, and run under a guard
 * ({@link Builder#maxRuleFirings}, {@link Builder#timeBudget}). Building compiles the rule
 * packs: the standard packs are precompiled and load in well under a second; host DRL is
 * compiled at build time (a second or two). Evaluating is fast.
 */
public final class OrderExceptionEngine {
    /** How often one rule may fire on the facts of one order unless the builder says otherwise. */
    public static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;
    /** How long the rules may run on one batch (a session of the batch size) unless the builder says otherwise. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    private final CompiledRules rules;
    private final Parameters parameters;
    private final Evaluator evaluator;
    private final Clock clock;
    private final int batchSize;
    private final int maxRuleFirings;
    private final Duration timeBudget;
    private final List<RulePack> packs;
    private final byte[] packDigest;
    private final String rulesVersion;

    private OrderExceptionEngine(CompiledRules rules, Parameters parameters, Clock clock, int batchSize, int maxRuleFirings,
            Duration timeBudget, List<RulePack> packs, byte[] packDigest) {
        this.rules = rules;
        this.parameters = parameters;
        this.packs = packs;
        this.packDigest = packDigest;
        this.rulesVersion = RulesVersions.of(packs, packDigest, parameters.asText());
        this.evaluator = new Evaluator(rules, parameters, maxRuleFirings, timeBudget);
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxRuleFirings = maxRuleFirings;
        this.timeBudget = timeBudget;
    }

    /** @return a new builder; thread-confined */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one order without reference data, as of the engine's clock.
     *
     * @param order the order, never null
     * @return its findings
     */
    public OrderEvaluation evaluate(Order order) {
        return evaluate(order, ReferenceData.NONE, now());
    }

    /**
     * Evaluates one order as of the engine's clock.
     *
     * @param order the order, never null
     * @param reference the inventory snapshot and blacklist, never null
     * @return its findings
     */
    public OrderEvaluation evaluate(Order order, ReferenceData reference) {
        return evaluate(order, reference, now());
    }

    /**
     * Evaluates one order.
     *
     * @param order the order, never null
     * @param reference the inventory snapshot and blacklist, never null
     * @param asOf the reference time of every duration, never null
     * @return its findings, sorted by priority, then blocking before advisory, then code
     */
    public OrderEvaluation evaluate(Order order, ReferenceData reference, OffsetDateTime asOf) {
        EngineSupport.required(order, "order");
        EngineSupport.required(reference, "reference");
        EngineSupport.required(asOf, "asOf");
        return evaluator.evaluate(List.of(order), reference, asOf).get(0).withRulesVersion(rulesVersion);
    }

    /**
     * Evaluates a request's orders in sessions of the builder's batch size. An order whose
     * evaluation fails (a rule throws on it) comes back as an {@link OrderError} about the order as a
     * whole (an empty field); every order comes back exactly once.
     *
     * @param request the orders with their reference data and time; a null {@code asOf} means the
     *     engine's clock
     * @return the results and errors, each in request order
     */
    public BatchResult evaluate(EvaluationRequest request) {
        EngineSupport.required(request, "request");
        return evaluate(request.orders(), 0, request.referenceData(), request.asOf());
    }

    /**
     * Evaluates orders whose positions in a larger request are known: the building block of
     * streaming. Every order comes back exactly once, as a result or as an error. The orders'
     * stock is allocated among these orders alone; a part of a larger request is evaluated with
     * {@link #evaluate(List, int, ReferenceData, OffsetDateTime, StockAllocation)}.
     *
     * @param orders the orders, evaluated in sessions of the builder's batch size
     * @param firstIndex the position of the first order in the request, for error entries
     * @param reference the reference data
     * @param asOf the reference time, or null for the engine's clock
     * @return the results and errors
     */
    public BatchResult evaluate(List<Order> orders, int firstIndex, ReferenceData reference, OffsetDateTime asOf) {
        return evaluate(orders, firstIndex, reference, asOf, new StockAllocation());
    }

    /**
     * Evaluates one part of a larger request whose earlier parts were evaluated with the same
     * allocation: the building block of streaming. The orders take their stock (OUT_OF_STOCK,
     * {@code inventory.allocateAcrossRequest}) from what the request's earlier orders left, in
     * request order. Every order comes back exactly once, as a result or as an error.
     *
     * @param orders the orders, evaluated in sessions of the builder's batch size
     * @param firstIndex the position of the first order in the request, for error entries
     * @param reference the reference data
     * @param asOf the reference time, or null for the engine's clock
     * @param allocation what the request's earlier orders took, never null; updated, so give the
     *     parts of one request in order, one after the other (it is not thread-safe)
     * @return the results and errors
     */
    public BatchResult evaluate(List<Order> orders, int firstIndex, ReferenceData reference, OffsetDateTime asOf,
            StockAllocation allocation) {
        EngineSupport.elements(orders, "orders");
        EngineSupport.required(reference, "reference");
        EngineSupport.required(allocation, "allocation");
        return RulesVersions.stamp(
                evaluator.evaluateBatch(orders, firstIndex, reference, asOf == null ? now() : asOf, batchSize, allocation),
                rulesVersion);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** @return every code the engine can raise, with its attributes, sorted by code */
    public List<ExceptionDefinition> definitions() {
        return List.copyOf(rules.definitions().values());
    }

    /**
     * @param code a code
     * @return its definition, if some rule raises it
     */
    public Optional<ExceptionDefinition> definition(String code) {
        return Optional.ofNullable(rules.definitions().get(code));
    }

    /** @return the declared parameters, by name, in declaration order */
    public Map<String, ParameterDefinition> parameterDefinitions() {
        return parameters.definitions();
    }

    /** @return every parameter's effective value as text, by name */
    public Map<String, String> parameterValues() {
        return parameters.asText();
    }

    /**
     * Returns an engine with the same compiled rules and other parameter values: cheap, since the
     * packs are not compiled again. Useful for hosts that tune thresholds per shop or channel.
     *
     * @param overrides parameter values by name, replacing this engine's values for those names
     * @return the new engine; this one is unchanged
     * @throws IllegalArgumentException naming the parameter when a name is unknown or a value invalid
     */
    public OrderExceptionEngine withParameters(Map<String, String> overrides) {
        EngineSupport.required(overrides, "overrides");
        Map<String, String> values = new LinkedHashMap<>(parameters.asText());
        values.putAll(overrides);
        return new OrderExceptionEngine(rules, new Parameters(parameters.definitions(), values), clock, batchSize,
                maxRuleFirings, timeBudget, packs, packDigest);
    }

    /**
     * @return the version of the rules stamped on every result ({@link OrderEvaluation#rulesVersion()}):
     *     the packs' names and a digest of their files and of this engine's parameter values,
     *     deterministic, for example {@code payment+address@3f2a9c01b7de}; never null
     */
    public String rulesVersion() {
        return rulesVersion;
    }

    /**
     * Rule statistics for a host's metrics: how often each rule fired since this engine was built
     * (an engine of {@link #withParameters} counts its own). Cheap (a snapshot of one counter per
     * rule, no lock taken from evaluating threads) and thread-safe; counts only grow. A session
     * that failed and was retried order by order counts its orders once, in the retries.
     *
     * @return firings by rule name (as {@link Finding#ruleNames()} gives it), every rule, in load
     *     order, 0 for a rule that never fired; an unmodifiable snapshot
     */
    public Map<String, Long> ruleStatistics() {
        return evaluator.statistics().firingsByRule();
    }

    /**
     * @return how many findings of each code this engine returned since it was built (after
     *     suppressions: what results carried), every code, sorted by code; an unmodifiable
     *     snapshot, thread-safe like {@link #ruleStatistics()}
     */
    public Map<String, Long> codeStatistics() {
        return evaluator.statistics().findingsByCode();
    }

    /** @return the number of rules loaded */
    public int ruleCount() {
        return rules.rules().size();
    }

    /** @return the clock used when no reference time is given */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "OrderExceptionEngine[" + ruleCount() + " rules, " + rules.definitions().size() + " codes]";
    }

    /**
     * Configures and builds an {@link OrderExceptionEngine}. Fails fast: a bad argument throws at
     * once; a rule pack that does not compile, or whose catalog, texts or parameters are
     * missing, invalid or inconsistent, makes
     * {@link #build()} throw {@link RulePackException}. Each setting is taken once: the clock,
     * the batch size, the guard's limits, the class loader, the standard rules and each parameter's value; giving one
     * again throws an {@link IllegalStateException} naming it, for example {@code clock was already
     * set} or {@code parameter payment.timeoutMinutes was already set}, so that a value set twice by
     * mistake never silently wins. Not thread-safe.
     */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>();
        private final Map<String, ParameterDefinition> definitions = new LinkedHashMap<>();
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private final EngineSettings settings = new EngineSettings();

        private Builder() {
        }

        /**
         * Adds the standard packs found on the class path ({@code oms-exception-rules}).
         *
         * @return this builder
         * @throws IllegalStateException when no standard packs are on the class path
         */
        public Builder withStandardRules() {
            if (settings.given("standard rules")) {
                throw new IllegalStateException("the standard rules were already added");
            }
            EngineSupport.standardPacks(settings.classLoader()).forEach(this::addRules);
            settings.once("standard rules");
            return this;
        }

        /**
         * @param pack a rule pack; its declared parameters become known to the engine
         * @return this builder
         * @throws IllegalArgumentException when the pack declares a parameter differently from an
         *     earlier pack or {@link #defineParameter}
         */
        public Builder addRules(RulePack pack) {
            EngineSupport.required(pack, "pack");
            packs.add(pack);
            pack.parameters().forEach(this::defineParameter);
            return this;
        }

        /**
         * Adds a pack read with {@link RulePack#fromPath(Path)}: the DRL and the files beside it.
         *
         * @param fileOrFolder a {@code .drl} file, or a folder whose {@code .drl} files are all read
         * @return this builder
         * @throws IllegalArgumentException when the path does not exist or holds no DRL file
         * @throws java.io.UncheckedIOException when a file cannot be read
         */
        public Builder addRules(Path fileOrFolder) {
            return addRules(RulePack.fromPath(EngineSupport.required(fileOrFolder, "fileOrFolder")));
        }

        /**
         * Adds bare DRL ({@link RulePack#ofDrl}): a pack without a catalog, whose rules can raise
         * no code. For DRL with codes, add a pack of {@link RulePack#builder(String)}.
         *
         * @param name the pack's name, used in error messages as {@code name.drl}
         * @param drl the DRL text
         * @return this builder
         */
        public Builder addRules(String name, String drl) {
            return addRules(RulePack.ofDrl(EngineSupport.required(name, "name"), EngineSupport.required(drl, "drl")));
        }

        /**
         * Declares a parameter that the host's rules read. Packs declare theirs when they are
         * added; declaring the same parameter again, identically, is allowed.
         *
         * @param definition the parameter
         * @return this builder
         * @throws IllegalArgumentException when a different parameter of that name is declared, or
         *     another parameter already feeds the same fact input
         */
        public Builder defineParameter(ParameterDefinition definition) {
            EngineSupport.define(definitions, definition);
            return this;
        }

        /**
         * Overrides a parameter's default. The name is checked when the engine is built, after
         * every pack has declared its parameters; the value is parsed then too.
         *
         * @param name the parameter's name, for example {@code payment.timeoutMinutes}
         * @param value the value as text, for example {@code 45}
         * @return this builder
         */
        public Builder parameter(String name, String value) {
            EngineSupport.required(name, "name");
            EngineSupport.required(value, "value");
            settings.once("parameter " + name);
            overrides.put(name, value);
            return this;
        }

        /**
         * @param values parameter overrides by name
         * @return this builder
         */
        public Builder parameters(Map<String, String> values) {
            EngineSupport.required(values, "values").forEach(this::parameter);
            return this;
        }

        /**
         * @param value the clock for evaluations without an explicit reference time; default the system clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            settings.clock(value);
            return this;
        }

        /**
         * @param value orders per rule session in batch evaluation, 1 to 10,000; default 100
         * @return this builder
         */
        public Builder batchSize(int value) {
            settings.batchSize(value);
            return this;
        }

        /**
         * Bounds how often one rule may fire on the facts of one order in a session, and how many
         * facts a session's consequences may insert. Beyond it (an {@code update} loop, an insert
         * loop) the session halts and its orders come back as errors: {@code evaluation failed:
         * rule "X" fired more than 10000 times on order SO-1}; the engine stays usable.
         *
         * @param value at least 1; default {@link #DEFAULT_MAX_RULE_FIRINGS}
         * @return this builder
         * @throws IllegalArgumentException when the value is below 1
         */
        public Builder maxRuleFirings(int value) {
            settings.maxRuleFirings(value);
            return this;
        }

        /**
         * Bounds how long the rules may run on one batch (a session of {@link #batchSize} orders),
         * checked before every firing; then the session halts and its orders come back as errors
         * naming the rule. A consequence that never returns cannot be stopped (see
         * docs/rule-authoring.md, "What a pack can and cannot do").
         *
         * @param value positive; default {@link #DEFAULT_TIME_BUDGET}
         * @return this builder
         * @throws IllegalArgumentException when the value is null, zero or negative
         */
        public Builder timeBudget(Duration value) {
            settings.timeBudget(value);
            return this;
        }

        /**
         * @param value the class loader that sees the fact classes and the standard packs
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            settings.classLoader(value);
            return this;
        }

        /**
         * Compiles the packs and resolves the parameters. Overrides are checked first, unless a
         * pack has {@linkplain RulePack#problems() problems}: then every problem of the packs is
         * reported at once.
         *
         * @return the engine
         * @throws IllegalStateException when no pack was added
         * @throws IllegalArgumentException naming the parameter when an override is unknown or invalid
         * @throws RulePackException listing every problem of the packs
         */
        public OrderExceptionEngine build() {
            if (packs.isEmpty()) {
                throw new IllegalStateException("no rule packs: call withStandardRules() or addRules(...)");
            }
            boolean packProblems = packs.stream().anyMatch(p -> !p.problems().isEmpty());
            Parameters parameters = packProblems ? null : new Parameters(definitions, overrides);
            List<RulePack> added = List.copyOf(packs);
            // the packs' digest is taken beside the compilation, which does not need it (start-up on two cores)
            Supplier<byte[]> digest = RulesVersions.packDigestAside(added);
            CompiledRules compiled = CompiledRules.compile(packs, definitions.keySet(), settings.classLoader());
            return new OrderExceptionEngine(compiled, parameters, settings.clock(), settings.batchSize(),
                    settings.maxRuleFirings(), settings.timeBudget(), added, digest.get());
        }

        /** @return the packs added so far */
        Collection<RulePack> packs() {
            return packs;
        }
    }
}
