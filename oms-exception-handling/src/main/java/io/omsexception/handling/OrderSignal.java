package io.omsexception.handling;

/**
 * What the library tells the host's {@link OrderFlow} about an order, and records in the order's
 * audit trail once the host took it. An order is held while a blocking case is open, released when
 * the last one closes, and cancelled when a case is confirmed.
 */
public enum OrderSignal implements AuditAction {
    /** The order must not go on: a blocking case is open ({@link OrderFlow#hold}). */
    HELD("hold", "held order"),
    /** Back to pending, re-enter the picking queue: no blocking case is open ({@link OrderFlow#release}). */
    RELEASED("release", "released order"),
    /** The order is cancelled: a case was confirmed ({@link OrderFlow#cancel}). */
    CANCELLED("cancel", "cancelled order"),
    /** Some lines of the order are cancelled: a case was confirmed for them ({@link OrderFlow#cancelLines}). */
    LINES_CANCELLED("cancel lines of", "cancelled lines of order");

    private final String verb;
    private final String pastTense;

    OrderSignal(String verb, String pastTense) {
        this.verb = verb;
        this.pastTense = pastTense;
    }

    /** @return the verb as used in error messages, for example {@code release} */
    public String verb() {
        return verb;
    }

    @Override
    public String pastTense() {
        return pastTense;
    }

    /** @return {@code true}: a signal is about the order, not one case */
    @Override
    public boolean isOrderLevel() {
        return true;
    }
}
