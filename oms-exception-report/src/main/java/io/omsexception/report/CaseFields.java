package io.omsexception.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Texts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The field readers of {@link HandledCaseJson}: each refuses a bad value with an
 * {@link IllegalArgumentException} naming its JSON path. Stateless and thread-safe.
 */
final class CaseFields {
    private CaseFields() {
    }

    /** @return the objects of an optional array field; empty when absent or null */
    static List<JsonNode> entries(JsonNode n, String field, String path) {
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException(path + "." + field + ": must be an array");
        }
        if (a.size() > HandledCaseJson.MAX_STAGES) {
            throw new IllegalArgumentException(path + "." + field + ": must have at most " + HandledCaseJson.MAX_STAGES
                    + " entries");
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isObject()) {
                throw new IllegalArgumentException(path + "." + field + "[" + i + "]: must be an object");
            }
            out.add(a.get(i));
        }
        return out;
    }

    /** @return the constant of the enum the field names, exactly */
    static <E extends Enum<E>> E choice(Class<E> type, JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(path + "." + field + ": is required");
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (v.isTextual() && e.name().equals(v.asText())) {
                return e;
            }
            names.add(e.name());
        }
        throw new IllegalArgumentException(path + "." + field + ": must be one of " + String.join(", ", names)
                + " but was " + Texts.quoted(v.isTextual() ? v.asText() : v.toString()));
    }

    /** @return the field's text, required, valid Unicode (one line when {@code line}) */
    static String text(JsonNode n, String field, String path, boolean line) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(path + "." + field + ": is required as a text");
        }
        String t = v.asText();
        try {
            return line ? Texts.checkLine(t, field) : Texts.check(t, field);
        } catch (InvalidFieldException e) {
            throw new IllegalArgumentException(path + "." + field + ": " + e.problem(), e);
        }
    }

    /** @return the field's text as a value of {@code of}, whose refusal is named by the path */
    static <T> T value(Function<String, T> of, JsonNode n, String field, String path) {
        String t = text(n, field, path, false);
        try {
            return of.apply(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage());
        }
    }

    /** @return the field's ISO-8601 time with an offset; null when absent and not required */
    static Instant time(JsonNode n, String field, String path, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(path + "." + field + ": is required");
            }
            return null;
        }
        try {
            if (!v.isTextual()) {
                throw new DateTimeParseException("not a text", v.toString(), 0);
            }
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + "." + field + ": must be an ISO-8601 time with an offset but was "
                    + Texts.quoted(v.isTextual() ? v.asText() : v.toString()));
        }
    }
}
