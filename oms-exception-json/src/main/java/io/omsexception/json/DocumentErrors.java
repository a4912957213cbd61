package io.omsexception.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.omsexception.model.Texts;
import java.util.regex.Pattern;

/**
 * The errors of a document that cannot be read at all, as {@link InvalidRequestException}s with
 * a JSON path and a position ({@code at line 1, column 15}): not JSON, or beyond a document limit
 * of {@link JsonLimits}. Jackson's own exceptions for limits carry no location; the position
 * comes from the parser. Stateless and thread-safe.
 */
final class DocumentErrors {
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private DocumentErrors() {
    }

    /**
     * @param p the parser that refused the document, where it stopped
     * @param e its exception
     * @param limits the limits it read with
     * @return the error: the path of the value and which limit, for example
     *     {@code $.orders[0].note: string longer than 1000000 characters (limit maxStringLength) at line 1, column 40}
     */
    static InvalidRequestException limit(JsonParser p, StreamConstraintsException e, JsonLimits limits) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        JsonLocation at;
        String path = JsonPaths.of(p.getParsingContext());
        // The start of a string or of a container is known when the limit is noticed; the end of a
        // number or field name is.
        if (message.startsWith("String value length")) {
            problem = "string longer than " + limits.maxStringLength() + " characters (limit maxStringLength)";
            at = p.currentTokenLocation();
        } else if (message.startsWith("Document nesting depth")) {
            problem = "nested deeper than " + limits.maxNestingDepth() + " levels (limit maxNestingDepth)";
            at = p.currentTokenLocation();
        } else if (message.startsWith("Number value length")) {
            problem = "number with more than " + limits.maxNumberLength() + " digits (limit maxNumberLength)";
            at = p.currentLocation();
        } else if (message.startsWith("Name length")) {
            problem = "field name longer than " + limits.maxFieldNameLength() + " characters (limit maxFieldNameLength)";
            at = p.currentLocation();
            path = JsonPaths.ofContainer(p.getParsingContext()); // the name's field is not entered yet
        } else {
            problem = "beyond a limit of the JSON reader: " + Texts.escaped(message);
            at = p.currentLocation();
        }
        return new InvalidRequestException(path, problem + position(at), e);
    }

    /**
     * @param p the parser that refused the document
     * @param e its exception
     * @return {@code $: not valid JSON: <what the parser says> at line L, column C}
     */
    static InvalidRequestException syntax(JsonParser p, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // Jackson names a position inside its message as "[Source: ...; line: 1, column: 75]"
        message = SOURCE.matcher(message).replaceAll("line $1, column $2");
        return new InvalidRequestException("$", "not valid JSON: " + Texts.escaped(message) + position(at), e);
    }

    /**
     * @param at a position in the document
     * @return {@code  at line L, column C}
     */
    static String position(JsonLocation at) {
        return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
