package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.omsexception.Action;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the contract's result document as results arrive, without holding them: results are
 * written at once, errors (small) are kept and written at {@link #close()} in index order.
 * {@link #complete()} ends the document with the end marker
 * {@code "complete": {"orders": N, "results": R, "errors": E}} as its last member, by which a
 * reader of a stream tells a finished run from one cut short. Texts come inline in every finding
 * by default, or by reference ({@link ResultTexts}): one {@code "texts"} table of the codes met,
 * after the errors and before the end marker.
 *
 * <p>A null argument is refused with an {@link IllegalArgumentException} naming it. Not
 * thread-safe: one writer per output.
 */
public final class ResultWriter extends ArrayDocumentWriter {
    private final List<OrderError> errors = new ArrayList<>();
    private final ResultTexts texts;
    /** By reference: the texts of each code met so far, in the order met; written once, at the end. */
    private final Map<String, Finding> textsByCode = new LinkedHashMap<>();
    private int results;
    private boolean complete;

    private ResultWriter(JsonGenerator g, ResultTexts texts) {
        super(g, "the result writer");
        this.texts = texts;
    }

    /**
     * Starts a result document.
     *
     * @param out where to write UTF-8 JSON; flushed at close, not closed
     * @param pretty whether to indent
     * @return the writer
     */
    public static ResultWriter open(OutputStream out, boolean pretty) {
        return open(out, pretty, ResultTexts.INLINE);
    }

    /**
     * Starts a result document whose findings carry their texts as {@code texts} says: inline
     * (as {@link #open(OutputStream, boolean)}), or by reference, with one {@code "texts"} table of
     * the codes met, written after the errors (docs/order-json.md, "Texts by reference").
     *
     * @param out where to write UTF-8 JSON; flushed at close, not closed
     * @param pretty whether to indent
     * @param texts how texts are carried, never null
     * @return the writer
     */
    public static ResultWriter open(OutputStream out, boolean pretty, ResultTexts texts) {
        Arguments.required(texts, "texts");
        try {
            JsonGenerator g = Jackson.generator(Arguments.required(out, "out"), pretty);
            g.writeStartObject();
            g.writeArrayFieldStart("results");
            return new ResultWriter(g, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param evaluation a result to write now */
    public void write(OrderEvaluation evaluation) {
        Arguments.required(evaluation, "evaluation");
        try {
            evaluation(generator(), evaluation, texts);
            if (texts.byReference() && !texts.languages().isEmpty()) {
                for (Finding f : evaluation.findings()) {
                    textsByCode.putIfAbsent(f.code(), f);
                }
            }
            results++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param error an error to write at the end
     * @throws IllegalStateException when the writer is closed
     */
    public void write(OrderError error) {
        generator();
        errors.add(Arguments.required(error, "error"));
    }

    /**
     * Ends the document with the end marker {@code "complete": {"orders": N, "results": R,
     * "errors": E}} after the errors, and closes it. Call it only when every order was written: a
     * document without the marker is the output of a run that did not finish.
     *
     * @throws IllegalStateException when the writer is closed
     * @throws UncheckedIOException when the stream fails
     */
    public void complete() {
        generator();
        complete = true;
        close();
    }

    /** @return the results written so far */
    public int resultCount() {
        return results;
    }

    /** @return the errors given so far */
    public int errorCount() {
        return errors.size();
    }

    /** Writes the errors, in index order, after the results. */
    @Override
    protected void afterArray(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("errors");
        errors.sort(Comparator.comparingInt(OrderError::index));
        for (OrderError e : errors) {
            g.writeStartObject();
            g.writeNumberField("index", e.index());
            g.writeStringField("orderId", e.orderId());
            g.writeStringField("path", OrderJson.path(e));
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (texts.byReference() && !texts.languages().isEmpty()) {
            g.writeObjectFieldStart("texts");
            for (Finding f : textsByCode.values()) {
                g.writeObjectFieldStart(f.code());
                text(g, "guidance", f.guidance(), texts.languages());
                if (f.customerMessage() != null) {
                    text(g, "customerMessage", f.customerMessage(), texts.languages());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        if (complete) {
            g.writeObjectFieldStart("complete");
            g.writeNumberField("orders", (long) results + errors.size());
            g.writeNumberField("results", results);
            g.writeNumberField("errors", errors.size());
            g.writeEndObject();
        }
    }

    static void evaluation(JsonGenerator g, OrderEvaluation evaluation) throws IOException {
        evaluation(g, evaluation, ResultTexts.INLINE);
    }

    static void evaluation(JsonGenerator g, OrderEvaluation evaluation, ResultTexts texts) throws IOException {
        g.writeStartObject();
        g.writeStringField("orderId", evaluation.orderId());
        g.writeBooleanField("blocking", evaluation.blocking());
        if (evaluation.rulesVersion() != null) { // a result made by hand has none: the key stays absent
            g.writeStringField("rulesVersion", evaluation.rulesVersion());
        }
        g.writeArrayFieldStart("exceptions");
        for (Finding f : evaluation.findings()) {
            g.writeStartObject();
            g.writeStringField("code", f.code());
            g.writeStringField("category", f.category().name());
            g.writeStringField("priority", f.priority().name());
            g.writeStringField("department", f.department().name());
            g.writeBooleanField("blocking", f.blocking());
            if (!texts.byReference()) {
                text(g, "guidance", f.guidance(), texts.languages());
                if (f.customerMessage() != null) { // an internal code tells the buyer nothing: the key stays absent
                    text(g, "customerMessage", f.customerMessage(), texts.languages());
                }
            }
            g.writeObjectFieldStart("evidence");
            for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
            if (!f.skus().isEmpty()) {
                g.writeArrayFieldStart("skus");
                for (String sku : f.skus()) {
                    g.writeString(sku);
                }
                g.writeEndArray();
            }
            if (!f.lines().isEmpty()) {
                g.writeArrayFieldStart("lines");
                for (int line : f.lines()) {
                    g.writeNumber(line);
                }
                g.writeEndArray();
            }
            if (!f.actions().isEmpty()) {
                g.writeArrayFieldStart("actions");
                for (Action a : f.actions()) {
                    g.writeStartObject();
                    g.writeStringField("type", a.type().name());
                    g.writeObjectFieldStart("parameters");
                    for (Map.Entry<String, Object> p : a.parameters().entrySet()) {
                        g.writeFieldName(p.getKey());
                        value(g, p.getValue());
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("rules");
            for (String rule : f.rules()) {
                g.writeString(rule);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, LocalizedText text, List<String> languages) throws IOException {
        g.writeObjectFieldStart(field);
        for (String language : languages) {
            g.writeStringField(language, language.equals("zh") ? text.zh() : text.en());
        }
        g.writeEndObject();
    }

    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Number n) {
            g.writeNumber(new BigDecimal(n.toString()));
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }
}
