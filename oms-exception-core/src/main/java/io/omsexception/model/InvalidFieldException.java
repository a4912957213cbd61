package io.omsexception.model;

import java.util.Objects;

/**
 * An input value that breaks the contract of the order model. The message names the field by its
 * path and says what is wrong, for example {@code lines[2].quantity: must be greater than 0}; JSON
 * readers prefix the path with the document position ({@code $.orders[3].lines[2].quantity}).
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * Creates an error for one field.
     *
     * @param path the field path, never null (for example {@code payment.riskScore})
     * @param problem what is wrong, never null (for example {@code must be between 0 and 100})
     */
    public InvalidFieldException(String path, String problem) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"));
        this.path = path;
        this.problem = problem;
    }

    /** @return the path of the offending field, never null */
    public String path() {
        return path;
    }

    /** @return what is wrong with the field, without the path, never null */
    public String problem() {
        return problem;
    }

    /**
     * Returns the same error seen from an enclosing object.
     *
     * @param prefix the enclosing path, for example {@code lines[2]} or {@code $.orders[3]}
     * @return a new exception whose path is {@code prefix + "." + path()}
     */
    public InvalidFieldException under(String prefix) {
        InvalidFieldException e = new InvalidFieldException(prefix + "." + path, problem);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
