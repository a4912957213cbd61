package io.omsexception.handling;

import java.time.Instant;
import java.util.List;

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
 * @param lineIds for a case confirmed for some lines, those lines (the order goes on without
 *     them); empty when the whole order was cancelled, or the case was not confirmed; never null
 * @param reason why staff closed it, when they said so ({@link ClosingReason#NOT_AN_EXCEPTION} for a
 *     false positive); null otherwise
 */
public record Closure(String by, Instant at, String note, IgnoreOverride override, List<String> lineIds,
        ClosingReason reason) {

    /**
     * Validates the parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the missing part
     */
    public Closure {
        Args.text(by, "by");
        Args.required(at, "at");
        note = Args.optionalText(note);
        lineIds = List.copyOf(Args.required(lineIds, "lineIds"));
    }

    /**
     * A closure of the whole case, without lines.
     *
     * @param by who closed the case
     * @param at when
     * @param note the note, or null
     * @param override the override, or null
     */
    public Closure(String by, Instant at, String note, IgnoreOverride override) {
        this(by, at, note, override, List.of(), null);
    }

    /**
     * A closure without a reason.
     *
     * @param by who closed the case
     * @param at when
     * @param note the note, or null
     * @param override the override, or null
     * @param lineIds the lines confirmed, or empty
     */
    public Closure(String by, Instant at, String note, IgnoreOverride override, List<String> lineIds) {
        this(by, at, note, override, lineIds, null);
    }
}
