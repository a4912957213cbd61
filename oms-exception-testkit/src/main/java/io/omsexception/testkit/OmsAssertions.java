package io.omsexception.testkit;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;

/**
 * The entry point of the AssertJ assertions on what the engine returns, for hosts and rule
 * authors:
 *
 * <pre>{@code
 * import static io.omsexception.testkit.OmsAssertions.assertThat;
 *
 * assertThat(engine.evaluate(order, reference, asOf))
 *         .hasCodes("PAYMENT_TIMEOUT")
 *         .isBlocking()
 *         .finding("PAYMENT_TIMEOUT").hasPriority("P2").hasEvidence("thresholdMinutes", 30)
 *         .and().doesNotHaveCode("PHONE_MISSING");
 * }</pre>
 *
 * <p>It may be imported next to {@code org.assertj.core.api.Assertions.assertThat}: the compiler
 * picks these methods for their types and AssertJ's for every other. The assertions are described
 * on {@link EvaluationAssert}, {@link FindingAssert}, {@link BatchAssert} and
 * {@link OrderErrorAssert}.
 *
 * <p>Stateless and thread-safe; each assertion it makes is not, like every AssertJ assertion.
 */
public final class OmsAssertions {

    private OmsAssertions() {
    }

    /**
     * @param actual the evaluation of one order; may be null, in which case every assertion fails
     * @return a new assertion on it
     */
    public static EvaluationAssert assertThat(OrderEvaluation actual) {
        return new EvaluationAssert(actual);
    }

    /**
     * Starts on a finding taken on its own: its failure messages name the code but no order, and
     * {@link FindingAssert#and()} has nothing to go back to. To assert on a finding of an
     * evaluation, prefer {@link EvaluationAssert#finding(String)}.
     *
     * @param actual a finding; may be null, in which case every assertion fails
     * @return a new assertion on it
     */
    public static FindingAssert assertThat(Finding actual) {
        return new FindingAssert(actual, null, null);
    }

    /**
     * @param actual the result of a batch; may be null, in which case every assertion fails
     * @return a new assertion on it
     */
    public static BatchAssert assertThat(BatchResult actual) {
        return new BatchAssert(actual);
    }
}
