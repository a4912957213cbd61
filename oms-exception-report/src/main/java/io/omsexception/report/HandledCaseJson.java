package io.omsexception.report;

import static io.omsexception.report.CaseFields.choice;
import static io.omsexception.report.CaseFields.entries;
import static io.omsexception.report.CaseFields.text;
import static io.omsexception.report.CaseFields.time;
import static io.omsexception.report.CaseFields.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.ActionType;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.json.ArrayDocumentWriter;
import io.omsexception.json.Jackson;
import io.omsexception.json.JsonLimits;
import io.omsexception.model.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and writes {@link HandledCase}s as JSON, so that cases exported from a host can be passed
 * to the report ({@code report --cases FILE}):
 *
 * <pre>{@code
 * {"cases": [
 *   {"orderId": "SO-1", "code": "OUT_OF_STOCK", "category": "INVENTORY", "department": "WAREHOUSE",
 *    "openedAt": "2026-11-22T09:00:00+08:00", "closedAt": "2026-11-22T15:30:00+08:00",
 *    "verdict": "GENUINE",
 *    "stages": [{"name": "triage", "startedAt": "...", "endedAt": "..."}],
 *    "actions": [{"type": "CHASE_CARRIER", "outcome": "EXECUTED", "at": "..."}],
 *    "escalations": [{"level": "LEAD", "at": "..."}]}
 * ]}
 * }</pre>
 *
 * {@code actions} (an outcome is {@code PROPOSED}, {@code EXECUTED} or {@code FAILED}) and
 * {@code escalations} (a level is {@code LEAD} or {@code MANAGER}) are optional, at most
 * {@value #MAX_STAGES} entries each.
 *
 * {@code closedAt} (null or absent while open), {@code verdict} ({@code GENUINE} or
 * {@code FALSE_ALARM}, only on a closed case; null or absent when unknown), {@code stages} and a
 * stage's {@code endedAt} are optional; times are ISO-8601 with an offset. Cases are read one at a time, so a large file is
 * never held.
 *
 * <p>Read as strictly as a request ({@code docs/limits-and-errors.md}): the limits of
 * {@link JsonLimits#DEFAULTS} on strings (also inside fields skipped unread), nesting, numbers and
 * field names; at most {@value #MAX_STAGES} stages per case; a key given twice, content after the
 * document's object and texts that are not valid Unicode (an {@code orderId} with a control
 * character) are refused. Every error names the JSON path ({@code $.cases[3].stages[0].name}) and
 * shows input values quoted and escaped, as the order reader does.
 *
 * <p>Stateless and thread-safe.
 */
public final class HandledCaseJson {
    /** The most stages one case may have. */
    public static final int MAX_STAGES = 1_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(JsonLimits.DEFAULTS.maxStringLength())
                    .maxNestingDepth(JsonLimits.DEFAULTS.maxNestingDepth())
                    .maxNumberLength(JsonLimits.DEFAULTS.maxNumberLength())
                    .maxNameLength(JsonLimits.DEFAULTS.maxFieldNameLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private HandledCaseJson() {
    }

    /**
     * Reads every case of a document, handing each to {@code sink} as soon as it is read.
     *
     * @param in UTF-8 JSON, {@code {"cases": [...]}}; not closed
     * @param sink receives the cases in order
     * @return the number of cases read
     * @throws IllegalArgumentException naming the JSON path of the first invalid value, or an
     *     argument that is null
     * @throws UncheckedIOException when the stream fails
     */
    public static int read(InputStream in, Consumer<HandledCase> sink) {
        required(in, "in");
        required(sink, "sink");
        int n = 0;
        JsonParser p = null;
        try {
            p = FACTORY.createParser(in);
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("$: must be an object with a 'cases' array");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("cases")) {
                    skip(p);
                    continue;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("$.cases: must be an array");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    sink.accept(handledCase(Jackson.mapper().readTree(p), "$.cases[" + n + "]"));
                    n++;
                }
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("$: unexpected content after the cases object at " + at(p.currentLocation()));
            }
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException(path(p) + ": " + Texts.escaped(e.getOriginalMessage()) + " at "
                    + at(p.currentLocation()), e);
        } catch (JsonProcessingException e) {
            String m = Texts.escaped(e.getOriginalMessage());
            if (m.startsWith("Duplicate field")) {
                throw new IllegalArgumentException(path(p) + ": duplicate key", e);
            }
            throw new IllegalArgumentException("$: not valid JSON: " + m + " at " + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cases: " + e.getMessage(), e);
        }
        return n;
    }

    /** Skips a value, reading every string so that its length is checked too. */
    private static void skip(JsonParser p) throws IOException {
        int depth = 0;
        JsonToken t = p.currentToken();
        do {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (t == JsonToken.VALUE_STRING) {
                p.getText();
            }
        } while (depth > 0 && (t = p.nextToken()) != null);
    }

    private static String at(JsonLocation l) {
        return l == null ? "an unknown position" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    /** @return the path of the parser's current value or key, for example {@code $.cases[2].stages} */
    private static String path(JsonParser p) {
        if (p == null) {
            return "$";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.add(name.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + name
                        : "['" + Texts.escaped(name).replace("'", "\\'") + "']");
            }
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            b.append(parts.get(i));
        }
        return b.toString();
    }

    private static HandledCase handledCase(JsonNode n, String path) {
        if (!n.isObject()) {
            throw new IllegalArgumentException(path + ": must be an object");
        }
        List<HandledCase.Stage> stages = new ArrayList<>();
        JsonNode s = n.get("stages");
        if (s != null && !s.isNull()) {
            if (!s.isArray()) {
                throw new IllegalArgumentException(path + ".stages: must be an array");
            }
            if (s.size() > MAX_STAGES) {
                throw new IllegalArgumentException(path + ".stages: must have at most " + MAX_STAGES + " entries");
            }
            for (int i = 0; i < s.size(); i++) {
                String at = path + ".stages[" + i + "]";
                JsonNode stage = s.get(i);
                if (!stage.isObject()) {
                    throw new IllegalArgumentException(at + ": must be an object");
                }
                try {
                    stages.add(new HandledCase.Stage(text(stage, "name", at, false), time(stage, "startedAt", at, true),
                            time(stage, "endedAt", at, false)));
                } catch (IllegalArgumentException e) {
                    throw e.getMessage().startsWith("$") ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
                }
            }
        }
        List<HandledCase.ActionOutcome> actions = new ArrayList<>();
        for (JsonNode a : entries(n, "actions", path)) {
            String at = path + ".actions[" + actions.size() + "]";
            actions.add(new HandledCase.ActionOutcome(value(ActionType::of, a, "type", at),
                    choice(HandledCase.ActionOutcome.Outcome.class, a, "outcome", at), time(a, "at", at, true)));
        }
        List<HandledCase.Escalation> escalations = new ArrayList<>();
        for (JsonNode e : entries(n, "escalations", path)) {
            String at = path + ".escalations[" + escalations.size() + "]";
            escalations.add(new HandledCase.Escalation(choice(HandledCase.Escalation.Level.class, e, "level", at),
                    time(e, "at", at, true)));
        }
        try {
            return new HandledCase(text(n, "orderId", path, true), text(n, "code", path, false),
                    value(Category::of, n, "category", path), value(Department::of, n, "department", path),
                    time(n, "openedAt", path, true), time(n, "closedAt", path, false), stages, verdict(n, path),
                    actions, escalations);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("$") ? e : new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static HandledCase.Verdict verdict(JsonNode n, String path) {
        JsonNode v = n.get("verdict");
        if (v == null || v.isNull()) {
            return null;
        }
        String t = v.isTextual() ? v.asText() : v.toString();
        for (HandledCase.Verdict x : HandledCase.Verdict.values()) {
            if (v.isTextual() && x.name().equals(t)) {
                if (n.get("closedAt") == null || n.get("closedAt").isNull()) {
                    throw new IllegalArgumentException(path + ".verdict: needs closedAt: an open case has no verdict yet");
                }
                return x;
            }
        }
        throw new IllegalArgumentException(path + ".verdict: must be GENUINE or FALSE_ALARM but was " + Texts.quoted(t));
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Writes cases as they come, without holding them.
     *
     * <p>Not thread-safe: one writer per output.
     */
    public static final class Writer extends ArrayDocumentWriter {

        private Writer(JsonGenerator g) {
            super(g, "the case writer");
        }

        /**
         * @param out where to write UTF-8 JSON; flushed at close, not closed
         * @return a writer that has started the document
         */
        public static Writer open(OutputStream out) {
            try {
                JsonGenerator g = Jackson.generator(out, false);
                g.writeStartObject();
                g.writeArrayFieldStart("cases");
                return new Writer(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** @param c the next case */
        public void write(HandledCase c) {
            required(c, "case");
            JsonGenerator g = generator();
            try {
                g.writeStartObject();
                g.writeStringField("orderId", c.orderId());
                g.writeStringField("code", c.code());
                g.writeStringField("category", c.category().name());
                g.writeStringField("department", c.department().name());
                g.writeStringField("openedAt", c.openedAt().toString());
                if (c.closedAt() != null) {
                    g.writeStringField("closedAt", c.closedAt().toString());
                }
                if (c.verdict() != null) {
                    g.writeStringField("verdict", c.verdict().name());
                }
                if (!c.stages().isEmpty()) {
                    g.writeArrayFieldStart("stages");
                    for (HandledCase.Stage s : c.stages()) {
                        g.writeStartObject();
                        g.writeStringField("name", s.name());
                        g.writeStringField("startedAt", s.startedAt().toString());
                        if (s.endedAt() != null) {
                            g.writeStringField("endedAt", s.endedAt().toString());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!c.actions().isEmpty()) {
                    g.writeArrayFieldStart("actions");
                    for (HandledCase.ActionOutcome a : c.actions()) {
                        g.writeStartObject();
                        g.writeStringField("type", a.type().name());
                        g.writeStringField("outcome", a.outcome().name());
                        g.writeStringField("at", a.at().toString());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!c.escalations().isEmpty()) {
                    g.writeArrayFieldStart("escalations");
                    for (HandledCase.Escalation e : c.escalations()) {
                        g.writeStartObject();
                        g.writeStringField("level", e.level().name());
                        g.writeStringField("at", e.at().toString());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }
}
