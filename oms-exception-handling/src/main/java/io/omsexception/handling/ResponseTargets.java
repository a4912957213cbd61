package io.omsexception.handling;

import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a case of each priority may stay open after it was opened before it is overdue.
 * {@link #standard()} is P1 15 minutes, P2 2 hours, P3 8 hours, P4 24 hours.
 *
 * <p>Immutable and thread-safe.
 *
 * @param targets a positive duration for every priority, never null
 */
public record ResponseTargets(Map<Priority, Duration> targets) {

    /**
     * Validates and copies the targets.
     *
     * @throws InvalidFieldException naming {@code targets[P2]} when a priority has no target or a
     *     target that is not positive
     */
    public ResponseTargets {
        Args.required(targets, "targets");
        EnumMap<Priority, Duration> copy = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            Duration d = targets.get(p);
            if (d == null) {
                throw new InvalidFieldException("targets[" + p + "]", "is required");
            }
            if (d.isNegative() || d.isZero()) {
                throw new InvalidFieldException("targets[" + p + "]", "must be positive but was " + d);
            }
            copy.put(p, d);
        }
        targets = Collections.unmodifiableMap(copy);
    }

    /** @return P1 15 minutes, P2 2 hours, P3 8 hours, P4 24 hours */
    public static ResponseTargets standard() {
        return new ResponseTargets(Map.of(
                Priority.P1, Duration.ofMinutes(15),
                Priority.P2, Duration.ofHours(2),
                Priority.P3, Duration.ofHours(8),
                Priority.P4, Duration.ofHours(24)));
    }

    /**
     * @param priority a priority, never null
     * @param target its new target, positive
     * @return these targets with that one replaced
     * @throws InvalidFieldException naming the priority when the target is not positive
     */
    public ResponseTargets with(Priority priority, Duration target) {
        Args.required(priority, "priority");
        EnumMap<Priority, Duration> copy = new EnumMap<>(targets);
        copy.put(priority, target);
        return new ResponseTargets(copy);
    }

    /**
     * @param priority a priority, never null
     * @return its target
     */
    public Duration of(Priority priority) {
        return targets.get(Args.required(priority, "priority"));
    }
}
