package io.omsexception.report;

import java.util.Objects;

/**
 * How often staff found a code's cases real: its rule's precision, from the verdicts of the cases
 * staff closed ({@link HandledCase#verdict()}). Cases without a verdict (open, closed by the
 * system, closed without a reason) do not count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code, never null
 * @param judged the cases of the code with a verdict, at least 1
 * @param genuine those staff found real ({@link HandledCase.Verdict#GENUINE})
 * @param falseAlarms those staff closed as no exception ({@link HandledCase.Verdict#FALSE_ALARM})
 */
public record CodePrecision(String code, long judged, long genuine, long falseAlarms) {

    /** Refuses a null code, no judged case, and counts that do not add up. */
    public CodePrecision {
        Objects.requireNonNull(code, "code");
        if (judged < 1 || genuine < 0 || falseAlarms < 0 || genuine + falseAlarms != judged) {
            throw new IllegalArgumentException("precision of " + code + ": counts must satisfy genuine + falseAlarms = judged >= 1"
                    + " but were " + genuine + " + " + falseAlarms + " and " + judged);
        }
    }

    /** @return {@code genuine / judged}, 0 to 1: the share of judged cases that were real exceptions */
    public double precision() {
        return (double) genuine / judged;
    }
}
