package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One handled (or still open) exception case, as the statistics read it: what was found, who
 * handles it, when it was opened and closed, and how long each stage of its handling took. A host
 * maps its own case records (or the handling layer's cases) to this small input type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param orderId the order's id, never null
 * @param code the exception code, never null
 * @param category the code's category, never null
 * @param department the department that handles it, never null
 * @param openedAt when the case was opened, never null
 * @param closedAt when it was closed (resolved, confirmed or dismissed), or null while it is open
 * @param stages the stages its handling went through, in order; empty when unknown
 * @param verdict what staff found when they closed it: the exception was real, or a false alarm;
 *     null when unknown (the case is open, was closed by the system, or staff gave no reason).
 *     The report's per-code precision ({@link ExceptionStatistics#precision()}) and the impact
 *     preview ({@link ImpactPreview}) count it.
 */
public record HandledCase(String orderId, String code, Category category, Department department,
        Instant openedAt, Instant closedAt, List<Stage> stages, Verdict verdict) {

    /**
     * Refuses nulls (but {@code closedAt} and {@code verdict}), a case closed before it was opened and
     * a verdict on an open case; copies the stages.
     */
    public HandledCase {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(openedAt, "openedAt");
        if (closedAt != null && closedAt.isBefore(openedAt)) {
            throw new IllegalArgumentException("case " + orderId + "/" + code + ": closedAt " + closedAt
                    + " is before openedAt " + openedAt);
        }
        stages = stages == null ? List.of() : List.copyOf(stages);
        if (verdict != null && closedAt == null) {
            throw new IllegalArgumentException("case " + orderId + "/" + code + ": verdict " + verdict
                    + " needs closedAt: an open case has no verdict yet");
        }
    }

    /**
     * A case without a verdict.
     *
     * @param orderId the order's id, never null
     * @param code the exception code, never null
     * @param category the code's category, never null
     * @param department the handling department, never null
     * @param openedAt when it was opened, never null
     * @param closedAt when it was closed, or null while open
     * @param stages its stages, in order; null or empty when unknown
     */
    public HandledCase(String orderId, String code, Category category, Department department,
            Instant openedAt, Instant closedAt, List<Stage> stages) {
        this(orderId, code, category, department, openedAt, closedAt, stages, null);
    }

    /**
     * A case without stage timestamps.
     *
     * @param orderId the order's id
     * @param code the exception code
     * @param category the code's category
     * @param department the handling department
     * @param openedAt when it was opened
     * @param closedAt when it was closed, or null while open
     * @return the case
     */
    public static HandledCase of(String orderId, String code, Category category, Department department,
            Instant openedAt, Instant closedAt) {
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, List.of(), null);
    }

    /**
     * @param value what staff found, or null for unknown
     * @return a copy with that verdict
     * @throws IllegalArgumentException when the case is open and the verdict is not null
     */
    public HandledCase withVerdict(Verdict value) {
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, stages, value);
    }

    /**
     * What staff found when they closed a case, the ground truth of a rule's precision. The
     * handling layer's {@code ClosingReason.NOT_AN_EXCEPTION} is a {@link #FALSE_ALARM}; a case
     * staff fixed, confirmed or otherwise closed themselves is {@link #GENUINE}.
     */
    public enum Verdict {
        /** The exception was real. */
        GENUINE,
        /** The order was fine: the rule was wrong about it. */
        FALSE_ALARM
    }

    /** @return whether the case is still open */
    public boolean isOpen() {
        return closedAt == null;
    }

    /** @return the time from opening to closing, empty while the case is open */
    public Optional<Duration> handlingTime() {
        return closedAt == null ? Optional.empty() : Optional.of(Duration.between(openedAt, closedAt));
    }

    /**
     * One stage of a case's handling, for example {@code triage} from the case's opening until
     * someone took it, or {@code waiting for the customer}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param name the stage's name, never blank; stages of the same name are compared across cases
     * @param startedAt when the stage started, never null
     * @param endedAt when it ended, or null while it is running (then it does not count)
     */
    public record Stage(String name, Instant startedAt, Instant endedAt) {

        /** Refuses a blank name, a null start and an end before the start. */
        public Stage {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(startedAt, "startedAt");
            if (name.isBlank()) {
                throw new IllegalArgumentException("stage name: must not be blank");
            }
            if (endedAt != null && endedAt.isBefore(startedAt)) {
                throw new IllegalArgumentException("stage " + name + ": endedAt " + endedAt
                        + " is before startedAt " + startedAt);
            }
        }

        /** @return how long the stage took, empty while it is running */
        public Optional<Duration> duration() {
            return endedAt == null ? Optional.empty() : Optional.of(Duration.between(startedAt, endedAt));
        }
    }
}
