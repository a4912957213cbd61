package io.omsexception.model;

import io.omsexception.InvalidInputException;

/**
 * An input value that breaks the contract of the order model. The message names the field by its
 * path and says what is wrong, for example {@code lines[2].quantity: must be greater than 0}; JSON
 * readers prefix the path with the document position ({@code $.orders[3].lines[2].quantity}).
 *
 * <p>Part of the {@link InvalidInputException} family. Immutable and thread-safe.
 */
public final class InvalidFieldException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error for one field.
     *
     * @param path the field path, never null (for example {@code payment.riskScore})
     * @param problem what is wrong, never null (for example {@code must be between 0 and 100})
     */
    public InvalidFieldException(String path, String problem) {
        super(path, problem, null);
    }

    /**
     * Returns the same error seen from an enclosing object.
     *
     * @param prefix the enclosing path, for example {@code lines[2]} or {@code $.orders[3]}
     * @return a new exception whose path is {@code prefix + "." + path()}
     */
    public InvalidFieldException under(String prefix) {
        InvalidFieldException e = new InvalidFieldException(prefix + "." + path(), problem());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
