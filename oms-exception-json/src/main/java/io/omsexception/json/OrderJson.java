package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.facts.StockAllocation;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads requests and orders, and writes orders and results, as JSON, exactly to the contract of
 * {@code docs/order-json.md}: money as exact decimals, ISO-8601 times with offsets, enums in upper
 * case, unknown fields ignored, every error naming its JSON path. Requests are read within
 * {@link JsonLimits} (the defaults unless given), whose refusals are described in
 * {@code docs/limits-and-errors.md}.
 *
 * <p>A null argument is refused with an {@link IllegalArgumentException} naming it
 * ({@code json must not be null}); bad input, with an {@link io.omsexception.InvalidInputException}.
 *
 * <p>Stateless and thread-safe: the static methods share one configured Jackson mapper.
 */
public final class OrderJson {
    static final ObjectMapper MAPPER = Jackson.mapper();

    private OrderJson() {
    }

    /**
     * Reads one order, within the {@link JsonLimits#DEFAULTS default limits}.
     *
     * @param json the order object as JSON
     * @return the order
     * @throws InvalidFieldException naming the path, for example {@code $.lines[0].quantity: must be greater than 0}
     * @throws InvalidRequestException when the text is not JSON or breaks a document limit
     */
    public static Order readOrder(String json) {
        return RequestReader.order(Arguments.required(json, "json"), JsonLimits.DEFAULTS);
    }

    /**
     * Reads a whole request into memory, within the {@link JsonLimits#DEFAULTS default limits}. A
     * bad order becomes an entry with its error; the other orders are still read.
     *
     * @param json the request as JSON
     * @return the request
     * @throws InvalidRequestException when the request as a whole is unusable
     */
    public static ParsedRequest readRequest(String json) {
        Arguments.required(json, "json");
        return readRequest(json, JsonLimits.DEFAULTS);
    }

