package io.omsexception.testkit;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.Priority;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one finding, made by {@link EvaluationAssert#finding(String)} or
 * {@link OmsAssertions#assertThat(Finding)}.
 *
 * <p>Every assertion first fails when the finding is null (AssertJ's {@code isNotNull()}), and
 * otherwise fails with an {@link AssertionError} naming the code, the order when the finding came
 * from an evaluation, what was expected and what was found, for example
 * {@code Expecting finding PAYMENT_TIMEOUT of order SO-1 to have priority P1 but had P2}; a
 * description given with {@code as(...)} prefixes that message. Every assertion returns this
 * assertion, so that they chain, and {@link #and()} goes back to the evaluation. A null argument is
 * refused with a {@link NullPointerException}, except an expected evidence value, which may be null.
 *
 * <p>Not thread-safe, like every AssertJ assertion: use an instance on the thread that made it. The
 * finding itself is immutable.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
    private final String orderId;
    private final EvaluationAssert evaluation;

    FindingAssert(Finding actual, String orderId, EvaluationAssert evaluation) {
        super(actual, FindingAssert.class);
        this.orderId = orderId;
        this.evaluation = evaluation;
    }

    /**
     * @param priority the priority expected, after the VIP bump; not null
     * @return this assertion
     * @throws AssertionError when the finding has another priority
     */
    public FindingAssert hasPriority(Priority priority) {
        isNotNull();
        Values.argument("priority", priority);
        if (actual.priority() != priority) {
            failWithMessage("Expecting %s to have priority %s but had %s", subject(), priority, actual.priority());
        }
        return myself;
    }

    /**
     * @param priority the priority expected, after the VIP bump: {@code P1}..{@code P4} or
     *     {@code 1}..{@code 4}, as {@link Priority#parse(String)} reads it; not null
     * @return this assertion
     * @throws AssertionError when the finding has another priority
     * @throws IllegalArgumentException when the text is not a priority
     */
    public FindingAssert hasPriority(String priority) {
        isNotNull();
        Values.argument("priority", priority);
        return hasPriority(Priority.parse(priority));
    }

    /**
     * Verifies that the finding stops fulfilment of the order.
     *
     * @return this assertion
     * @throws AssertionError when the finding is advisory
     */
    public FindingAssert isBlocking() {
        isNotNull();
        if (!actual.blocking()) {
            failWithMessage("Expecting %s to be blocking but it was advisory", subject());
        }
        return myself;
    }

    /**
     * Verifies that the finding does not stop fulfilment of the order.
     *
     * @return this assertion
     * @throws AssertionError when the finding is blocking
     */
    public FindingAssert isAdvisory() {
        isNotNull();
        if (actual.blocking()) {
            failWithMessage("Expecting %s to be advisory but it was blocking", subject());
        }
        return myself;
    }

    /**
     * @param department the department expected; not null
     * @return this assertion
     * @throws AssertionError when another department handles the finding
     */
    public FindingAssert hasDepartment(Department department) {
        isNotNull();
        Values.argument("department", department);
        return hasDepartment(department.name());
    }

    /**
     * @param name the name of the department expected, exactly as {@link Department#name()} gives
     *     it, for example {@code WAREHOUSE}; not null
     * @return this assertion
     * @throws AssertionError when another department handles the finding
     */
    public FindingAssert hasDepartment(String name) {
        isNotNull();
        Values.argument("department", name);
        if (!actual.department().name().equals(name)) {
            failWithMessage("Expecting %s to have department %s but had %s", subject(), name,
                    actual.department().name());
        }
        return myself;
    }

    /**
     * @param category the category expected; not null
     * @return this assertion
     * @throws AssertionError when the finding is of another category
     */
    public FindingAssert hasCategory(Category category) {
        isNotNull();
        Values.argument("category", category);
        return hasCategory(category.name());
    }

    /**
     * @param name the name of the category expected, exactly as {@link Category#name()} gives it,
     *     for example {@code PAYMENT}; not null
     * @return this assertion
     * @throws AssertionError when the finding is of another category
     */
    public FindingAssert hasCategory(String name) {
        isNotNull();
        Values.argument("category", name);
        if (!actual.category().name().equals(name)) {
            failWithMessage("Expecting %s to have category %s but had %s", subject(), name, actual.category().name());
        }
        return myself;
    }

    /**
     * Verifies one evidence value. Numbers are compared by value whatever their type: {@code 30}
     * matches {@code 30L}, {@code 30.0} and {@code new BigDecimal("30.00")}; a list matches a list of
     * the same size whose elements match one by one in the same way; anything else matches what is
     * {@linkplain Object#equals equal} to it. A string never matches a number.
     *
     * @param key the evidence key, for example {@code minutesSinceCreated} or
     *     {@code skus[TEA-001].available}; not null
     * @param value the value expected; may be null, to verify a key given a null value
     * @return this assertion
     * @throws AssertionError when the key is absent or holds another value
     */
    public FindingAssert hasEvidence(String key, Object value) {
        isNotNull();
        Values.argument("key", key);
        if (!actual.evidence().containsKey(key)) {
            failWithMessage("Expecting %s to have evidence %s = %s but it has no such key; its keys are %s", subject(),
                    key, Values.describe(value), actual.evidence().keySet());
        } else if (!Values.sameValue(value, actual.evidence().get(key))) {
            failWithMessage("Expecting %s to have evidence %s = %s but had %s", subject(), key, Values.describe(value),
                    Values.describe(actual.evidence().get(key)));
        }
        return myself;
    }

    /**
     * Verifies that the evidence has these keys, whatever their values, among any others.
     *
     * @param keys the keys; at least one, no null element
     * @return this assertion
     * @throws AssertionError when one of them is absent
     * @throws IllegalArgumentException when no key is given
     */
    public FindingAssert hasEvidenceKey(String... keys) {
        isNotNull();
        List<String> expected = Values.arguments("keys", keys, true);
        if (!actual.evidence().keySet().containsAll(expected)) {
            failWithMessage("Expecting %s to have evidence %s but had keys %s", subject(),
                    Values.oneOrMany("key", expected), actual.evidence().keySet());
        }
        return myself;
    }

    /**
     * Verifies that the evidence has none of these keys.
     *
     * @param keys the keys; at least one, no null element
     * @return this assertion
     * @throws AssertionError when one of them is present
     * @throws IllegalArgumentException when no key is given
     */
    public FindingAssert doesNotHaveEvidenceKey(String... keys) {
        isNotNull();
        List<String> unwanted = Values.arguments("keys", keys, true);
        if (unwanted.stream().anyMatch(actual.evidence()::containsKey)) {
            failWithMessage("Expecting %s not to have evidence %s but had keys %s", subject(),
                    Values.oneOrMany("key", unwanted), actual.evidence().keySet());
        }
        return myself;
    }

    /**
     * Verifies the SKUs the finding is about, exactly and in their order (that of the first line
     * ordering each). No SKU at all means a finding about the order as a whole.
     *
     * @param skus the SKUs expected; not null, no null element
     * @return this assertion
     * @throws AssertionError when the SKUs differ, in content or in order
     */
    public FindingAssert hasSkus(String... skus) {
        isNotNull();
        List<String> expected = Values.arguments("skus", skus, false);
        if (!actual.skus().equals(expected)) {
            failWithMessage("Expecting %s to have SKUs %s but had %s", subject(), expected, actual.skus());
        }
        return myself;
    }

    /**
     * Verifies the positions (from 0) of the order's lines the finding is about, exactly and in
     * their order (ascending). No line at all means a finding about the order as a whole.
     *
     * @param lines the line positions expected; not null, no null element
     * @return this assertion
     * @throws AssertionError when the lines differ, in content or in order
     */
    public FindingAssert hasLines(Integer... lines) {
        isNotNull();
        List<Integer> expected = Values.arguments("lines", lines, false);
        if (!actual.lines().equals(expected)) {
            failWithMessage("Expecting %s to have lines %s but had %s", subject(), expected, actual.lines());
        }
        return myself;
    }

    /**
     * Verifies that this rule is among those that raised the finding.
     *
     * @param ruleName the rule's full name, for example
     *     {@code "PAYMENT_TIMEOUT: the order is unpaid for too long"}; not null
     * @return this assertion
     * @throws AssertionError when no rule of that name raised it; the message lists those that did
     */
    public FindingAssert wasRaisedBy(String ruleName) {
        isNotNull();
        Values.argument("ruleName", ruleName);
        if (!actual.rules().contains(ruleName)) {
            failWithMessage("Expecting %s to have been raised by %s but was raised by %s", subject(),
                    Values.describe(ruleName), Values.describe(actual.rules()));
        }
        return myself;
    }

    /**
     * Goes back to the evaluation this finding came from, to go on asserting on it.
     *
     * @return the assertion whose {@link EvaluationAssert#finding(String)} made this one
     * @throws IllegalStateException when this assertion was made by
     *     {@link OmsAssertions#assertThat(Finding)}: there is no evaluation to go back to
     */
    public EvaluationAssert and() {
        if (evaluation == null) {
            throw new IllegalStateException("and(): this assertion was made by OmsAssertions.assertThat(Finding), "
                    + "not by EvaluationAssert.finding(code); there is no evaluation to go back to");
        }
        return evaluation;
    }

    private String subject() {
        return "finding " + actual.code() + (orderId == null ? "" : " of order " + orderId);
    }
}
