package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.omsexception.model.Blacklist;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * Writes an evaluation request in the contract's shape as orders arrive, without holding them:
 * {@code asOf}, {@code inventory} and {@code blacklist} first ({@code null} when absent, so that
 * {@link StreamingEvaluation#run(java.nio.file.Path, io.omsexception.OrderExceptionEngine,
 * StreamingEvaluation.Sink, java.io.PrintStream, long)} reads the file in one pass), then one order
 * after the other. {@link OrderJson#scan} and {@link OrderJson#readRequest(java.io.InputStream)} read it back.
 *
 * <p>The layout is compact JSON with one order (and one inventory item) per line, so that a
 * large file stays small, greps well and diffs line by line.
 *
 * <p>A null argument (but {@code asOf}) is refused with an {@link IllegalArgumentException} naming
 * it. Not thread-safe: one writer per output.
 */
public final class RequestWriter extends ArrayDocumentWriter {
    private int orders;

    private RequestWriter(JsonGenerator g) {
        super(g, "the request writer");
    }

    /**
     * Starts a request document and writes its request-level part.
     *
     * @param out where to write UTF-8 JSON; flushed at close, not closed
     * @param asOf the request's reference time, or null to write {@code "asOf": null}
     * @param reference the inventory snapshot and blacklist; absent parts are written as {@code null}
     * @return the writer, ready for {@link #write(Order)}
     * @throws UncheckedIOException when the stream fails
     */
    public static RequestWriter open(OutputStream out, OffsetDateTime asOf, ReferenceData reference) {
        Arguments.required(out, "out");
        Arguments.required(reference, "reference");
        try {
            JsonGenerator g = Jackson.generator(out, false);
            g.setPrettyPrinter(new OnePerLine());
            g.writeStartObject();
            // every request-level part is written, null when absent, before the orders: then
            // nothing after the orders can change them, and StreamingEvaluation reads the file in one pass
            if (asOf != null) {
                g.writeStringField("asOf", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(asOf));
            } else {
                g.writeNullField("asOf");
            }
            if (!reference.hasInventory()) {
                g.writeNullField("inventory");
            } else {
                g.writeArrayFieldStart("inventory");
                for (InventoryItem item : reference.inventory().values()) {
                    g.writeStartObject();
                    g.writeStringField("sku", item.sku());
                    if (item.available() != null) {
                        g.writeNumberField("available", item.available());
                    }
                    if (item.listed() != null) {
                        g.writeBooleanField("listed", item.listed());
                    }
                    if (item.riskLevel() != null) {
                        g.writeStringField("riskLevel", item.riskLevel().name());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            Blacklist b = reference.blacklist();
            if (!b.customerIds().isEmpty() || !b.phones().isEmpty() || !b.addresses().isEmpty()) {
                g.writeObjectFieldStart("blacklist");
                strings(g, "customerIds", b.customerIds());
                strings(g, "phones", b.phones());
                strings(g, "addresses", b.addresses());
                g.writeEndObject();
            } else {
                g.writeNullField("blacklist");
            }
            g.writeArrayFieldStart("orders");
            return new RequestWriter(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * Writes the next order of {@code orders}.
     *
     * @param order the order
     * @throws UncheckedIOException when the stream fails
     * @throws IllegalStateException when the writer is closed
     */
    public void write(Order order) {
        Arguments.required(order, "order");
        try {
            OrderWriter.order(generator(), order);
            orders++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the orders written so far */
    public int orderCount() {
        return orders;
    }

    /** Compact JSON, with a line break before each field of the request and each element of its arrays. */
    private static final class OnePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        /** Whether the generator is inside one of the request's arrays ({@code inventory}, {@code orders}). */
        private static boolean topLevel(JsonGenerator g) {
            JsonStreamContext array = g.getOutputContext();
            JsonStreamContext owner = array.getParent();
            return array.inArray() && owner != null && owner.getParent() != null && owner.getParent().inRoot();
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            super.writeObjectEntrySeparator(g);
            if (g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot()) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0 && topLevel(g)) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, nrOfValues);
        }
    }
}
