package io.omsexception.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule change would do to a set of orders: the {@link ImpactPreview} of "before" and
 * "after" rules evaluated on the same orders, per code ({@link CodeImpact}) and in total.
 *
 * <p>Orders are paired by order id (a repeated id with its next occurrence); an order rejected on
 * either side (invalid, or a rule threw on it) is counted in {@code rejectedBefore} or
 * {@code rejectedAfter} and not compared.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ordersCompared the orders evaluated on both sides
 * @param rejectedBefore the orders the "before" evaluation rejected
 * @param rejectedAfter the orders the "after" evaluation rejected
 * @param ordersChanged compared orders where at least one code was added or removed, or changed
 *     whether it blocks or its priority
 * @param blockingBefore compared orders held (blocking) with the "before" rules
 * @param blockingAfter compared orders held with the "after" rules
 * @param samples the most sample order ids listed per code and kind of change
 * @param judgedCases the handled cases given with a verdict (0: no precision is estimated)
 * @param parameterChanges the parameters whose values differ between the two engines, by name;
 *     empty when the preview compared results without engines
 * @param codes every code raised on either side: the changed ones first, then by code
 */
public record RuleImpact(long ordersCompared, long rejectedBefore, long rejectedAfter, long ordersChanged,
        long blockingBefore, long blockingAfter, int samples, long judgedCases, List<ParameterChange> parameterChanges,
        List<CodeImpact> codes) {

    /** Refuses negative counts; copies the lists. */
    public RuleImpact {
        if (ordersCompared < 0 || rejectedBefore < 0 || rejectedAfter < 0 || ordersChanged < 0 || ordersChanged > ordersCompared
                || blockingBefore < 0 || blockingAfter < 0 || samples < 0 || judgedCases < 0) {
            throw new IllegalArgumentException("impact: counts must not be negative, and at most the orders compared changed");
        }
        parameterChanges = List.copyOf(parameterChanges);
        codes = List.copyOf(codes);
    }

    /** @return the codes the change does something to, in {@link #codes()} order; unmodifiable */
    public List<CodeImpact> changedCodes() {
        return codes.stream().filter(CodeImpact::changed).toList();
    }

    /**
     * @param code a code
     * @return its impact, empty when it was raised on neither side
     */
    public Optional<CodeImpact> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * One parameter whose value differs between the two rule sets.
     *
     * <p>Immutable and thread-safe.
     *
     * @param name the parameter, never null
     * @param before its value with the "before" rules; null when they do not declare it
     * @param after its value with the "after" rules; null when they do not declare it
     */
    public record ParameterChange(String name, String before, String after) {
        /** Refuses a null name. */
        public ParameterChange {
            Objects.requireNonNull(name, "name");
        }
    }
}
