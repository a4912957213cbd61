package io.omsexception.report;

import io.omsexception.OrderEvaluation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What went wrong in a set of evaluated orders and, where handled cases are given, how long
 * handling took: the figures of the report. Built by a {@link StatisticsCollector}, or at once by
 * {@link #of(Collection, Instant)}.
 *
 * <p>Shares of findings are computed over all findings ({@link #findings()}); an order with three
 * findings counts three times there, once in the order counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the reference time of the backlog's ages
 * @param ordersEvaluated the orders that were evaluated (with or without findings)
 * @param ordersRejected the orders that could not be evaluated (the {@code errors} of a request)
 * @param ordersWithExceptions the evaluated orders with at least one finding
 * @param blockingOrders the evaluated orders whose fulfilment must stop
 * @param findings all findings
 * @param blockingFindings the findings that block their order
 * @param byCategory findings per category, every category in catalog order, zeros included
 * @param byCode findings per code, most frequent first, then by code; codes without findings left out
 * @param byDepartment findings per department, most frequent first, then in declaration order, zeros included
 * @param byPriority findings per priority, P1 to P4, zeros included
 * @param topSkus the SKUs most often named in findings' evidence, most frequent first, then by SKU
 * @param ruleHits findings per rule that raised them, most frequent first, then by name
 * @param openCases the handled cases still open
 * @param closedCases the handled cases closed
 * @param handlingByCode the handling times of closed cases per code, slowest mean first
 * @param handlingByDepartment the handling times of closed cases per department, slowest mean first
 * @param stages the times of finished stages per stage name, slowest mean first
 * @param backlog the open cases by age, youngest bucket first
 * @param suggestions the improvements whose rules triggered, in the mapping's order
 * @param precision per code with a judged case (a verdict given by staff), its precision: lowest
 *     first, then more judged cases first, then by code; empty when no case carried a verdict
 * @param actions per action type and code of the handled cases' actions, how many were executed,
 *     proposed to staff and failed: by type, then by code; empty when no case carried an action
 * @param escalations per department, the cases' escalations to its lead and to a manager: most
 *     escalations first, then by department; empty when no case was escalated
 */
public record ExceptionStatistics(
        Instant asOf,
        long ordersEvaluated,
        long ordersRejected,
        long ordersWithExceptions,
        long blockingOrders,
        long findings,
        long blockingFindings,
        List<Count> byCategory,
        List<CodeCount> byCode,
        List<Count> byDepartment,
        List<Count> byPriority,
        List<SkuCount> topSkus,
        List<Count> ruleHits,
        long openCases,
        long closedCases,
        List<DurationSummary> handlingByCode,
        List<DurationSummary> handlingByDepartment,
        List<DurationSummary> stages,
        List<BacklogBucket> backlog,
        List<Suggestion> suggestions,
        List<CodePrecision> precision,
        List<ActionCount> actions,
        List<EscalationCount> escalations) {

    /** Refuses a null time; copies every list. */
    public ExceptionStatistics {
        Objects.requireNonNull(asOf, "asOf");
        byCategory = List.copyOf(byCategory);
        byCode = List.copyOf(byCode);
        byDepartment = List.copyOf(byDepartment);
        byPriority = List.copyOf(byPriority);
        topSkus = List.copyOf(topSkus);
        ruleHits = List.copyOf(ruleHits);
        handlingByCode = List.copyOf(handlingByCode);
        handlingByDepartment = List.copyOf(handlingByDepartment);
        stages = List.copyOf(stages);
        backlog = List.copyOf(backlog);
        suggestions = List.copyOf(suggestions);
        precision = List.copyOf(precision);
        actions = List.copyOf(actions);
        escalations = List.copyOf(escalations);
    }

    /**
     * The outcomes of one action type on the cases of one code.
     *
     * <p>Immutable and thread-safe.
     *
     * @param type the action type's name, for example {@code CHASE_CARRIER}
     * @param code the cases' code
     * @param executed the actions the host's executor carried out
     * @param proposed the actions proposed to staff (an approved one is counted here and then as executed or failed)
     * @param failed the actions whose last attempt failed (handed to staff)
     */
    public record ActionCount(String type, String code, long executed, long proposed, long failed) {
    }

    /**
     * The escalations of one department's overdue cases.
     *
     * <p>Immutable and thread-safe.
     *
     * @param department the department's name, for example {@code LOGISTICS}
     * @param toLead the escalations to the department's lead
     * @param toManager the escalations to a manager
     */
    public record EscalationCount(String department, long toLead, long toManager) {
        /** @return both levels together */
        public long total() {
            return toLead + toManager;
        }
    }

    /**
     * The statistics of evaluations alone, with the standard options.
     *
     * @param evaluations the evaluated orders
     * @param asOf the reference time
     * @return their statistics
     */
    public static ExceptionStatistics of(Collection<OrderEvaluation> evaluations, Instant asOf) {
        StatisticsCollector collector = new StatisticsCollector();
        evaluations.forEach(collector::add);
        return collector.result(asOf);
    }

    /** @return every order accounted for: evaluated plus rejected */
    public long totalOrders() {
        return ordersEvaluated + ordersRejected;
    }

    /** @return the share of evaluated orders with at least one finding, 0 to 1 (0 without orders) */
    public double exceptionRate() {
        return ordersEvaluated == 0 ? 0 : (double) ordersWithExceptions / ordersEvaluated;
    }

    /** @return the share of findings that block their order, 0 to 1 (0 without findings) */
    public double blockingShare() {
        return findings == 0 ? 0 : (double) blockingFindings / findings;
    }

    /** @return the share of orders with exceptions whose fulfilment must stop, 0 to 1 */
    public double blockingOrderShare() {
        return ordersWithExceptions == 0 ? 0 : (double) blockingOrders / ordersWithExceptions;
    }

    /** @return the stage with the longest mean time, empty when no stage time is known */
    public Optional<DurationSummary> slowestStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(0));
    }

    /** @return the {@link #suggestions()} most worth doing first, in the order of {@link Suggestion#RANKING}; unmodifiable */
    public List<Suggestion> rankedSuggestions() {
        return suggestions.stream().sorted(Suggestion.RANKING).toList();
    }

    /**
     * @param code a code
     * @return its precision from staff verdicts, empty when none of its cases was judged
     */
    public Optional<CodePrecision> precision(String code) {
        return precision.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * @param code a code
     * @return its findings, 0 when it was not raised
     */
    public long count(String code) {
        return byCode.stream().filter(c -> c.code().equals(code)).mapToLong(CodeCount::count).findFirst().orElse(0);
    }
}
