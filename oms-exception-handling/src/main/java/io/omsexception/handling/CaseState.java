package io.omsexception.handling;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The state of a case. {@link #OPEN} and {@link #IN_PROGRESS} are open: the case sits in its
 * department's queue and, when blocking, holds the order. The others are closed.
 *
 * <p>Transitions (anything else is refused with {@link IllegalTransitionException}):
 * <pre>
 * OPEN        --start / work order-->      IN_PROGRESS
 * OPEN, IN_PROGRESS --resolve-->           RESOLVED
 * OPEN, IN_PROGRESS --confirm-->           CONFIRMED   (cancels the order; final)
 * OPEN, IN_PROGRESS --ignore-->            IGNORED     (a blocking case needs an override)
 * RESOLVED, IGNORED --reopen-->            OPEN
 * </pre>
 * Assigning, moving and opening a work order need an open case; notes may be added in any state.
 */
public enum CaseState {
    /** Waiting in the queue. */
    OPEN,
    /** Someone is working on it. */
    IN_PROGRESS,
    /** The exception is gone: fixed by staff, or no longer raised by the rules. */
    RESOLVED,
    /** The exception is real and the order was cancelled because of it. Final. */
    CONFIRMED,
    /** Dismissed by staff; a blocking case only with an override naming who and why. */
    IGNORED;

    /** @return whether the case is OPEN or IN_PROGRESS */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /**
     * The transition table. {@link CaseAction#UPDATE} is the system's (re-evaluation);
     * {@link CaseAction#OPEN} only ever creates a case.
     *
     * @param action a case action, never null
     * @return the state a case in this state is in after the action, or empty when the action is
     *     not allowed in this state
     */
    public Optional<CaseState> after(CaseAction action) {
        Args.required(action, "action");
        CaseState next = switch (action) {
            case START -> this == OPEN ? IN_PROGRESS : null;
            case WORK_ORDER -> isOpen() ? IN_PROGRESS : null;
            case ASSIGN, UPDATE, MOVE -> isOpen() ? this : null;
            case NOTE, ACTION_QUEUED, ACTION_PROPOSED, ACTION_EXECUTED, ACTION_FAILED -> this;
            case ESCALATE -> isOpen() ? this : null;
            case RESOLVE -> isOpen() ? RESOLVED : null;
            case CONFIRM -> isOpen() ? CONFIRMED : null;
            case IGNORE -> isOpen() ? IGNORED : null;
            case REOPEN -> this == RESOLVED || this == IGNORED ? OPEN : null;
            case OPEN -> null;
        };
        return Optional.ofNullable(next);
    }

    /** @return the actions a case in this state allows, per {@link #after} */
    public Set<CaseAction> actions() {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : CaseAction.values()) {
            if (after(a).isPresent()) {
                allowed.add(a);
            }
        }
        return Set.copyOf(allowed);
    }
}
