package io.omsexception.report;

import java.util.Objects;

/**
 * An improvement suggested because a {@link SuggestionRule} triggered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule that triggered
 * @param findings the subject's findings
 * @param observed the measured value (per 1,000 orders, or a share from 0 to 1)
 */
public record Suggestion(SuggestionRule rule, long findings, double observed) {

    /** Refuses a null rule. */
    public Suggestion {
        Objects.requireNonNull(rule, "rule");
    }

    /** @return why it was suggested, for example {@code OUT_OF_STOCK: 4.2 per 1,000 orders (threshold 1)} */
    public String reason() {
        return rule.measure() == SuggestionRule.Measure.PER_THOUSAND_ORDERS
                ? rule.subject() + ": " + findings + " findings, " + SuggestionRule.number(round(observed))
                        + " per 1,000 orders (threshold " + SuggestionRule.number(rule.threshold()) + ")"
                : rule.subject() + ": " + findings + " findings, " + SuggestionRule.number(round(observed * 100))
                        + "% of all findings (threshold " + SuggestionRule.number(rule.threshold() * 100) + "%)";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
