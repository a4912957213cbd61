package io.omsexception.handling;

import java.util.function.Supplier;

/** The system's own work re-reads and retries when a case changed under it; people decide again instead. */
final class Retries {
    static final int SYSTEM_ATTEMPTS = 16;

    private Retries() {
    }

    /** Runs the attempt until it does not conflict, at most {@value #SYSTEM_ATTEMPTS} times. */
    static <T> T retrying(Supplier<T> attempt) {
        CaseConflictException last = null;
        for (int i = 0; i < SYSTEM_ATTEMPTS; i++) {
            try {
                return attempt.get();
            } catch (CaseConflictException e) {
                last = e;
            }
        }
        throw last;
    }
}
