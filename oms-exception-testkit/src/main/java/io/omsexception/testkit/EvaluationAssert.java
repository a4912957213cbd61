package io.omsexception.testkit;

import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the evaluation of one order, made by {@link OmsAssertions#assertThat(OrderEvaluation)}
 * or {@link BatchAssert#result(String)}.
 *
 * <p>Every assertion first fails when the evaluation is null (AssertJ's {@code isNotNull()}), and
 * otherwise fails with an {@link AssertionError} naming the order, what was expected and what was
 * found, for example {@code Expecting order SO-1 to have codes [A, B] in this order but had [B]};
 * a description given with {@code as(...)} prefixes that message. Every assertion returns this
 * assertion, so that they chain; {@link #finding(String)} goes down to one finding, and
 * {@link FindingAssert#and()} comes back. A null argument is refused with a
 * {@link NullPointerException}, never taken as a value to look for.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use an instance on the thread that made it. The
 * evaluation itself is immutable.
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, OrderEvaluation> {

    EvaluationAssert(OrderEvaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /**
     * Verifies that the order has exactly these codes, in result order (priority, then blocking
     * before advisory, then code). No code at all means a clean order.
     *
     * @param codes the codes expected, in result order; not null, no null element
     * @return this assertion
     * @throws AssertionError when the codes differ, in content or in order
     */
    public EvaluationAssert hasCodes(String... codes) {
        isNotNull();
        List<String> expected = Values.arguments("codes", codes, false);
        if (!actual.codes().equals(expected)) {
            failWithMessage("Expecting order %s to have codes %s in this order but had %s", actual.orderId(), expected,
                    actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that the order has exactly these codes, in any order.
     *
     * @param codes the codes expected, in any order; not null, no null element
     * @return this assertion
     * @throws AssertionError when a code expected is missing or another code was raised
     */
    public EvaluationAssert hasCodesInAnyOrder(String... codes) {
        isNotNull();
        List<String> expected = Values.arguments("codes", codes, false);
        if (!sorted(actual.codes()).equals(sorted(expected))) {
            failWithMessage("Expecting order %s to have codes %s in any order but had %s", actual.orderId(), expected,
                    actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that the order has this code, among any others.
     *
     * @param code the code expected; not null
     * @return this assertion
     * @throws AssertionError when the code was not raised
     */
    public EvaluationAssert hasCode(String code) {
        isNotNull();
        Values.argument("code", code);
        if (actual.finding(code).isEmpty()) {
            failWithMessage("Expecting order %s to have code %s but had %s", actual.orderId(), code, actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that the order has none of these codes.
     *
     * @param codes the codes that must not have been raised; at least one, no null element
     * @return this assertion
     * @throws AssertionError when any of them was raised
     * @throws IllegalArgumentException when no code is given
     */
    public EvaluationAssert doesNotHaveCode(String... codes) {
        isNotNull();
        List<String> unwanted = Values.arguments("codes", codes, true);
        if (unwanted.stream().anyMatch(c -> actual.finding(c).isPresent())) {
            failWithMessage("Expecting order %s not to have %s but had %s", actual.orderId(),
                    Values.oneOrMany("code", unwanted), actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that no exception was found on the order.
     *
     * @return this assertion
     * @throws AssertionError when the order has a finding
     */
    public EvaluationAssert isClean() {
        isNotNull();
        if (!actual.isClean()) {
            failWithMessage("Expecting order %s to be clean but had %s", actual.orderId(), actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that fulfilment of the order must stop ({@link OrderEvaluation#blocking()}).
     *
     * @return this assertion
     * @throws AssertionError when the evaluation is not blocking
     */
    public EvaluationAssert isBlocking() {
        isNotNull();
        if (!actual.blocking()) {
            failWithMessage("Expecting order %s to be blocking but it was not, with codes %s", actual.orderId(),
                    actual.codes());
        }
        return myself;
    }

    /**
     * Verifies that fulfilment of the order may go on ({@link OrderEvaluation#blocking()} is false).
     *
     * @return this assertion
     * @throws AssertionError when the evaluation is blocking; the message names the blocking codes
     */
    public EvaluationAssert isNotBlocking() {
        isNotNull();
        if (actual.blocking()) {
            List<String> blocking = actual.findings().stream().filter(Finding::blocking).map(Finding::code).toList();
            failWithMessage("Expecting order %s not to be blocking but it was, by %s", actual.orderId(), blocking);
        }
        return myself;
    }

    /**
     * Verifies that the order has this code and goes on to assert on its finding. The finding's
     * assertions name this order in their messages, carry this assertion's description, and
     * {@link FindingAssert#and()} returns this assertion.
     *
     * @param code the code; not null
     * @return an assertion on the finding of that code
     * @throws AssertionError when the code was not raised; the message lists the codes that were
     */
    public FindingAssert finding(String code) {
        hasCode(code);
        FindingAssert finding = new FindingAssert(actual.finding(code).orElseThrow(), actual.orderId(), myself);
        return info.hasDescription() ? finding.describedAs(info.description()) : finding;
    }

    private static List<String> sorted(List<String> codes) {
        List<String> copy = new ArrayList<>(codes);
        copy.sort(null);
        return copy;
    }
}
