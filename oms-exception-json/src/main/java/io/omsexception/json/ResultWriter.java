package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.omsexception.Finding;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the contract's result document as results arrive, without holding them: results are
 * written at once, errors (small) are kept and written at {@link #close()} in index order.
 * {@link #complete()} ends the document with the end marker
 * {@code "complete": {"orders": N, "results": R, "errors": E}} as its last member, by which a
 * reader of a stream tells a finished run from one cut short.
 *
 * <p>Texts come inline in every finding by default ({@link ResultTexts#INLINE}: the full form,
 * every result with its {@code blocking}, {@code rulesVersion} and {@code exceptions}), or by
 * reference (the other modes), in the <em>compact form</em> (docs/order-json.md, "Texts by
 * reference"): the first result's {@code rulesVersion} once, as the document's first member, and
 * in a result only where it differs; a clean result as {@code {"orderId": ...}} alone; one
 * {@code "texts"} table of the codes met after the errors and before the end marker. In the
 * compact form nothing is written until the first result or {@link #close()}, since the
 * document's first member is the first result's version.
 *
 * <p>A null argument is refused with an {@link IllegalArgumentException} naming it. Not
 * thread-safe: one writer per output.
 */
public final class ResultWriter extends ArrayDocumentWriter {
    private final List<OrderError> errors = new ArrayList<>();
    private final ResultTexts texts;
    /** Inline: the catalog's texts encoded once for this document. */
    private final EvaluationJson.EncodedTexts encoded;
    /** By reference: the texts of each code met so far, in the order met; written once, at the end. */
    private final Map<String, Finding> textsByCode = new LinkedHashMap<>();
    /** Compact form: whether the opening up to {@code "results": [} is written. */
    private boolean opened;
    /** Compact form: the document's {@code rulesVersion} (the first result's), or null. */
    private String documentVersion;
    private int results;
    private boolean complete;

    private ResultWriter(JsonGenerator g, ResultTexts texts) {
        super(g, "the result writer");
        this.texts = texts;
        this.opened = !texts.byReference();
        this.encoded = texts.byReference() ? null : new EvaluationJson.EncodedTexts();
    }

    /**
     * Starts a result document with texts inline: the full form, exactly as the contract always
     * was.
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
     * (as {@link #open(OutputStream, boolean)}), or by reference in the compact form, with one
     * {@code "texts"} table of the codes met, written after the errors (docs/order-json.md,
     * "Texts by reference").
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
            if (!texts.byReference()) {
                g.writeArrayFieldStart("results");
            }
            return new ResultWriter(g, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param evaluation a result to write now
     * @throws IllegalStateException when the writer is closed
     * @throws UncheckedIOException when the stream fails
     */
    public void write(OrderEvaluation evaluation) {
        Arguments.required(evaluation, "evaluation");
        JsonGenerator g = generator();
        try {
            if (!texts.byReference()) {
                EvaluationJson.full(g, evaluation, encoded);
            } else {
                if (!opened) {
                    documentVersion = evaluation.rulesVersion();
                    openResults(g);
                }
                EvaluationJson.compact(g, evaluation, documentVersion);
                if (!texts.languages().isEmpty()) {
                    for (Finding f : evaluation.findings()) {
                        textsByCode.putIfAbsent(f.code(), f);
                    }
                }
            }
            results++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact form: the document's {@code rulesVersion} (when it has one), then {@code "results": [}. */
    private void openResults(JsonGenerator g) throws IOException {
        if (documentVersion != null) {
            g.writeFieldName(EvaluationJson.RULES_VERSION);
            g.writeString(documentVersion);
        }
        g.writeArrayFieldStart("results");
        opened = true;
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

    /** Compact form without any result: the opening, without a document {@code rulesVersion}. */
    @Override
    protected void beforeArrayEnd(JsonGenerator g) throws IOException {
        if (!opened) {
            openResults(g);
        }
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
                EvaluationJson.text(g, EvaluationJson.GUIDANCE, f.guidance(), texts.languages(), null);
                if (f.customerMessage() != null) {
                    EvaluationJson.text(g, EvaluationJson.CUSTOMER_MESSAGE, f.customerMessage(), texts.languages(), null);
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

    /** The full form of one result, texts inline, for {@link OrderJson#writeEvaluation}. */
    static void evaluation(JsonGenerator g, OrderEvaluation evaluation) throws IOException {
        EvaluationJson.full(g, evaluation, null);
    }
}
