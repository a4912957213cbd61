package io.omsexception.examples;

/** The command line cannot be carried out as given: exit code 2 with a one-line message that says what to fix. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
