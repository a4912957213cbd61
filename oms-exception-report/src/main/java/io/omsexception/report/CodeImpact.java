package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a rule change does to one code, order by order: on how many orders it is raised before and
 * after, added, removed or raised on both sides, and among the latter how many changed whether they
 * block or their priority; with the first sample order ids of each (in input order) and, where
 * staff verdicts are known, the estimated precision before and after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code
 * @param category its category (as the "after" rules declare it, else as the "before" ones)
 * @param department its department (likewise)
 * @param before orders it is raised on with the "before" rules
 * @param after orders it is raised on with the "after" rules
 * @param added orders it is raised on after but not before
 * @param removed orders it is raised on before but not after
 * @param unchanged orders it is raised on both before and after (its blocking or priority may still
 *     have changed: see the next two)
 * @param blockingChanged of {@code unchanged}, the orders where the finding blocks on one side only
 * @param priorityChanged of {@code unchanged}, the orders where its priority differs
 * @param addedSamples the first order ids of {@code added}, in input order, at most the preview's samples
 * @param removedSamples the first order ids of {@code removed}
 * @param blockingSamples the first order ids of {@code blockingChanged}
 * @param prioritySamples the first order ids of {@code priorityChanged}
 * @param precision the precision estimated from staff verdicts; null when no compared order with
 *     the code carried a verdict
 */
public record CodeImpact(String code, Category category, Department department, long before, long after, long added,
        long removed, long unchanged, long blockingChanged, long priorityChanged, List<String> addedSamples,
        List<String> removedSamples, List<String> blockingSamples, List<String> prioritySamples, Precision precision) {

    /** Refuses nulls (but {@code precision}) and counts that do not add up; copies the lists. */
    public CodeImpact {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
        if (added < 0 || removed < 0 || unchanged < 0 || before != removed + unchanged || after != added + unchanged
                || blockingChanged < 0 || blockingChanged > unchanged || priorityChanged < 0 || priorityChanged > unchanged) {
            throw new IllegalArgumentException("impact of " + code + ": counts do not add up: before " + before + ", after "
                    + after + ", added " + added + ", removed " + removed + ", unchanged " + unchanged);
        }
        addedSamples = List.copyOf(addedSamples);
        removedSamples = List.copyOf(removedSamples);
        blockingSamples = List.copyOf(blockingSamples);
        prioritySamples = List.copyOf(prioritySamples);
    }

    /** @return whether the change does anything to this code: added, removed, blocking or priority changed */
    public boolean changed() {
        return added + removed + blockingChanged + priorityChanged > 0;
    }

    /**
     * A code's precision estimated from staff verdicts ({@link HandledCase#verdict()}) on the compared
     * orders. Before: among the orders the "before" rules raise it on that carry a verdict, the share
     * staff found genuine. After: the same among the orders the "after" rules still (or newly) raise it
     * on that carry a verdict. Orders without a verdict, such as most added ones (never raised, so
     * never judged), are not in either share: see {@link #unjudgedAfter()}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param judgedBefore orders raised before with a verdict
     * @param genuineBefore of them, found genuine
     * @param judgedAfter orders raised after with a verdict
     * @param genuineAfter of them, found genuine
     * @param genuineRemoved orders found genuine that the "after" rules no longer raise it on: real
     *     exceptions the change would miss
     * @param unjudgedAfter orders raised after without a verdict, whose truth the estimate cannot know
     */
    public record Precision(long judgedBefore, long genuineBefore, long judgedAfter, long genuineAfter,
            long genuineRemoved, long unjudgedAfter) {

        /** Refuses counts that do not add up. */
        public Precision {
            if (genuineBefore < 0 || genuineBefore > judgedBefore || genuineAfter < 0 || genuineAfter > judgedAfter
                    || genuineRemoved < 0 || genuineRemoved > genuineBefore || unjudgedAfter < 0) {
                throw new IllegalArgumentException("precision: counts do not add up: genuine " + genuineBefore + " of "
                        + judgedBefore + " before, " + genuineAfter + " of " + judgedAfter + " after, " + genuineRemoved
                        + " genuine removed, " + unjudgedAfter + " unjudged after");
            }
        }

        /** @return {@code genuineBefore / judgedBefore}; empty when none was judged */
        public OptionalDouble before() {
            return judgedBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) genuineBefore / judgedBefore);
        }

        /** @return {@code genuineAfter / judgedAfter}, the estimate; empty when none of the orders still raised was judged */
        public OptionalDouble after() {
            return judgedAfter == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) genuineAfter / judgedAfter);
        }
    }
}
