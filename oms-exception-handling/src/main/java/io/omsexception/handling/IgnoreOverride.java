package io.omsexception.handling;

/**
 * Permission to ignore a blocking case: who overrode the block and why. Recorded on the case's
 * {@link Closure} and in the audit trail.
 *
 * <p>Immutable and thread-safe.
 *
 * @param by who approved the override, not blank
 * @param reason why the order may go on despite the exception, not blank
 */
public record IgnoreOverride(String by, String reason) {

    /**
     * Validates both parts.
     *
     * @throws io.omsexception.model.InvalidFieldException naming {@code override.by} or
     *     {@code override.reason} when blank
     */
    public IgnoreOverride {
        Args.text(by, "override.by");
        Args.text(reason, "override.reason");
    }
}
