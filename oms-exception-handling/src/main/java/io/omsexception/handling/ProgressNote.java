package io.omsexception.handling;

import java.time.Instant;

/**
 * A progress note on a case, in the order they were added.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the note was added, never null
 * @param author who wrote it, not blank
 * @param text the note, not blank
 */
public record ProgressNote(Instant at, String author, String text) {

    /**
     * Validates the parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming the missing part
     */
    public ProgressNote {
        Args.required(at, "at");
        Args.text(author, "author");
        Args.text(text, "text");
    }
}
