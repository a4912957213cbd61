package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omsexception.OrderError;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Texts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orders read straight from the parser ({@link OrderReader}) against the same orders read the
 * way they were read before, as a tree ({@link TreeReader}) judged by {@link NodeReader}: on
 * thousands of orders made wrong field by field (every field of a full order given a value of
 * every other shape, given twice, left out, joined by an unknown field) and two fields at a time,
 * both must give the same order or the same error, with the same path, message and order id,
 * and the order after the bad one must still be read.
 */
class TreelessReadingTest {
    /** Values of every shape, as JSON text. */
    static final List<String> VALUES = List.of("null", "\"x\"", "\"  \"", "7", "-5", "0", "1.5", "2.0", "1e2",
            "2147483648", "99999999999999999999", "1e999999999", "1e99999999999", "-1e-99999999999", "true", "false", "[]", "{}", "[1]", "[\"1\", 2]",
            "{\"a\": 1}", "{\"a\": 1, \"a\": 2}", "[{\"lineIds\": [\"1\", \"2\", \"3\"]}]", "\"2026-13-01T00:00:00+08:00\"",
            "\"2026-11-22T09:00:00+08:00\"", "\"VIP\"", "\"PAID\"", "\"12.345\"", "\"abc\"", "[{}]", "[null]",
            "[{\"lineId\": \"9\", \"quantity\": 0}]", "[\"1\", \"2\", \"3\"]");
    /** Three entries: one more than the lists of these tests may hold. */
    static final JsonLimits LIMITS = JsonLimits.builder().maxLinesPerOrder(2).build();

    static JsonNode base;
    static JsonNode parcels;
    static String baseText;

    @BeforeAll
    static void readTheFullOrders() throws IOException {
        base = OrderJson.MAPPER.readTree(OrderJsonTest.contractRequest()).get("orders").get(0);
        ObjectNode o = base.deepCopy();
        ArrayNode shipments = o.putArray("shipments");
        shipments.add(o.get("shipment").deepCopy());
        ((ObjectNode) shipments.get(0)).putArray("lineIds").add("1");
        shipments.add(OrderJson.MAPPER.readTree("{\"carrier\": \"YTO\", \"status\": \"SHIPPED\", \"lineIds\": [\"1\"]}"));
        o.remove("shipment");
        parcels = o;
        baseText = base.toString();
    }

    @Test
    void should_read_every_field_of_every_wrong_shape_as_the_tree_way_did() throws IOException {
        int compared = 0;
        for (JsonNode order : List.of(base, parcels)) {
            for (String pointer : pointers(order, "")) {
                for (String value : VALUES) {
                    compared += compare(replaced(order, pointer, value));
                }
                compared += compare(duplicated(order, pointer));
                compared += compare(removed(order, pointer));
                compared += compare(replaced(order, pointer, "{\"orderId\": \"SO-IN\", \"note\": 1, \"note\": 2}"));
            }
            compared += compare(order.toString().replaceFirst("\\{", "{\"hostNote\": {\"lineIds\": [1, 2, 3]}, "));
            compared += compare(order.toString().replaceFirst("\\{", "{\"x\": 1, \"x\": 2, "));
        }
        assertThat(compared).isGreaterThan(4_000);
    }

    @Test
    void should_report_the_same_error_as_the_tree_way_when_two_fields_are_wrong() throws IOException {
        Random random = new Random(17);
        List<String> pointers = pointers(base, "");
        for (int i = 0; i < 3_000; i++) {
            String first = pointers.get(random.nextInt(pointers.size()));
            String second = pointers.get(random.nextInt(pointers.size()));
            String text = replaced(base, first, VALUES.get(random.nextInt(VALUES.size())));
            JsonNode once;
            try {
                once = OrderJson.MAPPER.readTree(text.replace("\"a\": 1, \"a\": 2", "\"a\": 1"));
            } catch (NumberFormatException beyondDecimals) {
                once = null; // the mapper cannot hold the first value: compared with one field wrong
            }
            if (once != null && once.isObject() && exists(once, second)) {
                text = replaced(once, second, VALUES.get(random.nextInt(VALUES.size())));
            }
            compare(text);
        }
    }

