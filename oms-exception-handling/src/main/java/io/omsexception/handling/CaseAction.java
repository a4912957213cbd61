package io.omsexception.handling;

/**
 * What an audit entry records. The case actions change one case; the {@code ORDER_*} actions are
 * recorded by the system when it tells the host to hold, release or cancel an order.
 */
public enum CaseAction {
    /** A case was opened: from a finding, or by a manual mark. */
    OPEN("open", "opened"),
    /** Someone took the case: OPEN to IN_PROGRESS. */
    START("start", "started"),
    /** The case was given to an assignee. */
    ASSIGN("assign", "assigned"),
    /** A progress note was added. */
    NOTE("add a note to", "added a note to"),
    /** The case became a work order; an OPEN case goes IN_PROGRESS. */
    WORK_ORDER("open a work order for", "opened a work order for"),
    /** The exception is gone. */
    RESOLVE("resolve", "resolved"),
    /** The exception is real: the order is cancelled. */
    CONFIRM("confirm", "confirmed"),
    /** The exception was dismissed. */
    IGNORE("ignore", "ignored"),
    /** A closed case was opened again. */
    REOPEN("reopen", "reopened"),
    /** The system refreshed a rule case whose finding changed priority, department or blocking. */
    UPDATE("update", "updated"),
    /** The host was told to hold the order: a blocking case is open. */
    ORDER_HELD("hold", "held order"),
    /** The host was told to release the order: back to pending, re-enter the picking queue. */
    ORDER_RELEASED("release", "released order"),
    /** The host was told to cancel the order: a case was confirmed. */
    ORDER_CANCELLED("cancel", "cancelled order");

    private final String verb;
    private final String pastTense;

    CaseAction(String verb, String pastTense) {
        this.verb = verb;
        this.pastTense = pastTense;
    }

    /** @return the verb as used in error messages, for example {@code resolve} */
    public String verb() {
        return verb;
    }

    /** @return the verb as used in the audit text, for example {@code resolved} */
    public String pastTense() {
        return pastTense;
    }

    /** @return whether this action is about the order rather than one case */
    public boolean isOrderLevel() {
        return this == ORDER_HELD || this == ORDER_RELEASED || this == ORDER_CANCELLED;
    }
}
