package io.omsexception.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Money;
import io.omsexception.model.Order;
import io.omsexception.model.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one order straight from the parser into the model, without a tree per order, with
 * exactly the errors of {@link TreeReader} followed by {@link NodeReader}: what the tree reader
 * refuses while reading (a duplicate key, an array beyond its bound, a number no decimal can hold)
 * stops the order at once, wherever it is, and the rest of the order's value is skipped; what the
 * node reader refuses (a wrong type, a bad value, a record's own check) is remembered per field
 * and reported, once the whole order is read, in the node reader's order of checks
 * ({@link OrderShapes}). A value of an unexpected shape (a number where a string is expected, an
 * unknown field...) is read as a tree by {@link TreeReader} and judged by {@link NodeReader}
 * itself, so that its error is the node reader's to the letter.
 *
 * <p>The document limits (string, number, name, nesting) are the parser's and end the whole
 * document, as before. Immutable and thread-safe; each call uses its caller's parser.
 */
final class OrderReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final TreeReader trees;
    private final int maxLines;

    /**
     * What one order entry gave.
     *
     * @param order the order, or null
     * @param problem why it could not be read (an absolute JSON path), or null
     * @param orderId the entry's {@code orderId} when it is usable for an error entry (read before
     *     the problem, not blank, one line of valid Unicode), else null
     */
    record Outcome(Order order, InvalidFieldException problem, String orderId) {
    }

    /**
     * @param limits the limits: {@link JsonLimits#maxLinesPerOrder()} bounds lines, shipments and lineIds
     * @param trees the tree reader for values of an unexpected shape
     */
    OrderReader(JsonLimits limits, TreeReader trees) {
        this.trees = trees;
        this.maxLines = limits.maxLinesPerOrder();
    }

    /** The bounds of the arrays of an order, when the order as a whole is read as a tree. */
    TreeReader.Bounds orderBounds() {
        return this::bound;
    }

    /**
     * Reads the order value whose first token the parser is at and leaves the parser at its last
     * token, whatever went wrong inside it.
     *
     * @param p the parser
     * @param path the order's JSON path ({@code $.orders[3]}, or {@code $} for a lone order)
     * @return the order or its problem
     * @throws IOException when the document is not JSON or breaks a document limit, or the stream fails
     */
    Outcome read(JsonParser p, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return asTree(p, path);
        }
        int depth = p.getParsingContext().getNestingDepth();
        Object[] slots = new Object[OrderShapes.ORDER.size()];
        try {
            long given = fields(p, OrderShapes.ORDER, path, 1, slots);
            return new Outcome(OrderShapes.order(slots, given, path), null, null);
        } catch (Problem problem) {
            if (problem.atValueStart) {
                trees.skip(p);
            }
            trees.skipOpen(p, p.getParsingContext().getNestingDepth() - depth + 1);
            return new Outcome(null, problem.error, usableId(slots[OrderShapes.ORDER_ID]));
        } catch (InvalidFieldException e) {
            return new Outcome(null, e, usableId(slots[OrderShapes.ORDER_ID]));
        }
    }

    /** An entry that is not an object: the tree way, which reports what it is. */
    private Outcome asTree(JsonParser p, String path) throws IOException {
        TreeReader.Tree tree = trees.read(p, path, orderBounds());
        if (tree.problem() != null) {
            return new Outcome(null, tree.problem(), null);
        }
        try {
            return new Outcome(NodeReader.order(tree.node(), path), null, null);
        } catch (InvalidFieldException e) {
            return new Outcome(null, e, null);
        }
    }

    private static String usableId(Object slot) {
        return slot instanceof String text && !text.isBlank() && Texts.isValidLine(text) ? text : null;
    }

    /**
     * Reads the fields of the object the parser has just entered, up to its end.
     *
     * @param depth the depth of the fields in the order (the order's own fields: 1)
     * @param slots receives each known field's value, or its {@link OrderShapes.Deferred} error
     * @return a bit per known field given with a value other than null
     */
    long fields(JsonParser p, OrderShapes.Shape shape, String path, int depth, Object[] slots) throws IOException {
        long seen = 0;
        long given = 0;
        Set<String> unknown = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            int i = shape.index(name);
            if (i >= 0) {
                long bit = 1L << i;
                if ((seen & bit) != 0) {
                    throw new Problem(new InvalidFieldException(path + JsonPaths.member(name), "duplicate key"), true);
                }
                seen |= bit;
                if (t != JsonToken.VALUE_NULL) {
                    given |= bit;
                    slots[i] = value(p, t, shape, i, name, path, depth);
                }
            } else {
                if (unknown == null) {
                    unknown = new HashSet<>();
                }
                if (!unknown.add(name)) {
                    throw new Problem(new InvalidFieldException(path + JsonPaths.member(name), "duplicate key"), true);
                }
                tree(p, path + JsonPaths.member(name), depth, name);
            }
        }
        return given;
    }

    private Object value(JsonParser p, JsonToken t, OrderShapes.Shape shape, int i, String name, String path, int depth)
            throws IOException {
        OrderShapes.Kind kind = shape.kind(i);
        switch (kind) {
            case STRING -> {
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
            }
            case MONEY -> {
                Object money = money(p, t, name, path);
                if (money != null) {
                    return money;
                }
            }
            case INTEGER -> {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                }
            }
            case BOOLEAN -> {
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
            }
            case TIME -> {
                if (t == JsonToken.VALUE_STRING) {
                    OffsetDateTime time = IsoTimes.parse(p.getText());
                    if (time != null) {
                        return time; // else the node reader parses it the general way, or words the error
                    }
                }
            }
            case ENUM -> {
                if (t == JsonToken.VALUE_STRING) {
                    Object constant = shape.constant(i, p.getText());
                    if (constant != null) {
                        return constant;
                    }
                }
            }
            case STRINGS -> {
                if (t == JsonToken.START_ARRAY) {
                    return strings(p, name, path, depth);
                }
            }
            case OBJECT -> {
                if (t == JsonToken.START_OBJECT) {
                    String at = path + "." + name;
                    OrderShapes.Shape inner = shape.inner(i);
                    Object[] slots = new Object[inner.size()];
                    long given = fields(p, inner, at, depth + 1, slots);
                    return build(inner, slots, given, at);
                }
            }
            case LIST -> {
                if (t == JsonToken.START_ARRAY) {
                    return list(p, shape.inner(i), name, path, depth);
                }
            }
            default -> throw new IllegalStateException("kind " + kind);
        }
        return unexpected(p, kind, shape, i, name, path, depth);
    }

    /** @return the amount, a deferred error, or null when the node reader has to judge the value */
    private static Object money(JsonParser p, JsonToken t, String name, String path) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return switch (p.getNumberType()) {
                case INT, LONG -> BigDecimal.valueOf(p.getLongValue());
                default -> new BigDecimal(p.getBigIntegerValue());
            };
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                return p.getDecimalValue();
            } catch (NumberFormatException | ArithmeticException e) {
                return null; // out of any decimal's range: the tree reader reports it
            }
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return Money.parse(p.getText().trim(), path + "." + name);
            } catch (InvalidFieldException e) {
                return new OrderShapes.Deferred(e);
            }
        }
        return null;
    }

    private static Object build(OrderShapes.Shape shape, Object[] slots, long given, String path) {
        try {
            return shape.build(slots, given, path);
        } catch (InvalidFieldException e) {
            return new OrderShapes.Deferred(e);
        }
    }

    /** A list of objects: each element read as it comes; the first element's error is the list's. */
    private Object list(JsonParser p, OrderShapes.Shape shape, String name, String path, int depth) throws IOException {
        int max = bound(depth, name);
        List<Object> out = new ArrayList<>();
        OrderShapes.Deferred first = null;
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (n == max) {
                throw new Problem(new InvalidFieldException(path + "." + name, "must have at most " + TreeReader.entries(max)), true);
            }
            String at = path + "." + name + "[" + n + "]";
            if (p.currentToken() == JsonToken.START_OBJECT) {
                Object[] slots = new Object[shape.size()];
                long given = fields(p, shape, at, depth + 2, slots);
                if (first == null) {
                    Object element = build(shape, slots, given, at);
                    if (element instanceof OrderShapes.Deferred d) {
                        first = d;
                    } else {
                        out.add(element);
                    }
                }
            } else {
                JsonNode element = tree(p, at, depth + 1, null);
                if (first == null) {
                    first = new OrderShapes.Deferred(new InvalidFieldException(at, "must be an object but was "
                            + NodeReader.describe(element)));
                }
            }
            n++;
        }
        return first != null ? first : out;
    }

    /** A list of strings ({@code lineIds}), bounded wherever it is. */
    private Object strings(JsonParser p, String name, String path, int depth) throws IOException {
        int max = bound(depth, name);
        List<String> out = new ArrayList<>();
        OrderShapes.Deferred first = null;
        int n = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (n == max) {
                throw new Problem(new InvalidFieldException(path + "." + name, "must have at most " + TreeReader.entries(max)), true);
            }
            if (t == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else {
                String at = path + "." + name + "[" + n + "]";
                JsonNode element = tree(p, at, depth + 1, null);
                if (first == null) {
                    first = new OrderShapes.Deferred(new InvalidFieldException(at, "must be a string but was "
                            + NodeReader.describe(element)));
                }
            }
            n++;
        }
        return first != null ? first : out;
    }

    /** A value of a shape the fast path does not take: read as a tree, judged by the node reader. */
    private Object unexpected(JsonParser p, OrderShapes.Kind kind, OrderShapes.Shape shape, int i, String name, String path,
            int depth) throws IOException {
        JsonNode node = tree(p, path + "." + name, depth, name);
        ObjectNode parent = NODES.objectNode();
        parent.set(name, node);
        try {
            return switch (kind) {
                case STRING -> NodeReader.string(parent, name, path);
                case MONEY -> NodeReader.money(parent, name, path);
                case INTEGER -> NodeReader.integer(parent, name, path);
                case BOOLEAN -> NodeReader.bool(parent, name, path);
                case TIME -> NodeReader.time(parent, name, path);
                case ENUM -> enumValue(parent, name, path, shape.enumType(i));
                case STRINGS -> NodeReader.strings(parent, name, path);
                case OBJECT -> throw new InvalidFieldException(path + "." + name, "must be an object but was "
                        + NodeReader.describe(node));
                case LIST -> throw new InvalidFieldException(path + "." + name, "must be an array but was "
                        + NodeReader.describe(node));
            };
        } catch (InvalidFieldException e) {
            return new OrderShapes.Deferred(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(JsonNode parent, String name, String path, Class type) {
        return NodeReader.enumValue(parent, name, path, type);
    }

    /**
     * Reads a value as a tree, with the bounds it has in the order.
     *
     * @param depth the value's depth in the order
     * @param name the field it is the value of, or null for an array element
     * @throws Problem when the tree reader refuses it; the parser is then at the value's last token
     */
    private JsonNode tree(JsonParser p, String at, int depth, String name) throws IOException {
        int rootBound = bound(depth, name);
        TreeReader.Tree tree = trees.read(p, at, (d, f) -> d == 0 ? rootBound : bound(depth + d, f));
        if (tree.problem() != null) {
            throw new Problem(tree.problem(), false);
        }
        return tree.node();
    }

    /** Lines, the parcels of shipments and every lineIds list: none can usefully hold more entries than an order may have lines. */
    private int bound(int depth, String field) {
        return (depth == 1 && ("lines".equals(field) || "shipments".equals(field))) || "lineIds".equals(field)
                ? maxLines : Integer.MAX_VALUE;
    }

    /** A problem the tree reader would have stopped the order at; unwinds to {@link #read}. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InvalidFieldException error;
        /** Whether the parser is at the first token of a value not read yet (else: at a value's last token). */
        final boolean atValueStart;

        Problem(InvalidFieldException error, boolean atValueStart) {
            super(error.getMessage(), null, false, false);
            this.error = error;
            this.atValueStart = atValueStart;
        }
    }
}
