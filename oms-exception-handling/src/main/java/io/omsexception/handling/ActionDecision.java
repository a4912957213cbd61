package io.omsexception.handling;

/** What a host's {@link ActionPolicies} decide about an action of a finding. */
public enum ActionDecision {
    /** Run it by itself: it goes to the outbox and the host's {@link ActionExecutor} carries it out. */
    AUTO,
    /** Propose it to staff: it is recorded on the case, and runs when a person approves it. */
    PROPOSE,
    /** Never run it: staff follow the guidance instead. */
    NEVER
}
