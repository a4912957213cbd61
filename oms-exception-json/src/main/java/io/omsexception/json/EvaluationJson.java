package io.omsexception.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.omsexception.Action;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one result object of the contract (docs/order-json.md, "Result"), in the full form or in
 * the compact form of texts by reference, with the field names encoded once. Stateless but for
 * {@link EncodedTexts}, which belongs to one writer.
 */
final class EvaluationJson {
    private static final SerializedString ORDER_ID = new SerializedString("orderId");
    private static final SerializedString BLOCKING = new SerializedString("blocking");
    static final SerializedString RULES_VERSION = new SerializedString("rulesVersion");
    private static final SerializedString EXCEPTIONS = new SerializedString("exceptions");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString CATEGORY = new SerializedString("category");
    private static final SerializedString PRIORITY = new SerializedString("priority");
    private static final SerializedString DEPARTMENT = new SerializedString("department");
    static final SerializedString GUIDANCE = new SerializedString("guidance");
    static final SerializedString CUSTOMER_MESSAGE = new SerializedString("customerMessage");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString SKUS = new SerializedString("skus");
    private static final SerializedString LINES = new SerializedString("lines");
    private static final SerializedString ACTIONS = new SerializedString("actions");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString PARAMETERS = new SerializedString("parameters");
    private static final SerializedString RULES = new SerializedString("rules");
    private static final SerializedString ZH = new SerializedString("zh");
    private static final SerializedString EN = new SerializedString("en");

    private EvaluationJson() {
    }

    /**
     * The full form: {@code orderId}, {@code blocking}, {@code rulesVersion} (absent for a result
     * made by hand), {@code exceptions} with each finding's texts in both languages.
     *
     * @param texts the writer's encoded texts, or null to encode them each time
     */
    static void full(JsonGenerator g, OrderEvaluation evaluation, EncodedTexts texts) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ORDER_ID);
        g.writeString(evaluation.orderId());
        g.writeFieldName(BLOCKING);
        g.writeBoolean(evaluation.blocking());
        if (evaluation.rulesVersion() != null) { // a result made by hand has none: the key stays absent
            g.writeFieldName(RULES_VERSION);
            g.writeString(evaluation.rulesVersion());
        }
        exceptions(g, evaluation.findings(), true, texts);
        g.writeEndObject();
    }

    /**
     * The compact form of texts by reference: {@code orderId}; {@code rulesVersion} only when it
     * differs from the document's ({@code null} for a result without one in a document with one);
     * {@code blocking} and {@code exceptions} only for a result with findings (or blocking).
     *
     * @param documentVersion the document's {@code rulesVersion}, or null when it has none
     */
    static void compact(JsonGenerator g, OrderEvaluation evaluation, String documentVersion) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ORDER_ID);
        g.writeString(evaluation.orderId());
        String version = evaluation.rulesVersion();
        boolean clean = evaluation.findings().isEmpty() && !evaluation.blocking();
        if (!clean) {
            g.writeFieldName(BLOCKING);
            g.writeBoolean(evaluation.blocking());
        }
        if (version == null ? documentVersion != null : !version.equals(documentVersion)) {
            g.writeFieldName(RULES_VERSION);
            g.writeString(version); // null when the document has a version and this result none
        }
        if (!clean) {
            exceptions(g, evaluation.findings(), false, null);
        }
        g.writeEndObject();
    }

    private static void exceptions(JsonGenerator g, List<Finding> findings, boolean withTexts, EncodedTexts texts)
            throws IOException {
        g.writeFieldName(EXCEPTIONS);
        g.writeStartArray();
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeFieldName(CODE);
            g.writeString(f.code());
            g.writeFieldName(CATEGORY);
            g.writeString(f.category().name());
            g.writeFieldName(PRIORITY);
            g.writeString(f.priority().name());
            g.writeFieldName(DEPARTMENT);
            g.writeString(f.department().name());
            g.writeFieldName(BLOCKING);
            g.writeBoolean(f.blocking());
            if (withTexts) {
                text(g, GUIDANCE, f.guidance(), ResultTexts.INLINE.languages(), texts);
                if (f.customerMessage() != null) { // an internal code tells the buyer nothing: the key stays absent
                    text(g, CUSTOMER_MESSAGE, f.customerMessage(), ResultTexts.INLINE.languages(), texts);
                }
            }
            g.writeFieldName(EVIDENCE);
            g.writeStartObject();
            for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
            if (!f.skus().isEmpty()) {
                g.writeFieldName(SKUS);
                g.writeStartArray();
                for (String sku : f.skus()) {
                    g.writeString(sku);
                }
                g.writeEndArray();
            }
            if (!f.lines().isEmpty()) {
                g.writeFieldName(LINES);
                g.writeStartArray();
                for (int line : f.lines()) {
                    g.writeNumber(line);
                }
                g.writeEndArray();
            }
            if (!f.actions().isEmpty()) {
                actions(g, f.actions());
            }
            g.writeFieldName(RULES);
            g.writeStartArray();
            for (String rule : f.rules()) {
                g.writeString(rule);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void actions(JsonGenerator g, List<Action> actions) throws IOException {
        g.writeFieldName(ACTIONS);
        g.writeStartArray();
        for (Action a : actions) {
            g.writeStartObject();
            g.writeFieldName(TYPE);
            g.writeString(a.type().name());
            g.writeFieldName(PARAMETERS);
            g.writeStartObject();
            for (Map.Entry<String, Object> p : a.parameters().entrySet()) {
                g.writeFieldName(p.getKey());
                value(g, p.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes {@code field: {"zh": ..., "en": ...}} in the given languages. */
    static void text(JsonGenerator g, SerializableString field, LocalizedText text, List<String> languages,
            EncodedTexts texts) throws IOException {
        g.writeFieldName(field);
        g.writeStartObject();
        for (String language : languages) {
            boolean zh = language.equals("zh");
            g.writeFieldName(zh ? ZH : EN);
            if (texts == null) {
                g.writeString(zh ? text.zh() : text.en());
            } else {
                g.writeString(texts.encoded(text, zh));
            }
        }
        g.writeEndObject();
    }

    /** Writes an evidence or parameter value: a string, number, boolean, null or a list of them. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
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

    /**
     * The catalog's texts, each encoded for JSON once per writer: a finding's texts are its code
     * definition's own objects, so they are looked up by identity. Bounded: past {@value #MAX}
     * texts (an engine reloaded many times in one document) the rest are encoded each time. Not
     * thread-safe: one per writer.
     */
    static final class EncodedTexts {
        static final int MAX = 512;
        private final Map<LocalizedText, SerializedString[]> encoded = new IdentityHashMap<>();

        SerializableString encoded(LocalizedText text, boolean zh) {
            SerializedString[] both = encoded.get(text);
            if (both == null) {
                both = new SerializedString[] {new SerializedString(text.zh()), new SerializedString(text.en())};
                if (encoded.size() < MAX) {
                    encoded.put(text, both);
                }
            }
            return both[zh ? 0 : 1];
        }
    }
}
