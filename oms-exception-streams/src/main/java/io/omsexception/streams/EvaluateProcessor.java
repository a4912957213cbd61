package io.omsexception.streams;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The second step, on the customer's partition: records the order in the customer's
 * {@link History}, merges what the stream knows into the order's {@code customer}
 * ({@link Behaviour#mergeInto}), looks up the reference data in the global stores and evaluates
 * the order, forwarding the evaluation, or a dead letter when the engine returns an error for it.
 * Once an hour of stream time it deletes the histories that have nothing left to say.
 *
 * <p>One instance per stream task; not thread-safe.
 */
final class EvaluateProcessor implements Processor<String, Order, String, Routed> {
    static final String HISTORY_STORE = "oms-customer-history";
    static final Duration SWEEP_INTERVAL = Duration.ofHours(1);

    private final OrderExceptionEngine engine;
    private final WatchlistRule rule;
    private final boolean inventory;
    private final boolean blacklist;
    private ProcessorContext<String, Routed> context;
    private KeyValueStore<String, History> histories;
    private KeyValueStore<String, String> inventoryStore;
    private KeyValueStore<String, String> blacklistStore;

    EvaluateProcessor(OrderExceptionEngine engine, WatchlistRule rule, boolean inventory, boolean blacklist) {
        this.engine = engine;
        this.rule = rule;
        this.inventory = inventory;
        this.blacklist = blacklist;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
        this.histories = context.getStateStore(HISTORY_STORE);
        this.inventoryStore = inventory ? context.getStateStore(ReferenceStores.INVENTORY_STORE) : null;
        this.blacklistStore = blacklist ? context.getStateStore(ReferenceStores.BLACKLIST_STORE) : null;
        context.schedule(SWEEP_INTERVAL, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, Order> record) {
        Order order = withBehaviour(record.value());
        ReferenceData reference = ReferenceStores.referenceFor(order, inventoryStore, blacklistStore);
        BatchResult result;
        try {
            result = engine.evaluate(List.of(order), 0, reference, null);
        } catch (RuntimeException e) {
            forwardError(record, order, "$", "could not be evaluated: " + e);
            return;
        }
        if (!result.errors().isEmpty()) {
            OrderError error = result.errors().get(0);
            forwardError(record, order, RecordReader.path(error.field()), error.message());
            return;
        }
        context.forward(record.withValue(Routed.evaluation(OrderJson.writeEvaluation(result.results().get(0)))));
    }

    /** @return the order with what the stream knows of its customer merged in; as it is when it names no customer */
    Order withBehaviour(Order order) {
        if (order.customer() == null || order.customer().customerId() == null) {
            return order;
        }
        String id = order.customer().customerId();
        History history = histories.get(id);
        if (history == null) {
            history = History.empty();
        }
        history.record(order);
        Behaviour behaviour = history.behaviourAt(order.orderId(), order.createdAt().toInstant().toEpochMilli(), rule);
        histories.put(id, history);
        return order.toBuilder().customer(behaviour.mergeInto(order.customer())).build();
    }

    private void forwardError(Record<String, Order> record, Order order, String path, String message) {
        byte[] value = OrderJson.writeOrder(order).getBytes(StandardCharsets.UTF_8);
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        Headers headers = new RecordHeaders(record.headers().toArray());
        DeadLetters.describe(headers, path, message, DeadLetters.STAGE_EVALUATE, null);
        context.forward(new Record<>(record.key(), Routed.deadLetter(key, value, path, message), record.timestamp(), headers));
    }

    private void sweep(long streamTime) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, History> all = histories.all()) {
            while (all.hasNext()) {
                KeyValue<String, History> next = all.next();
                if (next.value.expiredAt(streamTime)) {
                    expired.add(next.key);
                }
            }
        }
        expired.forEach(histories::delete);
    }
}
