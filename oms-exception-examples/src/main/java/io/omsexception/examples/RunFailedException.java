package io.omsexception.examples;

/**
 * A run that started could not finish (a rule threw an {@link Error}, the JVM ran out of memory,
 * a bug): exit code 3, with a one-line message saying how far it got and what it left behind,
 * then the cause's stack trace.
 */
final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
