package io.omsexception.channels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON the channels write (objects of strings) and read (a number or text field of an answer). */
final class Json {
    private final StringBuilder b = new StringBuilder("{");

    /** Adds a text field; a null value leaves the field out. */
    Json text(String name, String value) {
        if (value != null) {
            name(name);
            quote(b, value);
        }
        return this;
    }

    /** Adds a field holding JSON already written (an object or an array). */
    Json raw(String name, String json) {
        name(name);
        b.append(json);
        return this;
    }

    private void name(String name) {
        if (b.length() > 1) {
            b.append(',');
        }
        quote(b, name);
        b.append(':');
    }

    @Override
    public String toString() {
        return b + "}";
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return the integer field {@code name} at any depth of the answer, or null when it has none */
    static Long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(-?\\d{1,18})").matcher(json);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** @return the text field {@code name} of the answer, unescaped only for quotes, or null when it has none */
    static String string(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,200})\"")
                .matcher(json);
        return m.find() ? m.group(1).replace("\\\"", "\"") : null;
    }
}
