package io.omsexception.handling;

import java.time.Duration;

/**
 * An open case as a queue shows it, with how long it has waited and whether it is overdue, as of
 * the moment the queue was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exceptionCase the case, never null
 * @param age how long since the case was (last) opened, never null
 * @param overdue whether the case is past its due time
 */
public record QueueEntry(ExceptionCase exceptionCase, Duration age, boolean overdue) {

    /**
     * Validates the parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the missing part
     */
    public QueueEntry {
        Args.required(exceptionCase, "exceptionCase");
        Args.required(age, "age");
    }

    /** @return the case's id */
    public CaseId caseId() {
        return exceptionCase.id();
    }
}
