package io.omsexception.json;

import io.omsexception.InvalidInputException;

/**
 * A request that cannot be used at all: not JSON, not an object, content after the request
 * object, beyond a document limit of {@link JsonLimits}, a request-level key given twice, or
 * invalid request-level data ({@code asOf}, {@code inventory}, {@code blacklist}). Errors inside
 * one order never throw this: they become entries of {@code errors}. The message starts with the
 * JSON path, for example {@code $.inventory[2].sku: is required}. Part of the
 * {@link InvalidInputException} family.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidRequestException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param path the JSON path of the problem, for example {@code $.asOf}
     * @param message what is wrong
     * @param cause the underlying error, or null
     */
    public InvalidRequestException(String path, String message, Throwable cause) {
        super(path, message, cause);
    }
}
