package io.omsexception.adapters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.omsexception.BatchResult;
import io.omsexception.InvalidInputException;
import io.omsexception.OrderError;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.Jackson;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Marketplace payloads in, orders and evaluations out: finds the {@link MarketplaceAdapter} of a
 * platform through {@link ServiceLoader}, reads a file of payloads with it and evaluates what it
 * read. See {@code docs/adapters.md}.
 *
 * <p>A file of payloads is a single payload, a JSON array of payloads, or several payloads one
 * after the other (one per line: JSON Lines). It is read into memory whole.
 *
 * <p>A null argument is refused with an {@link IllegalArgumentException} naming it. Stateless and
 * thread-safe: the adapters are looked up with the thread's context class loader on every call
 * of {@link #adapter} and {@link #platforms}.
 */
public final class Marketplaces {
    private Marketplaces() {
    }

    /**
     * @return the platform names of every adapter on the class path, sorted, for example
     *     {@code [douyin, jd, pdd, shopify, taobao, woocommerce]}
     * @throws IllegalStateException when two adapters claim the same platform
     */
    public static List<String> platforms() {
        return List.copyOf(loaded().keySet());
    }

    /**
     * @param platform a platform name, for example {@code taobao}
     * @return its adapter
     * @throws IllegalArgumentException when no adapter has that name; the message lists the names there are
     * @throws IllegalStateException when two adapters claim the same platform
     */
    public static MarketplaceAdapter adapter(String platform) {
        required(platform, "platform");
        Map<String, MarketplaceAdapter> all = loaded();
        MarketplaceAdapter a = all.get(platform);
        if (a == null) {
            throw new IllegalArgumentException("unknown platform '" + platform + "': use "
                    + String.join(", ", all.keySet()));
        }
        return a;
    }

    private static Map<String, MarketplaceAdapter> loaded() {
        Map<String, MarketplaceAdapter> all = new TreeMap<>();
        for (MarketplaceAdapter a : ServiceLoader.load(MarketplaceAdapter.class)) {
            MarketplaceAdapter before = all.putIfAbsent(a.platform(), a);
            if (before != null && before.getClass() != a.getClass()) {
                throw new IllegalStateException("two adapters for platform '" + a.platform() + "': "
                        + before.getClass().getName() + " and " + a.getClass().getName());
            }
        }
        return all;
    }

    /**
     * Reads a file of payloads (see the class description) with an adapter.
     *
     * @param adapter the platform's adapter
     * @param in the payloads as UTF-8 JSON; read to its end, not closed
     * @return every order of every payload, in input order; a payload that is not JSON is one
     *     entry with its error at {@code $} (and, as nothing after it can be read, the last one)
     * @throws UncheckedIOException when the stream fails
     */
    public static List<AdaptedOrder> read(MarketplaceAdapter adapter, InputStream in) {
        required(adapter, "adapter");
        required(in, "in");
        try {
            return read(adapter, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads payloads given as text; see {@link #read(MarketplaceAdapter, InputStream)}.
     *
     * @param adapter the platform's adapter
     * @param payloads a single payload, a JSON array of payloads, or one payload per line
     * @return every order of every payload, in input order
     */
    public static List<AdaptedOrder> read(MarketplaceAdapter adapter, String payloads) {
        required(adapter, "adapter");
        required(payloads, "payloads");
        List<String> texts = new ArrayList<>();
        InvalidInputException broken = null;
        try (MappingIterator<JsonNode> values = Jackson.mapper().readerFor(JsonNode.class)
                .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readValues(payloads)) {
            List<JsonNode> nodes = new ArrayList<>();
            try {
                while (values.hasNextValue()) {
                    nodes.add(values.nextValue());
                }
            } catch (JsonProcessingException e) {
                broken = notJson(e);
            }
            if (nodes.size() == 1 && nodes.get(0).isArray() && broken == null) {
                JsonNode array = nodes.get(0);
                nodes = new ArrayList<>();
                array.forEach(nodes::add);
            }
            for (JsonNode n : nodes) {
                texts.add(Jackson.mapper().writeValueAsString(n));
            }
        } catch (JsonProcessingException e) {
            broken = notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AdaptedOrder> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (AdaptedOrder o : adapter.read(texts.get(i))) {
                out.add(o.inPayload(i));
            }
        }
        if (broken != null || texts.isEmpty()) {
            InvalidInputException e = broken != null ? broken : new InvalidInputException("$", "holds no payload", null);
            out.add(AdaptedOrder.failed("$", e).inPayload(texts.size()));
        }
        return out;
    }

    private static InvalidInputException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new InvalidInputException("$", "is not JSON: " + e.getOriginalMessage() + where, e);
    }

    /**
     * Evaluates what an adapter read: the orders with the engine, the entries that could not be
     * read as errors. Every entry comes back exactly once, in input order; an entry's index is its
     * position in {@code orders}. An error's {@link OrderError#field()} is empty and its message
     * names the payload and the JSON path in it: {@code payload 2: $.trade.orders.order[1].num:
     * must be a whole number but was 'two'}.
     *
     * @param engine the engine
     * @param orders what {@link #read} returned
     * @param reference the inventory snapshot and blacklist
     * @param asOf the reference time, or null for the engine's clock (payloads carry none)
     * @return the results and errors
     */
    public static BatchResult evaluate(OrderExceptionEngine engine, List<AdaptedOrder> orders, ReferenceData reference,
            OffsetDateTime asOf) {
        required(engine, "engine");
        required(orders, "orders");
        required(reference, "reference");
        List<Order> valid = new ArrayList<>(orders.size());
        List<Integer> indexes = new ArrayList<>(orders.size());
        List<OrderError> errors = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            AdaptedOrder o = orders.get(i);
            if (o.isValid()) {
                valid.add(o.order());
                indexes.add(i);
            } else {
                errors.add(new OrderError(i, null, "", "payload " + o.payload() + ": " + o.error().getMessage()));
            }
        }
        BatchResult evaluated = engine.evaluate(valid, 0, reference, asOf);
        for (OrderError e : evaluated.errors()) {
            errors.add(new OrderError(indexes.get(e.index()), e.orderId(), e.field(), e.message()));
        }
        errors.sort(Comparator.comparingInt(OrderError::index));
        return new BatchResult(evaluated.results(), errors);
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
