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
 */
public record HandledCase(String orderId, String code, Category category, Department department,
        Instant openedAt, Instant closedAt, List<Stage> stages) {

    /** Refuses nulls (but {@code closedAt}) and a case closed before it was opened; copies the stages. */
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
        return new HandledCase(orderId, code, category, department, openedAt, closedAt, List.of());
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
