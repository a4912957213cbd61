package io.omsexception.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.omsexception.model.Texts;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON paths as errors show them: {@code $.orders[3].lines[0].sku}; a field name that is not a
 * plain identifier in brackets, quoted and escaped as messages show values
 * ({@code $.orders[0]['unit price']}), so that a path cannot forge a log line either.
 * Stateless and thread-safe.
 */
final class JsonPaths {
    private JsonPaths() {
    }

    /**
     * @param name a field name, never null
     * @return the path segment of the field: {@code .name} or {@code ['odd name']}
     */
    static String member(String name) {
        return isIdentifier(name) ? "." + name : "[" + Texts.quoted(name) + "]";
    }

    /**
     * @param context where a parser is
     * @return the path of the object or array it is in, leaving out the current field or element:
     *     for a problem with a field name, whose field the parser has not entered yet
     */
    static String ofContainer(JsonStreamContext context) {
        // a context's own segment is its current field or element; its parent's is where it is
        return of(context == null || context.inRoot() ? context : context.getParent());
    }

    /**
     * @param context where a parser is
     * @return the path of the value it is at: in an array, of its current element (of the array
     *     before its first element); in an object, of its current field (of the object before its
     *     first field)
     */
    static String of(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    segments.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                segments.push(member(c.getCurrentName()));
            }
        }
        StringBuilder b = new StringBuilder("$");
        segments.forEach(b::append);
        return b.toString();
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !isStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isStart(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
