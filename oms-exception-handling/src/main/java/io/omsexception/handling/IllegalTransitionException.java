package io.omsexception.handling;

/**
 * An action that the case's state does not allow, or that needs something it was not given (an
 * override to ignore a blocking case). The message names the case, the action and the state, for
 * example {@code case SO-1/PAYMENT_TIMEOUT: cannot resolve a case that is CONFIRMED}. Nothing was
 * changed.
 *
 * <p>Immutable and thread-safe.
 */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient CaseId caseId;
    /** The case's state when the action was refused. */
    private final CaseState state;
    /** The refused action. */
    private final CaseAction action;

    /**
     * @param caseId the case, never null
     * @param state the case's current state, never null
     * @param action the refused action, never null
     * @param problem why, for example {@code cannot resolve a case that is CONFIRMED}, never null
     */
    public IllegalTransitionException(CaseId caseId, CaseState state, CaseAction action, String problem) {
        super("case " + Args.required(caseId, "caseId") + ": " + Args.text(problem, "problem"));
        this.caseId = caseId;
        this.state = Args.required(state, "state");
        this.action = Args.required(action, "action");
    }

    /** @return the case, never null */
    public CaseId caseId() {
        return caseId;
    }

    /** @return the case's state when the action was refused, never null */
    public CaseState state() {
        return state;
    }

    /** @return the refused action, never null */
    public CaseAction action() {
        return action;
    }
}
