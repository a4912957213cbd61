package io.omsexception.handling;

/**
 * What an {@link AuditEntry} records: a {@link CaseAction} done to one case, or an
 * {@link OrderSignal} the host was given about the whole order.
 *
 * <p>Implemented by enums only; immutable and thread-safe.
 */
public sealed interface AuditAction permits CaseAction, OrderSignal {

    /** @return the verb as used in the audit text, for example {@code resolved} or {@code held order} */
    String pastTense();

    /** @return whether the entry is about the order rather than one case: true exactly for signals */
    boolean isOrderLevel();
}
