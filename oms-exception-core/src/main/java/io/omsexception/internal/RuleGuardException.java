package io.omsexception.internal;

/**
 * A rule broke the guard of its session ({@link RuleGuard}, {@link SessionFindings}): it fired
 * too often, inserted too many facts, outran the time budget, or raised a finding on an order
 * whose facts it did not match. The session's orders come back as errors with this message;
 * the engine stays usable.
 */
final class RuleGuardException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    RuleGuardException(String message) {
        super(message);
    }

    /**
     * @param failure what a session threw, possibly wrapping a guard violation (Drools wraps an
     *     exception thrown by a consequence)
     * @return the guard violation in its cause chain, or null
     */
    static RuleGuardException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleGuardException g) {
                return g;
            }
        }
        return null;
    }
}
