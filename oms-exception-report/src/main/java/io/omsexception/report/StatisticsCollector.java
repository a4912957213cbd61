package io.omsexception.report;

import io.omsexception.BatchResult;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Accumulates evaluations, rejected orders and handled cases, one at a time, into
 * {@link ExceptionStatistics}: it keeps counts, not the evaluations, so a stream of a million
 * orders can be summarised in little memory (handling times are kept per closed case).
 *
 * <h2>SKUs and rules</h2>
 * Each finding counts once for each SKU in {@link Finding#skus()} and each rule in
 * {@link Finding#rules()}.
 *
 * <p>A null argument is refused with an {@link IllegalArgumentException} naming it. Not
 * thread-safe: one collector per thread, or guard it.
 */
public final class StatisticsCollector {

    private final StatisticsOptions options;
    private long evaluated;
    private long rejected;
    private long withExceptions;
    private long blockingOrders;
    private long findings;
    private long blockingFindings;
    private final Map<Category, Long> categories = new HashMap<>();
    private final Map<String, Long> codes = new HashMap<>();
    private final Map<String, Long> blockingByCode = new HashMap<>();
    private final Map<String, Finding> firstOfCode = new HashMap<>();
    private final Map<Department, Long> departments = new HashMap<>();
    private final Map<Priority, Long> priorities = new EnumMap<>(Priority.class);
    private final Map<String, Long> rules = new HashMap<>();
    private final Map<String, Map<String, Long>> skus = new HashMap<>();
    private final Map<String, List<Duration>> handlingByCode = new HashMap<>();
    private final Map<String, List<Duration>> handlingByDepartment = new HashMap<>();
    private final Map<String, List<Duration>> stages = new HashMap<>();
    private final List<Instant> openSince = new ArrayList<>();
    private long closedCases;
    private final Map<String, long[]> verdicts = new HashMap<>();
    private final Map<String, long[]> actionOutcomes = new TreeMap<>();
    private final Map<String, long[]> escalations = new HashMap<>();

    /** A collector with {@link StatisticsOptions#standard()}. */
    public StatisticsCollector() {
        this(StatisticsOptions.standard());
    }

    /** @param options how many SKUs to list, the backlog's buckets, the suggestion mapping */
    public StatisticsCollector(StatisticsOptions options) {
        this.options = required(options, "options");
    }

    /**
     * Counts one evaluated order and its findings.
     *
     * @param evaluation the order's result
     * @return this collector
     */
    public StatisticsCollector add(OrderEvaluation evaluation) {
        required(evaluation, "evaluation");
        evaluated++;
        if (evaluation.findings().isEmpty()) {
            return this;
        }
        withExceptions++;
        if (evaluation.blocking()) {
            blockingOrders++;
        }
        for (Finding f : evaluation.findings()) {
            findings++;
            if (f.blocking()) {
                blockingFindings++;
            }
            categories.merge(f.category(), 1L, Long::sum);
            codes.merge(f.code(), 1L, Long::sum);
            firstOfCode.putIfAbsent(f.code(), f);
            if (f.blocking()) {
                blockingByCode.merge(f.code(), 1L, Long::sum);
            }
            departments.merge(f.department(), 1L, Long::sum);
            priorities.merge(f.priority(), 1L, Long::sum);
            for (String rule : f.rules()) {
                rules.merge(rule, 1L, Long::sum);
            }
            for (String sku : f.skus()) {
                skus.computeIfAbsent(sku, s -> new HashMap<>()).merge(f.code(), 1L, Long::sum);
            }
        }
        return this;
    }

    /**
     * Counts one order that could not be evaluated.
     *
     * @param error the order's error
     * @return this collector
     */
    public StatisticsCollector add(OrderError error) {
        required(error, "error");
        rejected++;
        return this;
    }

    /**
     * Counts every result and error of a batch.
     *
     * @param batch the batch
     * @return this collector
     */
    public StatisticsCollector add(BatchResult batch) {
        required(batch, "batch").results().forEach(this::add);
        batch.errors().forEach(this::add);
        return this;
    }

    /**
     * Counts one handled case: its handling time when closed, its age when open, its finished
     * stages, its verdict for its code's precision, its actions' outcomes per type and code and
     * its escalations per department and level.
     *
     * @param c the case
     * @return this collector
     */
    public StatisticsCollector add(HandledCase c) {
        required(c, "case");
        if (c.isOpen()) {
            openSince.add(c.openedAt());
        } else {
            closedCases++;
            Duration d = c.handlingTime().orElseThrow();
            handlingByCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(d);
            handlingByDepartment.computeIfAbsent(c.department().name(), k -> new ArrayList<>()).add(d);
        }
        if (c.verdict() != null) {
            long[] n = verdicts.computeIfAbsent(c.code(), k -> new long[2]);
            n[c.verdict() == HandledCase.Verdict.GENUINE ? 0 : 1]++;
        }
        for (HandledCase.Stage s : c.stages()) {
            s.duration().ifPresent(d -> stages.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(d));
        }
        for (HandledCase.ActionOutcome a : c.actions()) {
            actionOutcomes.computeIfAbsent(a.type().name() + " " + c.code(), k -> new long[3])[a.outcome().ordinal()]++;
        }
        for (HandledCase.Escalation e : c.escalations()) {
            escalations.computeIfAbsent(c.department().name(), k -> new long[2])[e.level().ordinal()]++;
        }
        return this;
    }

    /**
     * @param cases cases to count
     * @return this collector
     */
    public StatisticsCollector addCases(Collection<HandledCase> cases) {
        required(cases, "cases").forEach(this::add);
        return this;
    }

    /**
     * The statistics of everything added so far. The collector can go on collecting afterwards.
     *
     * @param asOf the reference time of the backlog's ages
     * @return the statistics
     */
    public ExceptionStatistics result(Instant asOf) {
        required(asOf, "asOf");
        List<Count> byCategory = new ArrayList<>();
        for (Category c : standardThenOthers(Category.standard(), categories.keySet(), Category::name)) {
            byCategory.add(Count.of(c.name(), categories.getOrDefault(c, 0L), findings));
        }
        List<Count> byPriority = new ArrayList<>();
        for (Priority p : Priority.values()) {
            byPriority.add(Count.of(p.name(), priorities.getOrDefault(p, 0L), findings));
        }
        List<Count> byDepartment = new ArrayList<>();
        for (Department d : standardThenOthers(Department.standard(), departments.keySet(), Department::name)) {
            byDepartment.add(Count.of(d.name(), departments.getOrDefault(d, 0L), findings));
        }
        byDepartment.sort(Comparator.comparingLong(Count::count).reversed());

        List<SkuCount> topSkus = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : skus.entrySet()) {
            long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            topSkus.add(new SkuCount(e.getKey(), total, sortedByCount(e.getValue())));
        }
        topSkus.sort(Comparator.comparingLong(SkuCount::findings).reversed().thenComparing(SkuCount::sku));
        if (topSkus.size() > options.topSkus()) {
            topSkus = topSkus.subList(0, options.topSkus());
        }

        List<Suggestion> suggestions = new ArrayList<>();
        for (SuggestionRule rule : options.suggestions().rules()) {
            long n = rule.subjectIsCategory()
                    ? categories.getOrDefault(Category.of(rule.subject()), 0L)
                    : codes.getOrDefault(rule.subject(), 0L);
            double observed = rule.measure() == SuggestionRule.Measure.PER_THOUSAND_ORDERS
                    ? (evaluated == 0 ? 0 : n * 1000.0 / evaluated)
                    : (findings == 0 ? 0 : (double) n / findings);
            if (n >= rule.minimumFindings() && observed > rule.threshold()) {
                suggestions.add(new Suggestion(rule, n, observed));
            }
        }

        return new ExceptionStatistics(asOf, evaluated, rejected, withExceptions, blockingOrders, findings,
                blockingFindings, byCategory, codeCounts(), byDepartment, byPriority, topSkus, counts(rules),
                openSince.size(), closedCases, summaries(handlingByCode), summaries(handlingByDepartment),
                summaries(stages), backlog(asOf), suggestions, precision(), actionCounts(), escalationCounts());
    }

    /** By type, then code (the map is sorted by {@code TYPE CODE}; names hold no space). */
    private List<ExceptionStatistics.ActionCount> actionCounts() {
        List<ExceptionStatistics.ActionCount> list = new ArrayList<>();
        actionOutcomes.forEach((key, n) -> {
            String[] typeCode = key.split(" ", 2);
            int proposed = HandledCase.ActionOutcome.Outcome.PROPOSED.ordinal();
            int executed = HandledCase.ActionOutcome.Outcome.EXECUTED.ordinal();
            int failed = HandledCase.ActionOutcome.Outcome.FAILED.ordinal();
            list.add(new ExceptionStatistics.ActionCount(typeCode[0], typeCode[1], n[executed], n[proposed], n[failed]));
        });
        return list;
    }

    private List<ExceptionStatistics.EscalationCount> escalationCounts() {
        List<ExceptionStatistics.EscalationCount> list = new ArrayList<>();
        escalations.forEach((department, n) -> list.add(new ExceptionStatistics.EscalationCount(department,
                n[HandledCase.Escalation.Level.LEAD.ordinal()], n[HandledCase.Escalation.Level.MANAGER.ordinal()])));
        list.sort(Comparator.comparingLong(ExceptionStatistics.EscalationCount::total).reversed()
                .thenComparing(ExceptionStatistics.EscalationCount::department));
        return list;
    }

    private List<CodePrecision> precision() {
        List<CodePrecision> list = new ArrayList<>();
        verdicts.forEach((code, n) -> list.add(new CodePrecision(code, n[0] + n[1], n[0], n[1])));
        list.sort(Comparator.comparingDouble(CodePrecision::precision).thenComparing(Comparator.comparingLong(
                CodePrecision::judged).reversed()).thenComparing(CodePrecision::code));
        return list;
    }

    /** The standard values in their order, then the host-defined ones seen, by name. */
    private static <T> List<T> standardThenOthers(List<T> standard, Collection<T> seen, Function<T, String> name) {
        List<T> all = new ArrayList<>(standard);
        seen.stream().filter(v -> !standard.contains(v)).sorted(Comparator.comparing(name)).forEach(all::add);
        return all;
    }

    private List<CodeCount> codeCounts() {
        List<CodeCount> list = new ArrayList<>();
        for (Map.Entry<String, Long> e : codes.entrySet()) {
            Finding first = firstOfCode.get(e.getKey());
            list.add(new CodeCount(e.getKey(), first.category(), first.department(), e.getValue(),
                    blockingByCode.getOrDefault(e.getKey(), 0L), findings == 0 ? 0 : (double) e.getValue() / findings));
        }
        list.sort(Comparator.comparingLong(CodeCount::count).reversed().thenComparing(CodeCount::code));
        return list;
    }

    private List<Count> counts(Map<String, Long> map) {
        List<Count> list = new ArrayList<>();
        for (Map.Entry<String, Long> e : map.entrySet()) {
            list.add(Count.of(e.getKey(), e.getValue(), findings));
        }
        list.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key));
        return list;
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> map) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        new TreeMap<>(map).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static List<DurationSummary> summaries(Map<String, List<Duration>> groups) {
        List<DurationSummary> list = new ArrayList<>();
        for (Map.Entry<String, List<Duration>> e : groups.entrySet()) {
            list.add(DurationSummary.of(e.getKey(), e.getValue()));
        }
        list.sort(Comparator.comparing(DurationSummary::mean, Comparator.reverseOrder())
                .thenComparing(DurationSummary::key));
        return list;
    }

    private List<BacklogBucket> backlog(Instant asOf) {
        List<Duration> bounds = options.backlogBounds();
        long[] counts = new long[bounds.size() + 1];
        for (Instant opened : openSince) {
            Duration age = Duration.between(opened, asOf);
            int bucket = 0;
            while (bucket < bounds.size() && age.compareTo(bounds.get(bucket)) >= 0) {
                bucket++;
            }
            counts[bucket]++;
        }
        List<BacklogBucket> list = new ArrayList<>();
        Function<Duration, String> f = StatisticsCollector::shortDuration;
        for (int i = 0; i <= bounds.size(); i++) {
            Duration from = i == 0 ? Duration.ZERO : bounds.get(i - 1);
            Duration to = i == bounds.size() ? null : bounds.get(i);
            String label = i == 0 ? "< " + f.apply(to)
                    : to == null ? ">= " + f.apply(from)
                    : f.apply(from) + " - " + f.apply(to);
            list.add(new BacklogBucket(label, from, to, counts[i]));
        }
        return list;
    }

    /**
     * @param d a duration
     * @return it in its largest whole unit, for example {@code 3 d}, {@code 4 h}, {@code 90 min} or {@code 30 s}
     */
    public static String shortDuration(Duration d) {
        long s = d.getSeconds();
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + " d";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + " h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + " min";
        }
        return s + " s";
    }

    /** A null is a mistake of the calling program: an {@link IllegalArgumentException} naming the argument. */
    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
