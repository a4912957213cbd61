package io.omsexception.handling;

/** Where a case comes from: a rule's finding or a person's manual mark. */
public enum CaseKind {
    /** Opened for a {@link io.omsexception.Finding}; one per order and code; kept in step with re-evaluations. */
    RULE,
    /** Opened by a person marking the order; one per order and handle; never touched by re-evaluations. */
    MARK
}