    /**
     * Reads a whole request into memory within the given limits; see {@link #readRequest(String)}.
     *
     * @param json the request as JSON
     * @param limits the limits to read within
     * @return the request
     * @throws InvalidRequestException when the request as a whole is unusable
     */
    public static ParsedRequest readRequest(String json, JsonLimits limits) {
        Arguments.required(json, "json");
        return readRequest(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), limits);
    }

    /**
     * Reads a whole request into memory; see {@link #readRequest(String)}.
     *
     * @param in the request as UTF-8 JSON; not closed
     * @return the request
     * @throws InvalidRequestException when the request as a whole is unusable
     * @throws UncheckedIOException when the stream fails
     */
    public static ParsedRequest readRequest(InputStream in) {
        return readRequest(in, JsonLimits.DEFAULTS);
    }

    /**
     * Reads a whole request into memory within the given limits; see {@link #readRequest(String)}.
     *
     * @param in the request as UTF-8 JSON; not closed
     * @param limits the limits to read within
     * @return the request
     * @throws InvalidRequestException when the request as a whole is unusable
     * @throws UncheckedIOException when the stream fails
     */
    public static ParsedRequest readRequest(InputStream in, JsonLimits limits) {
        List<ParsedOrder> orders = new ArrayList<>();
        RequestHeader header = scan(in, true, orders::add, limits);
        return new ParsedRequest(header.asOf(), header.referenceData(), orders);
    }

    /**
     * The request-level part of a request: what every order is evaluated against.
     *
     * @param asOf the reference time, or null
     * @param referenceData the inventory snapshot and blacklist
     * @param orderCount the number of entries in {@code orders}
     */
    public record RequestHeader(OffsetDateTime asOf, ReferenceData referenceData, int orderCount) {
    }

    /**
     * Reads a request in one pass within the {@link JsonLimits#DEFAULTS default limits}; see
     * {@link #scan(InputStream, boolean, Consumer, JsonLimits)}.
     *
     * @param in the request as UTF-8 JSON; not closed
     * @param readOrders whether to read the orders (false: skip them and only count them)
     * @param sink receives every order entry, in order; unused when {@code readOrders} is false
     * @return the header
     * @throws InvalidRequestException when the request as a whole is unusable
     * @throws UncheckedIOException when the stream fails
     */
    public static RequestHeader scan(InputStream in, boolean readOrders, Consumer<ParsedOrder> sink) {
        return scan(in, readOrders, sink, JsonLimits.DEFAULTS);
    }

    /**
     * Reads a request in one pass without holding its orders: each entry of {@code orders} is
     * handed to {@code sink} as soon as it is read. The header is complete only at the end,
     * because {@code asOf}, {@code inventory} and {@code blacklist} may follow {@code orders};
     * a streaming caller reads the header first with {@code readOrders = false}.
     *
     * <p>Either way the whole document is checked against the limits: a value that is skipped
     * (an order when {@code readOrders} is false, an unknown field) is read far enough for its
     * strings, numbers, names and nesting to be checked, so that a first pass that succeeds
     * promises a second one that does not fail as a whole.
     *
     * @param in the request as UTF-8 JSON; not closed
     * @param readOrders whether to read the orders (false: skip them and only count them)
     * @param sink receives every order entry, in order; unused when {@code readOrders} is false
     * @param limits the limits to read within
     * @return the header
     * @throws InvalidRequestException when the request as a whole is unusable: not JSON, beyond a
     *     document limit, or invalid request-level data
     * @throws UncheckedIOException when the stream fails
     */
    public static RequestHeader scan(InputStream in, boolean readOrders, Consumer<ParsedOrder> sink, JsonLimits limits) {
        Arguments.required(in, "in");
        Arguments.required(limits, "limits");
        if (readOrders) {
            Arguments.required(sink, "sink");
        }
        return RequestReader.scan(in, readOrders, sink, limits);
    }

    /**
     * The JSON path of an error's offending value in the request it came from.
     *
     * @param error an order's error, never null
     * @return for example {@code $.orders[3].lines[0].quantity}, or {@code $.orders[3]} for the
     *     order as a whole
     */
    public static String path(OrderError error) {
        Arguments.required(error, "error");
        String field = error.field();
        String order = "$.orders[" + error.index() + "]";
        if (field.isEmpty()) {
            return order;
        }
        return field.startsWith("[") ? order + field : order + "." + field;
    }

    /**
     * Evaluates a request read from JSON: the valid orders with the engine, the invalid ones as
     * errors. Every entry comes back exactly once; results and errors are in request order.
     *
     * @param engine the engine
     * @param request the request
     * @return the batch result
     */
    public static BatchResult evaluate(OrderExceptionEngine engine, ParsedRequest request) {
        Arguments.required(engine, "engine");
        Arguments.required(request, "request");
        return evaluate(engine, request, new StockAllocation());
    }

    /**
     * {@link #evaluate(OrderExceptionEngine, ParsedRequest)} for one chunk of a larger request: its
     * orders take their stock from what the request's earlier chunks left.
     */
    static BatchResult evaluate(OrderExceptionEngine engine, ParsedRequest request, StockAllocation allocation) {
        List<Order> valid = new ArrayList<>(request.orders().size());
        List<Integer> indexes = new ArrayList<>(request.orders().size());
        List<OrderError> errors = new ArrayList<>();
        for (ParsedOrder entry : request.orders()) {
            if (entry.isValid()) {
                valid.add(entry.order());
                indexes.add(entry.index());
            } else {
                errors.add(entry.error());
            }
        }
        BatchResult evaluated = engine.evaluate(valid, 0, request.referenceData(), request.asOf(), allocation);
        for (OrderError e : evaluated.errors()) {
            int index = indexes.get(e.index());
            errors.add(new OrderError(index, e.orderId(), e.field(), e.message()));
        }
        errors.sort(Comparator.comparingInt(OrderError::index));
        return new BatchResult(evaluated.results(), errors);
    }

    /**
     * Writes a batch result as the contract's {@code {"results": [...], "errors": [...]}}.
     *
     * @param result the result
     * @param out where to write UTF-8 JSON; flushed, not closed
     */
    public static void writeResult(BatchResult result, OutputStream out) {
        Arguments.required(result, "result");
        try (ResultWriter w = ResultWriter.open(out, true)) {
            for (OrderEvaluation e : result.results()) {
                w.write(e);
            }
            for (OrderError e : result.errors()) {
                w.write(e);
            }
        }
    }

    /**
     * @param result the result
     * @return the contract's JSON, pretty-printed
     */
    public static String writeResult(BatchResult result) {
        Arguments.required(result, "result");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeResult(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param evaluation one order's result
     * @return the result object of the contract ({@code {"orderId", "blocking", "rulesVersion",
     *     "exceptions"}}; no {@code rulesVersion} for a result made by hand), pretty-printed
     */
    public static String writeEvaluation(OrderEvaluation evaluation) {
        Arguments.required(evaluation, "evaluation");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Jackson.generator(out, true)) {
            ResultWriter.evaluation(g, evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes an order in the contract's shape; {@link #readOrder(String)} reads it back equal.
     *
     * @param order the order
     * @return the JSON, pretty-printed, absent parts left out
     */
    public static String writeOrder(Order order) {
        Arguments.required(order, "order");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Jackson.generator(out, true)) {
            OrderWriter.order(g, order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

}
