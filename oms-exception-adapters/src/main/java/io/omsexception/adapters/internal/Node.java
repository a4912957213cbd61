package io.omsexception.adapters.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of a payload with its JSON path: typed reads of its fields, each error naming the
 * field's path ({@code $.trade.orders.order[1].num: must be a whole number but was 'two'}).
 * Marketplaces write numbers as JSON numbers or as strings, and leave values out as null or as
 * the empty string: every read accepts both, and reads null, a missing field and {@code ""} as
 * absent (except {@link #text}, which keeps a given blank text).
 *
 * <p>Immutable and thread-safe.
 */
final class Node {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final JsonNode json;
    private final String path;

    Node(JsonNode json, String path) {
        this.json = json;
        this.path = path;
    }

    /**
     * @param json a payload's root, never null
     * @return the root as an object at {@code $}
     * @throws InvalidFieldException when it is not an object
     */
    static Node root(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidFieldException("$", "must be an object but was " + kind(json));
        }
        return new Node(json, "$");
    }

    /** @return this object's JSON path */
    String path() {
        return path;
    }

    /**
     * @param field a field name
     * @return the field's JSON path
     */
    String at(String field) {
        return path + "." + field;
    }

    /**
     * @param field a field name
     * @return whether the field is given: present, not null and not {@code ""}
     */
    boolean has(String field) {
        JsonNode v = json.get(field);
        return v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
    }

    /**
     * @param field a field name
     * @param problem what is wrong
     * @return an error naming the field
     */
    InvalidFieldException error(String field, String problem) {
        return new InvalidFieldException(at(field), problem);
    }

    /**
     * @param problem what is wrong with this object as a whole
     * @return an error naming this object
     */
    InvalidFieldException error(String problem) {
        return new InvalidFieldException(path, problem);
    }

    /**
     * @param field a field name
     * @return the field's object, or null when absent
     * @throws InvalidFieldException when it is given but not an object
     */
    Node object(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = json.get(field);
        if (!v.isObject()) {
            throw error(field, "must be an object but was " + kind(v));
        }
        return new Node(v, at(field));
    }

    /**
     * @param field a field name
     * @return the field's array of objects, empty when absent
     * @throws InvalidFieldException when it is given but not an array of objects
     */
    List<Node> array(String field) {
        List<Node> out = new ArrayList<>();
        if (!has(field)) {
            return out;
        }
        JsonNode v = json.get(field);
        if (!v.isArray()) {
            throw error(field, "must be an array but was " + kind(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = at(field) + "[" + i + "]";
            if (!e.isObject()) {
                throw new InvalidFieldException(p, "must be an object but was " + kind(e));
            }
            out.add(new Node(e, p));
        }
        return out;
    }

    /**
     * @param field a field name
     * @return the field's text as given (a number as its plain digits), blank texts included; null
     *     when absent or null
     * @throws InvalidFieldException when it is an object, an array or a boolean, or not valid Unicode
     */
    String text(String field) {
        JsonNode v = json.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s;
        if (v.isTextual()) {
            s = v.asText();
        } else if (v.isIntegralNumber()) {
            s = v.bigIntegerValue().toString();
        } else if (v.isNumber()) {
            s = v.decimalValue().toPlainString();
        } else {
            throw error(field, "must be a text but was " + kind(v));
        }
        Texts.check(s, at(field));
        return s;
    }

    /**
     * @param field a field name
     * @return the field's text, trimmed, or null when absent or blank
     */
    String id(String field) {
        String s = text(field);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * @param field a field name
     * @return the whole number, or null when absent
     * @throws InvalidFieldException {@code must be a whole number but was 'two'}
     */
    Long whole(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = json.get(field);
        BigInteger n = null;
        if (v.isIntegralNumber()) {
            n = v.bigIntegerValue();
        } else if (v.isNumber()) {
            BigDecimal d = v.decimalValue();
            if (d.stripTrailingZeros().scale() <= 0) {
                n = d.toBigIntegerExact();
            }
        } else if (v.isTextual() && v.asText().strip().matches("[+-]?[0-9]{1,19}")) {
            n = new BigInteger(v.asText().strip());
        }
        if (n == null || n.bitLength() > 63) {
            throw error(field, "must be a whole number but was " + shown(v));
        }
        return n.longValue();
    }

    /**
     * @param field a field name
     * @return the whole number, or null when absent
     * @throws InvalidFieldException when it is not a whole number from 0 to 2147483647
     */
    Integer count(String field) {
        Long n = whole(field);
        if (n == null) {
            return null;
        }
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw error(field, "must be a whole number from 0 to " + Integer.MAX_VALUE + " but was " + n);
        }
        return n.intValue();
    }

    /**
     * @param field a field name
     * @return the amount, exactly as written, or null when absent
     * @throws InvalidFieldException {@code must be a decimal number but was 'abc'}
     */
    BigDecimal decimal(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = json.get(field);
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            if (s.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)") && s.length() <= 40) {
                return new BigDecimal(s);
            }
        }
        throw error(field, "must be a decimal number but was " + shown(v));
    }

    /**
     * @param field a field name
     * @return the amount, or null when absent
     * @throws InvalidFieldException when it is not a decimal number, or is negative
     */
    BigDecimal amount(String field) {
        BigDecimal d = decimal(field);
        if (d != null && d.signum() < 0) {
            throw error(field, "must not be negative but was " + d.toPlainString());
        }
        return d;
    }

    /**
     * @param field a field name holding an amount in cents (fen) as a whole number
     * @return the amount in the currency's unit ({@code 600} is {@code 6.00}), or null when absent
     */
    BigDecimal cents(String field) {
        Long n = whole(field);
        if (n == null) {
            return null;
        }
        if (n < 0) {
            throw error(field, "must not be negative but was " + n);
        }
        return BigDecimal.valueOf(n, 2);
    }

    /**
     * @param field a field name
     * @return true for {@code true}, {@code 1}, {@code "true"} or {@code "1"}; false for their
     *     opposites; null when absent
     * @throws InvalidFieldException for anything else
     */
    Boolean flag(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = json.get(field);
        String s = v.isBoolean() || v.isNumber() || v.isTextual() ? v.asText().strip() : "";
        return switch (s) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw error(field, "must be true or false (or 1 or 0) but was " + shown(v));
        };
    }

    /**
     * Reads a time written without an offset ({@code 2017-07-28 14:18:32}, or ISO with a
     * {@code T}) in the platform's zone; a time with an offset or {@code Z} keeps it.
     *
     * @param field a field name
     * @param zone the platform's zone for times without an offset
     * @return the time, or null when absent
     * @throws InvalidFieldException {@code must be a time such as '2017-07-28 14:18:32' but was 'x'}
     */
    OffsetDateTime localTime(String field, ZoneId zone) {
        String s = id(field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException notWithOffset) {
            try {
                LocalDateTime t = s.indexOf('T') > 0 ? LocalDateTime.parse(s) : LocalDateTime.parse(s, LOCAL);
                return t.atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw error(field, "must be a time such as '2017-07-28 14:18:32' but was " + Texts.quoted(s));
            }
        }
    }

    /**
     * @param field a field name holding seconds since 1970-01-01T00:00Z
     * @param zone the zone to show the time in
     * @return the time, or null when absent or 0 (marketplaces write 0 for "not yet")
     */
    OffsetDateTime epochSeconds(String field, ZoneId zone) {
        Long n = whole(field);
        if (n == null || n == 0) {
            return null;
        }
        if (n < 0 || n > 253402300799L) {
            throw error(field, "must be seconds since 1970 before the year 10000 but was " + n);
        }
        return Instant.ofEpochSecond(n).atZone(zone).toOffsetDateTime();
    }

    /**
     * @param field a field name
     * @param table the platform's values and what each means, in documentation order
     * @param <T> what a value means
     * @return what the field's value means, or null when absent
     * @throws InvalidFieldException {@code must be one of A, B, C but was 'X'}
     */
    <T> T status(String field, Map<String, T> table) {
        String s = id(field);
        if (s == null) {
            return null;
        }
        T meaning = table.get(s);
        if (meaning == null) {
            throw error(field, "must be one of " + String.join(", ", table.keySet()) + " but was " + Texts.quoted(s));
        }
        return meaning;
    }

    static String kind(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return shown(v);
    }

    static String shown(JsonNode v) {
        if (v.isTextual()) {
            return Texts.quoted(v.asText());
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "an array";
        }
        return v.toString();
    }

    /** @return the UTC offset, for GMT times */
    static ZoneId utc() {
        return ZoneOffset.UTC;
    }
}
