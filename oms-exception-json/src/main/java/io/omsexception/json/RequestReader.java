package io.omsexception.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.OrderError;
import io.omsexception.model.Blacklist;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a request document token by token: the request-level part into a header, each order
 * entry into a {@link ParsedOrder} handed on at once. The implementation of
 * {@link OrderJson#scan}; stateless and thread-safe.
 */
final class RequestReader {
    private static final ObjectMapper MAPPER = OrderJson.MAPPER;

    private RequestReader() {
    }

    static OrderJson.RequestHeader scan(InputStream in, boolean readOrders, Consumer<ParsedOrder> sink) {
        OffsetDateTime asOf = null;
        List<InventoryItem> inventory = null;
        Blacklist blacklist = null;
        int count = 0;
        try (JsonParser p = MAPPER.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRequestException("$", "must be a JSON object with an 'orders' array", null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "orders" -> {
                        if (t == JsonToken.VALUE_NULL) {
                            break;
                        }
                        if (t != JsonToken.START_ARRAY) {
                            throw new InvalidRequestException("$.orders", "must be an array", null);
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            int index = count++;
                            if (readOrders) {
                                sink.accept(entry(MAPPER.readTree(p), index));
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    case "asOf" -> asOf = requestLevel(() -> NodeReader.time(wrap("asOf", MAPPER.readTree(p)), "asOf", "$"));
                    case "inventory" -> inventory = requestLevel(() -> inventory(MAPPER.readTree(p)));
                    case "blacklist" -> {
                        JsonNode n = MAPPER.readTree(p);
                        blacklist = n == null || n.isNull() ? null : requestLevel(() -> NodeReader.blacklist(n, "$.blacklist"));
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("$", "not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request: " + e.getMessage(), e);
        }
        ReferenceData reference;
        try {
            reference = ReferenceData.of(inventory, blacklist);
        } catch (InvalidFieldException e) {
            throw new InvalidRequestException("$." + e.path(), e.problem(), e);
        }
        return new OrderJson.RequestHeader(asOf, reference, count);
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

    private static JsonNode wrap(String field, JsonNode value) {
        return MAPPER.createObjectNode().set(field, value);
    }

    private static List<InventoryItem> inventory(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new InvalidFieldException("$.inventory", "must be an array but was " + NodeReader.describe(n));
        }
        List<InventoryItem> items = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            items.add(NodeReader.inventoryItem(n.get(i), "$.inventory[" + i + "]"));
        }
        return items;
    }

    private static ParsedOrder entry(JsonNode node, int index) {
        String path = "$.orders[" + index + "]";
        try {
            return new ParsedOrder(index, NodeReader.order(node, path), null);
        } catch (InvalidFieldException e) {
            return new ParsedOrder(index, null, new OrderError(index, orderId(node), relative(e.path(), path), e.problem()));
        }
    }

    /**
     * @param node an order entry that could not be read
     * @return its id for the error entry when the id is a usable one (not blank, one line of
     *     valid Unicode), else null: an error entry must not carry what the id check refused
     */
    private static String orderId(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("orderId") : null;
        String text = id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
        return text != null && !text.isBlank() && Texts.isValidLine(text) ? text : null;
    }

    private static String relative(String path, String orderPath) {
        if (!path.startsWith(orderPath)) {
            return path;
        }
        String field = path.substring(orderPath.length());
        return field.startsWith(".") ? field.substring(1) : field;
    }
}
