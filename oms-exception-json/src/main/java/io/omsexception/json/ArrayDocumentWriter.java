package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The common shape of the documents oms-exception streams: one object whose main part is an
 * array written element by element ({@code {"results": [...]}}, {@code {"orders": [...]}},
 * {@code {"cases": [...]}}). A subclass writes the opening and the elements; this class ends the
 * array, lets the subclass add what follows it ({@link #afterArray}), ends the document with a
 * line break and flushes it. Closing twice does nothing; the output stream stays open. A subclass
 * whose opening depends on the first element (the result writer's compact form puts the first
 * result's {@code rulesVersion} before {@code results}) writes it with that element, and in
 * {@link #beforeArrayEnd} when no element came.
 *
 * <p>Not thread-safe: one writer per output.
 */
public abstract class ArrayDocumentWriter implements AutoCloseable {
    private final JsonGenerator generator;
    private final String name;
    private boolean closed;

    /**
     * @param generator a generator that has written the document's opening up to the array's
     *     start (or, see {@link #beforeArrayEnd}, will write it with the first element), never
     *     null; owned by this writer from now on
     * @param name what the document is, for messages, for example {@code the result writer}
     */
    protected ArrayDocumentWriter(JsonGenerator generator, String name) {
        this.generator = Arguments.required(generator, "generator");
        this.name = Arguments.required(name, "name");
    }

    /**
     * @return the generator, for writing the next element
     * @throws IllegalStateException when the writer is closed
     */
    protected final JsonGenerator generator() {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        return generator;
    }

    /**
     * Called at close before the array is ended: a subclass that writes its opening with the first
     * element writes it here when there was none; nothing by default.
     *
     * @param g the generator, after the last element
     * @throws IOException when the stream fails
     */
    protected void beforeArrayEnd(JsonGenerator g) throws IOException {
    }

    /**
     * Writes what follows the array inside the document; nothing by default.
     *
     * @param g the generator, after the array's end
     * @throws IOException when the stream fails
     */
    protected void afterArray(JsonGenerator g) throws IOException {
    }

    /**
     * Ends the document and flushes it.
     *
     * @throws UncheckedIOException when the stream fails
     */
    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            beforeArrayEnd(generator);
            generator.writeEndArray();
            afterArray(generator);
            generator.writeEndObject();
            generator.writeRaw('\n');
            generator.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
