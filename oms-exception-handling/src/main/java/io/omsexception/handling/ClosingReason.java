package io.omsexception.handling;

/**
 * Why staff closed a case, as they pick it when resolving: the statistics use it to show each
 * code's share of cases that were not an exception at all, the precision of its rule.
 */
public enum ClosingReason {
    /** The exception was real and was put right (the address completed, the payment arrived). */
    FIXED,
    /** The order was fine: the rule, or the person who marked it, was wrong. */
    NOT_AN_EXCEPTION
}
