package io.omsexception.report;

import io.omsexception.ActionType;
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
 * @param actions what became of the actions of its finding, as the handling layer recorded them
 *     (proposed to staff, carried out, failed after the last attempt), in the order they happened;
 *     empty when none or unknown. The report counts them per action type and code
 *     ({@link ExceptionStatistics#actions()}).
 * @param escalations the escalations of the case while it was overdue (to its department's lead,
 *     then to a manager), in order; empty when none or unknown. The report counts them per
 *     department and level ({@link ExceptionStatistics#escalations()}).
 */
public record HandledCase(String orderId, String code, Category category, Department department,
        Instant openedAt, Instant closedAt, List<Stage> stages, Verdict verdict, List<ActionOutcome> actions,
        List<Escalation> escalations) {

    /**
     * Refuses nulls (but {@code closedAt} and {@code verdict}), a case closed before it was opened and
     * a verdict on an open case; copies the stages, the actions and the escalations (null is empty).
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
        actions = actions == null ? List.of() : List.copyOf(actions);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
    }

    /**
     * A case without actions or escalations.
     *
     * @param orderId the order's id, never null
     * @param code the exception code, never null
     * @param category the code's category, never null
     * @param department the handling department, never null
     * @param openedAt when it was opened, never null
     * @param closedAt when it was closed, or null while open
     * @param stages its stages, in order; null or empty when unknown
     * @param verdict what staff found, or null for unknown
     */
    public HandledCase(String orderId, String code, Category category, Department department,
            Instant openedAt, Instant closedAt, List<Stage> stages, Verdict verdict) {
        this(orderId, code, category, department, openedAt, closedAt, stages, verdict, List.of(), List.of());
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
        this(orderId, code, category, department, openedAt, closedAt, stages, null, List.of(), List.of());
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
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, List.of(), null, List.of(),
                List.of());
    }

    /**
     * @param value what staff found, or null for unknown
     * @return a copy with that verdict
     * @throws IllegalArgumentException when the case is open and the verdict is not null
     */
    public HandledCase withVerdict(Verdict value) {
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, stages, value, actions,
                escalations);
    }

    /**
     * @param outcomes what became of the case's actions, in order; null for none
     * @param escalated the case's escalations, in order; null for none
     * @return a copy with those actions and escalations (the rest unchanged)
     */
    public HandledCase withActions(List<ActionOutcome> outcomes, List<Escalation> escalated) {
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, stages, verdict, outcomes,
                escalated);
    }

    /**
     * What became of one action of the case's finding, as the handling layer audits it.
     *
     * <p>Immutable and thread-safe.
     *
     * @param type the action's type, for example {@code CHASE_CARRIER}, never null
     * @param outcome what happened to it, never null
     * @param at when, never null
     */
    public record ActionOutcome(ActionType type, Outcome outcome, Instant at) {

        /** Refuses nulls. */
        public ActionOutcome {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(at, "at");
        }

        /**
         * What happened to an action. One action can have more than one outcome: one proposed to
         * staff and approved is {@link #PROPOSED}, then {@link #EXECUTED} (or {@link #FAILED}).
         */
        public enum Outcome {
            /** A policy proposed it to staff (the handling layer's {@code ACTION_PROPOSED}). */
            PROPOSED,
            /** The host's executor carried it out ({@code ACTION_EXECUTED}). */
            EXECUTED,
            /** Its last attempt failed: it left the outbox and staff were told ({@code ACTION_FAILED}, no attempt left). */
            FAILED
        }
    }

    /**
     * One escalation of an overdue open case.
     *
     * <p>Immutable and thread-safe.
     *
     * @param level to whom, never null
     * @param at when, never null
     */
    public record Escalation(Level level, Instant at) {

        /** Refuses nulls. */
        public Escalation {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(at, "at");
        }

        /** To whom an overdue case was escalated. */
        public enum Level {
            /** The department's lead, after the response target. */
            LEAD,
            /** A manager, after twice the response target. */
            MANAGER
        }
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
