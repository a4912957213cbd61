package io.omsexception.handling;

import java.time.Instant;

/**
 * How a case was closed: who resolved, confirmed or ignored it, when, the note, and for an
 * ignored blocking case the override. Cleared when the case is reopened; the audit trail keeps
 * every closure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param by who closed the case ({@code system} when re-evaluation resolved it), not blank
 * @param at when, never null
 * @param note the note; for a confirmed case the cancellation reason told to the customer; may be
 *     null
 * @param override the override that allowed ignoring a blocking case; null otherwise
 */
public record Closure(String by, Instant at, String note, IgnoreOverride override) {

    /**
     * Validates the parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the missing part
     */
    public Closure {
        Args.text(by, "by");
        Args.required(at, "at");
        note = Args.optionalText(note);
    }
}
