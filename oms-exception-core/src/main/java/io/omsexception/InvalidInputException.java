package io.omsexception;

import java.util.Objects;

/**
 * The root of every error about bad input: an order, a request or a value that breaks the
 * contract. It carries where the offending value is as a path and what is wrong with it; the
 * message is {@code path: problem}, for example {@code lines[2].quantity: must be greater than 0}
 * for the model, or {@code $.orders[3].lines[2].quantity: must be greater than 0} once a JSON reader
 * has placed it in its document.
 *
 * <p>Catch this type to handle every kind of bad input in one place. A rule pack that cannot be
 * built is not input: it throws {@link RulePackException}, which lists its problems with their
 * positions in the DRL.
 *
 * <p>Immutable and thread-safe.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * @param path where the offending value is, never null (for example {@code payment.riskScore}
     *     or {@code $.asOf}); empty for the input as a whole
     * @param problem what is wrong, never null (for example {@code must be between 0 and 100})
     * @param cause the underlying error, or null
     */
    public InvalidInputException(String path, String problem, Throwable cause) {
        super(message(path, problem), cause);
        this.path = path;
        this.problem = problem;
    }

    private static String message(String path, String problem) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    /** @return where the offending value is, never null; empty for the input as a whole */
    public final String path() {
        return path;
    }

    /** @return what is wrong, without the path, never null */
    public final String problem() {
        return problem;
    }
}
