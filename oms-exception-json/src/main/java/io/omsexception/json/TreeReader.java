package io.omsexception.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omsexception.model.InvalidFieldException;
import java.io.IOException;

/**
 * Reads one JSON value from a parser into a tree, within limits the tree itself is checked
 * against while it is read: the most entries of the arrays a {@link Bounds} names, and no key
 * twice in an object (a duplicate would otherwise silently win). Numbers with a fraction or
 * exponent become exact decimals; one that no decimal can hold ({@code 1e99999999999}) is a
 * problem of the value, like a broken bound. Nesting is not recursive here (the parser's
 * nesting limit bounds it), so no depth can overflow the stack.
 *
 * <p>When the value breaks a limit, reading stops building and the rest of the value is skipped,
 * so that the parser is after the value as if it had been read; the problem comes back with the
 * part built so far (its first fields, such as {@code orderId}).
 *
 * <p>Immutable and thread-safe; each call uses its caller's parser.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final int maxStringLength;

    /** The most entries an array may hold, by where it is in the value being read. */
    interface Bounds {
        /** No array is bounded. */
        Bounds NONE = (depth, field) -> Integer.MAX_VALUE;

        /**
         * @param depth how deep the array is in the value: 0 for the value itself, 1 for a field
         *     or an element of it
         * @param field the field the array is the value of, or null for an element of an array
         * @return the most entries it may hold
         */
        int maxEntries(int depth, String field);
    }

    /**
     * A value read, or the problem that stopped it.
     *
     * @param node the value; when there is a problem, the part read before it
     * @param problem the limit the value broke, naming its path, or null
     */
    record Tree(JsonNode node, InvalidFieldException problem) {
    }

    /** @param limits the limits the parser applies; the string limit is also applied to skipped strings */
    TreeReader(JsonLimits limits) {
        this.maxStringLength = limits.maxStringLength();
    }

    /**
     * Reads the value whose first token the parser is at, and leaves the parser at its last token.
     *
     * @param p the parser, at a value's first token
     * @param path the value's JSON path, for problems
     * @param bounds which arrays are bounded
     * @return the tree, with the problem when a bound was broken or a key given twice
     * @throws IOException when the document is not JSON or breaks a document limit (string, name,
     *     number, nesting), or the stream fails
     */
    Tree read(JsonParser p, String path, Bounds bounds) throws IOException {
        JsonToken t = p.currentToken();
        if (!t.isStructStart()) {
            try {
                return new Tree(scalar(p, t), null);
            } catch (NumberFormatException | ArithmeticException e) {
                return new Tree(NODES.nullNode(), outOfRange(path, p));
            }
        }
        ContainerNode<?> root = container(t);
        Frame top = new Frame(null, root, null, 0, 0,
                t == JsonToken.START_ARRAY ? bounds.maxEntries(0, null) : Integer.MAX_VALUE);
        while (top != null) {
            t = p.nextToken();
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                top = top.parent;
                continue;
            }
            String name = null;
            if (top.node.isObject()) {
                name = p.currentName();
                t = p.nextToken();
                if (top.node.has(name)) {
                    InvalidFieldException problem = new InvalidFieldException(path(path, top) + JsonPaths.member(name),
                            "duplicate key");
                    skipRest(p, top);
                    return new Tree(root, problem);
                }
            } else if (top.entries == top.maxEntries) {
                InvalidFieldException problem = new InvalidFieldException(path(path, top),
                        "must have at most " + entries(top.maxEntries));
                skipRest(p, top);
                return new Tree(root, problem);
            }
            JsonNode child;
            try {
                child = t.isStructStart() ? container(t) : scalar(p, t);
            } catch (NumberFormatException | ArithmeticException e) {
                InvalidFieldException problem = outOfRange(path(path, top) + (name != null ? JsonPaths.member(name)
                        : "[" + top.entries + "]"), p);
                skipRest(p, top);
                return new Tree(root, problem);
            }
            int index = top.entries++;
            if (name != null) {
                ((ObjectNode) top.node).set(name, child);
            } else {
                ((ArrayNode) top.node).add(child);
            }
            if (t.isStructStart()) {
                int depth = top.depth + 1;
                top = new Frame(top, (ContainerNode<?>) child, name, index, depth,
                        t == JsonToken.START_ARRAY ? bounds.maxEntries(depth, name) : Integer.MAX_VALUE);
            }
        }
        return new Tree(root, null);
    }

    /**
     * Skips the value whose first token the parser is at, reading every string on the way so
     * that the string limit holds for skipped values too (the parser checks a string's length
     * only when it is read).
     *
     * @param p the parser, at a value's first token; left at its last token
     * @throws IOException when the document is not JSON or breaks a document limit
     */
    void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            checkLength(p);
            return;
        }
        if (!t.isStructStart()) {
            return;
        }
        skipOpen(p, 1);
    }

    /**
     * Skips to the end of the given number of open objects and arrays, checking every string.
     *
     * @param p the parser, inside them
     * @param open how many are open around the parser's position; left at the last one's end
     * @throws IOException when the document is not JSON or breaks a document limit
     */
    void skipOpen(JsonParser p, int open) throws IOException {
        while (open > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return; // the end of the input: the caller's next read reports it
            }
            if (t.isStructStart()) {
                open++;
            } else if (t.isStructEnd()) {
                open--;
            } else if (t == JsonToken.VALUE_STRING) {
                checkLength(p);
            }
        }
    }

    /** Skips the value the parser is at and the rest of every open container up to the root. */
    private void skipRest(JsonParser p, Frame top) throws IOException {
        skip(p);
        int open = 0;
        for (Frame f = top; f != null; f = f.parent) {
            open++;
        }
        skipOpen(p, open);
    }

    /**
     * Reads the string the parser is at without making it a {@code String}. The parser checks the
     * length itself only while its buffer grows, so a string up to the buffer's size is checked here.
     */
    private void checkLength(JsonParser p) throws IOException {
        int length = p.getTextLength();
        if (length > maxStringLength) {
            throw new StreamConstraintsException("String value length (" + length + ") exceeds the maximum allowed ("
                    + maxStringLength + ")");
        }
    }

    /** A number whose exponent no decimal can hold, such as {@code 1e99999999999}. */
    private static InvalidFieldException outOfRange(String path, JsonParser p) throws IOException {
        return new InvalidFieldException(path, "must be a number within the range of a decimal but was " + p.getText());
    }

    /**
     * @param count a number of entries
     * @return {@code 1 entry}, {@code 2 entries}...
     */
    static String entries(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }

    private static ContainerNode<?> container(JsonToken t) {
        return t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("not a value: " + t);
        };
    }

    private static String path(String base, Frame frame) {
        StringBuilder b = new StringBuilder();
        for (Frame f = frame; f.parent != null; f = f.parent) {
            b.insert(0, f.name != null ? JsonPaths.member(f.name) : "[" + f.index + "]");
        }
        return base + b;
    }

    /** An object or array being read. */
    private static final class Frame {
        final Frame parent;
        final ContainerNode<?> node;
        /** The field it is the value of, or null for an array element or the root. */
        final String name;
        /** Its position in its parent array. */
        final int index;
        final int depth;
        final int maxEntries;
        int entries;

        Frame(Frame parent, ContainerNode<?> node, String name, int index, int depth, int maxEntries) {
            this.parent = parent;
            this.node = node;
            this.name = name;
            this.index = index;
            this.depth = depth;
            this.maxEntries = maxEntries;
        }
    }
}
