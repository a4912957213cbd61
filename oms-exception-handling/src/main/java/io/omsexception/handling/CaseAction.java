package io.omsexception.handling;

/**
 * What was done to one case, as named in its audit entries, in {@link CaseState#after} and in
 * {@link IllegalTransitionException}. What the host is told about the whole order is an
 * {@link OrderSignal}.
 */
public enum CaseAction implements AuditAction {
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
    /** Staff moved an open case to another department's queue. */
    MOVE("move", "moved"),
    /** A policy let an action of the case's finding run by itself: it waits in the outbox. */
    ACTION_QUEUED("queue an action of", "queued an action of"),
    /** A policy proposed an action of the case's finding to staff, who approve it or not. */
    ACTION_PROPOSED("propose an action of", "proposed an action of"),
    /** The host's executor carried out an action of the case. */
    ACTION_EXECUTED("execute an action of", "executed an action of"),
    /** An attempt at an action of the case failed; it is retried until its attempts run out. */
    ACTION_FAILED("fail an action of", "failed an action of"),
    /** The monitor escalated an overdue open case: to its department's lead, then to a manager. */
    ESCALATE("escalate", "escalated");

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
    @Override
    public String pastTense() {
        return pastTense;
    }

    /** @return {@code false}: a case action is about one case */
    @Override
    public boolean isOrderLevel() {
        return false;
    }
}
