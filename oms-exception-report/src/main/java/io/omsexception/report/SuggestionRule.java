package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the improvement mapping: when the findings of a code (or of a whole category) are
 * frequent enough, suggest a lasting fix. The standard mapping is {@link SuggestionRules#standard()}
 * and documented in {@code docs/statistics.md}; thresholds are changed with
 * {@link #withThreshold(double)} or {@link SuggestionRules#withThreshold(String, double)}.
 *
 * <p>A rule triggers when its subject has at least {@code minimumFindings} findings and its
 * measure is strictly more than {@code threshold}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable, lower-case identifier, for example {@code replenishment}
 * @param subject a code (for example {@code OUT_OF_STOCK}) or a category name (for example {@code RISK})
 * @param measure what the threshold is compared with
 * @param threshold the value the measure must exceed, not negative
 * @param minimumFindings the fewest findings of the subject that can trigger it, at least 1; guards
 *     against a share computed from a handful of orders
 * @param advice the suggestion, in Chinese and English
 */
public record SuggestionRule(String id, String subject, Measure measure, double threshold, int minimumFindings,
        LocalizedText advice) {

    /** What a suggestion rule's threshold is compared with. */
    public enum Measure {
        /** Findings of the subject per 1,000 evaluated orders. */
        PER_THOUSAND_ORDERS,
        /** Findings of the subject as a share (0 to 1) of all findings. */
        SHARE_OF_FINDINGS
    }

    /** Refuses nulls, a negative threshold and a minimum below 1. */
    public SuggestionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(advice, "advice");
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("suggestion " + id + ": threshold must be a number of 0 or more but was "
                    + threshold);
        }
        if (measure == Measure.SHARE_OF_FINDINGS && threshold > 1) {
            throw new IllegalArgumentException("suggestion " + id + ": a share threshold must be between 0 and 1 but was "
                    + threshold);
        }
        if (minimumFindings < 1) {
            throw new IllegalArgumentException("suggestion " + id + ": minimumFindings must be at least 1 but was "
                    + minimumFindings);
        }
    }

    /** @return whether the subject is a category rather than a code */
    public boolean subjectIsCategory() {
        for (Category c : Category.standard()) {
            if (c.name().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param value the new threshold
     * @return a copy with that threshold
     */
    public SuggestionRule withThreshold(double value) {
        return new SuggestionRule(id, subject, measure, value, minimumFindings, advice);
    }

    /** @return the trigger in words, for example {@code OUT_OF_STOCK > 1 per 1,000 orders} */
    public String trigger() {
        return measure == Measure.PER_THOUSAND_ORDERS
                ? subject + " > " + number(threshold) + " per 1,000 orders"
                : subject + " > " + number(threshold * 100) + "% of findings";
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
