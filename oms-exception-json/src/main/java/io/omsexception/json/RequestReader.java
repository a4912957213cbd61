package io.omsexception.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.omsexception.OrderError;
import io.omsexception.model.Blacklist;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads request and order documents token by token, within {@link JsonLimits}: the request-level
 * part into a header, each order entry into a {@link ParsedOrder} handed on at once. What is not
 * read is skipped with every string checked, so that one pass checks the whole document. The
 * implementation of {@link OrderJson#scan} and {@link OrderJson#readOrder}. The static methods
 * are thread-safe; an instance reads one document.
 */
final class RequestReader {
    private static final Set<String> KNOWN = Set.of("orders", "asOf", "inventory", "blacklist");
    private final JsonParser p;
    private final JsonLimits limits;
    private final TreeReader trees;
    private final OrderReader orders;

    private RequestReader(JsonParser p, JsonLimits limits) {
        this.p = p;
        this.limits = limits;
        this.trees = new TreeReader(limits);
        this.orders = new OrderReader(limits, trees);
    }

    /**
     * Decides, when {@code orders} begins, where its entries go.
     */
    interface OrdersStart {
        /**
         * @param before the request-level part when {@code asOf}, {@code inventory} and
         *     {@code blacklist} were all given before {@code orders} (so that nothing after it can
         *     change what the orders are evaluated against), its order count -1; else null
         * @return where the entries go, or null to skip them and only count them
         */
        Consumer<ParsedOrder> at(OrderJson.RequestHeader before);
    }

    static OrderJson.RequestHeader scan(InputStream in, boolean readOrders, Consumer<ParsedOrder> sink, JsonLimits limits) {
        return scan(in, before -> readOrders ? sink : null, limits);
    }

    /**
     * Reads a request, handing its orders where {@code start} says.
     *
     * @param in the request
     * @param start where the orders go
     * @param limits the limits
     * @return the header, with the number of orders
     */
    static OrderJson.RequestHeader scan(InputStream in, OrdersStart start, JsonLimits limits) {
        try (JsonParser p = limits.factory().createParser(in)) {
            try {
                return new RequestReader(p, limits).request(start);
            } catch (StreamConstraintsException e) {
                throw DocumentErrors.limit(p, e, limits);
            } catch (JsonProcessingException e) {
                throw DocumentErrors.syntax(p, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request: " + e.getMessage(), e);
        }
    }

    static Order order(String json, JsonLimits limits) {
        try (JsonParser p = limits.factory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            try {
                return new RequestReader(p, limits).order();
            } catch (StreamConstraintsException e) {
                throw DocumentErrors.limit(p, e, limits);
            } catch (JsonProcessingException e) {
                throw DocumentErrors.syntax(p, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Order order() throws IOException {
        if (p.nextToken() == null) {
            throw new InvalidRequestException("$", "not valid JSON: no content", null);
        }
        OrderReader.Outcome read = orders.read(p, "$");
        end("order object");
        if (read.problem() != null) {
            throw read.problem();
        }
        return read.order();
    }

    private OrderJson.RequestHeader request(OrdersStart start) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidRequestException("$", "must be a JSON object with an 'orders' array", null);
        }
        OffsetDateTime asOf = null;
        List<InventoryItem> inventory = null;
        Blacklist blacklist = null;
        ReferenceData reference = null;
        int count = 0;
        Set<String> read = new HashSet<>(); // the fields read; unknown fields are not remembered
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (KNOWN.contains(field) && !read.add(field)) {
                throw new InvalidRequestException("$" + JsonPaths.member(field), "duplicate key", null);
            }
            switch (field) {
                case "orders" -> {
                    if (read.size() == KNOWN.size()) { // asOf, inventory and blacklist came first
                        reference = reference(inventory, blacklist);
                        count = orders(t, start.at(new OrderJson.RequestHeader(asOf, reference, -1)));
                    } else {
                        count = orders(t, start.at(null));
                    }
                }
                case "asOf" -> asOf = asOf();
                case "inventory" -> inventory = inventory(t);
                case "blacklist" -> blacklist = blacklist();
                default -> trees.skip(p);
            }
        }
        end("request object");
        return new OrderJson.RequestHeader(asOf, reference != null ? reference : reference(inventory, blacklist), count);
    }

    private static ReferenceData reference(List<InventoryItem> inventory, Blacklist blacklist) {
        try {
            return ReferenceData.of(inventory, blacklist);
        } catch (InvalidFieldException e) {
            throw new InvalidRequestException("$." + e.path(), e.problem(), e);
        }
    }

    /** @return the number of order entries */
    private int orders(JsonToken t, Consumer<ParsedOrder> sink) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new InvalidRequestException("$.orders", "must be an array", null);
        }
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int index = n++;
            if (sink != null) {
                sink.accept(entry(index));
            } else {
                trees.skip(p);
            }
        }
        return n;
    }

    private OffsetDateTime asOf() throws IOException {
        JsonNode value = requestLevel(trees.read(p, "$.asOf", TreeReader.Bounds.NONE));
        return requestLevel(() -> NodeReader.time(JsonNodeFactory.instance.objectNode().set("asOf", value), "asOf", "$"));
    }

    /** Reads the inventory item by item, so that memory holds the items, never the array's tree. */
    private List<InventoryItem> inventory(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            JsonNode value = requestLevel(trees.read(p, "$.inventory", TreeReader.Bounds.NONE));
            throw new InvalidRequestException("$.inventory", "must be an array but was " + NodeReader.describe(value), null);
        }
        int max = limits.maxInventoryEntries();
        List<InventoryItem> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() == max) {
                throw new InvalidRequestException("$.inventory", "must have at most " + TreeReader.entries(max), null);
            }
            String path = "$.inventory[" + items.size() + "]";
            JsonNode item = requestLevel(trees.read(p, path, TreeReader.Bounds.NONE));
            items.add(requestLevel(() -> NodeReader.inventoryItem(item, path)));
        }
        return items;
    }

    private Blacklist blacklist() throws IOException {
        int max = limits.maxBlacklistEntries();
        JsonNode n = requestLevel(trees.read(p, "$.blacklist", (depth, field) -> depth == 1 ? max : Integer.MAX_VALUE));
        return n.isNull() ? null : requestLevel(() -> NodeReader.blacklist(n, "$.blacklist"));
    }

    /**
     * Checks that nothing but white space follows the document's value: a second object would
     * otherwise be ignored, with its orders lost.
     *
     * @param what the value, for the message ({@code request object})
     */
    private void end(String what) throws IOException {
        JsonToken next;
        try {
            next = p.nextToken();
        } catch (JsonProcessingException notJson) {
            next = JsonToken.NOT_AVAILABLE; // content all the same
        }
        if (next != null) {
            throw new InvalidRequestException("$", "unexpected content after the " + what
                    + DocumentErrors.position(p.currentTokenLocation()), null);
        }
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T requestLevel(Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (InvalidFieldException e) {
            throw new InvalidRequestException(e.path(), e.problem(), e);
        }
    }

    private static JsonNode requestLevel(TreeReader.Tree tree) {
        if (tree.problem() != null) {
            throw new InvalidRequestException(tree.problem().path(), tree.problem().problem(), tree.problem());
        }
        return tree.node();
    }

    private ParsedOrder entry(int index) throws IOException {
        String path = "$.orders[" + index + "]";
        OrderReader.Outcome read = orders.read(p, path);
        if (read.problem() == null) {
            return new ParsedOrder(index, read.order(), null);
        }
        InvalidFieldException e = read.problem();
        return new ParsedOrder(index, null, new OrderError(index, read.orderId(), relative(e.path(), path), e.problem()));
    }

    private static String relative(String path, String orderPath) {
        if (!path.startsWith(orderPath)) {
            return path;
        }
        String field = path.substring(orderPath.length());
        return field.startsWith(".") ? field.substring(1) : field;
    }
}
