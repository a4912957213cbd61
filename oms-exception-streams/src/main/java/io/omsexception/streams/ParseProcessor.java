package io.omsexception.streams;

import io.omsexception.model.Order;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The first step: reads each input record with the {@link RecordReader} and forwards every order
 * keyed by its customer ({@link #customerKey}) at its event time (the order's {@code createdAt}),
 * and every failure as a dead letter at the record's own time with a copy of its headers.
 *
 * <p>One instance per stream task; not thread-safe.
 */
final class ParseProcessor implements Processor<byte[], byte[], String, Routed> {
    private final RecordReader reader;
    private ProcessorContext<String, Routed> context;

    ParseProcessor(RecordReader reader) {
        this.reader = reader;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        for (Routed r : reader.read(record.key(), record.value())) {
            if (r.isDeadLetter()) {
                Headers headers = new RecordHeaders(record.headers().toArray());
                String source = context.recordMetadata()
                        .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse(null);
                DeadLetters.describe(headers, r.errorPath(), r.errorMessage(), DeadLetters.STAGE_READ, source);
                context.forward(new Record<>((String) null, r, record.timestamp(), headers));
            } else {
                Order order = r.order();
                context.forward(new Record<>(customerKey(order), r, order.createdAt().toInstant().toEpochMilli(),
                        new RecordHeaders(record.headers().toArray())));
            }
        }
    }

    /** @return the customer's id; {@code order:} and the order id when the order names no customer */
    static String customerKey(Order order) {
        if (order.customer() != null && order.customer().customerId() != null) {
            return order.customer().customerId();
        }
        return "order:" + order.orderId();
    }
}