    @Test
    void should_read_entries_that_are_not_objects_as_the_tree_way_did() throws IOException {
        for (String value : VALUES) {
            compare(value);
        }
    }

    /** @return 1 after checking that both ways read the order, and the full order after it, alike */
    private static int compare(String order) throws IOException {
        String request = "{\"orders\": [" + order + ", " + baseText + "]}";
        List<ParsedOrder> treeless = OrderJson.readRequest(request, LIMITS).orders();
        List<ParsedOrder> tree = treeWay(request);
        assertThat(treeless).as(order).isEqualTo(tree);
        assertThat(treeless.get(1).isValid()).as(order).isTrue();
        return 1;
    }

    /** How orders were read before the treeless reader: a tree per order, then the node reader. */
    private static List<ParsedOrder> treeWay(String request) throws IOException {
        TreeReader trees = new TreeReader(LIMITS);
        TreeReader.Bounds bounds = new OrderReader(LIMITS, trees).orderBounds();
        List<ParsedOrder> out = new ArrayList<>();
        try (JsonParser p = LIMITS.factory().createParser(request)) {
            p.nextToken();
            p.nextToken();
            p.nextToken();
            for (int index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
                String path = "$.orders[" + index + "]";
                TreeReader.Tree t = trees.read(p, path, bounds);
                try {
                    if (t.problem() != null) {
                        throw t.problem();
                    }
                    out.add(new ParsedOrder(index, NodeReader.order(t.node(), path), null));
                } catch (InvalidFieldException e) {
                    String field = e.path().substring(path.length());
                    out.add(new ParsedOrder(index, null, new OrderError(index, orderId(t.node()),
                            field.startsWith(".") ? field.substring(1) : field, e.problem())));
                }
            }
        }
        return out;
    }

    private static String orderId(JsonNode node) {
        JsonNode id = node.isObject() ? node.get("orderId") : null;
        String text = id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
        return text != null && !text.isBlank() && Texts.isValidLine(text) ? text : null;
    }

    /** @return the JSON pointer of every value inside the node */
    private static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(at + "/" + e.getKey());
                out.addAll(pointers(e.getValue(), at + "/" + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(at + "/" + i);
                out.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    private static boolean exists(JsonNode node, String pointer) {
        return !node.at(pointer).isMissingNode();
    }

    /** @return the order's text with the value at the pointer replaced by the given JSON text */
    private static String replaced(JsonNode order, String pointer, String value) {
        return edited(order, pointer, (parent, key) -> {
            if (parent instanceof ObjectNode o) {
                o.put(key, "@@VALUE@@");
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(key), "@@VALUE@@");
            }
        }).replace("\"@@VALUE@@\"", value);
    }

    /** @return the order's text with the field at the pointer given a second time (an element: twice in the array) */
    private static String duplicated(JsonNode order, String pointer) {
        String key = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode value = order.at(pointer);
        return edited(order, pointer, (parent, k) -> {
            if (parent instanceof ObjectNode o) {
                o.put("@@DUP@@", 0);
            } else {
                ((ArrayNode) parent).add(value.deepCopy());
            }
        }).replace("\"@@DUP@@\":0", "\"" + key + "\":" + value);
    }

    private static String removed(JsonNode order, String pointer) {
        return edited(order, pointer, (parent, key) -> {
            if (parent instanceof ObjectNode o) {
                o.remove(key);
            } else {
                ((ArrayNode) parent).remove(Integer.parseInt(key));
            }
        });
    }

    private interface Edit {
        void apply(JsonNode parent, String key);
    }

    private static String edited(JsonNode order, String pointer, Edit edit) {
        JsonNode copy = order.deepCopy();
        int slash = pointer.lastIndexOf('/');
        edit.apply(copy.at(pointer.substring(0, slash)), pointer.substring(slash + 1));
        return copy.toString();
    }
}
