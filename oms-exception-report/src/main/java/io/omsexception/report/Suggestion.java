package io.omsexception.report;

import io.omsexception.Category;
import java.util.Comparator;
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

    /**
     * The order of {@link ExceptionStatistics#rankedSuggestions()}: the suggestion behind more
     * findings first, then the one whose measure is further over its threshold (as a multiple of
     * it; over a threshold of 0 counts as furthest), then by rule id.
     */
    public static final Comparator<Suggestion> RANKING = Comparator.comparingLong(Suggestion::findings).reversed()
            .thenComparing(Comparator.comparingDouble(Suggestion::overThreshold).reversed())
            .thenComparing(g -> g.rule().id());

    /** Refuses a null rule. */
    public Suggestion {
        Objects.requireNonNull(rule, "rule");
    }

    private double overThreshold() {
        return rule.threshold() == 0 ? Double.POSITIVE_INFINITY : observed / rule.threshold();
    }

    /** @return why it was suggested, for example {@code OUT_OF_STOCK: 4.2 per 1,000 orders (threshold 1)} */
    public String reason() {
        return rule.measure() == SuggestionRule.Measure.PER_THOUSAND_ORDERS
                ? rule.subject() + ": " + findings + " findings, " + SuggestionRule.number(round(observed))
                        + " per 1,000 orders (threshold " + SuggestionRule.number(rule.threshold()) + ")"
                : rule.subject() + ": " + findings + " findings, " + SuggestionRule.number(round(observed * 100))
                        + "% of all findings (threshold " + SuggestionRule.number(rule.threshold() * 100) + "%)";
    }

    /**
     * @param language {@code zh} or {@code en}; another language, or null, gives English
     * @return why it was suggested in that language, for example {@code OUT_OF_STOCK：4 条异常，每千单
     *     1.33 条（阈值 1）}; a category subject shows its display name in Chinese ({@code 库存})
     */
    public String reason(String language) {
        if (!"zh".equals(language)) {
            return reason();
        }
        String subject = rule.subjectIsCategory() ? Category.of(rule.subject()).displayName().zh() : rule.subject();
        return rule.measure() == SuggestionRule.Measure.PER_THOUSAND_ORDERS
                ? subject + "：" + findings + " 条异常，每千单 " + SuggestionRule.number(round(observed)) + " 条（阈值 "
                        + SuggestionRule.number(rule.threshold()) + "）"
                : subject + "：" + findings + " 条异常，占全部异常的 " + SuggestionRule.number(round(observed * 100))
                        + "%（阈值 " + SuggestionRule.number(rule.threshold() * 100) + "%）";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
