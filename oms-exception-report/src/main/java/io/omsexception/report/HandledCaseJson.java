package io.omsexception.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.json.ArrayDocumentWriter;
import io.omsexception.json.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads and writes {@link HandledCase}s as JSON, so that cases exported from a host can be passed
 * to the report ({@code report --cases FILE}):
 *
 * <pre>{@code
 * {"cases": [
 *   {"orderId": "SO-1", "code": "OUT_OF_STOCK", "category": "INVENTORY", "department": "WAREHOUSE",
 *    "openedAt": "2026-11-22T09:00:00+08:00", "closedAt": "2026-11-22T15:30:00+08:00",
 *    "stages": [{"name": "triage", "startedAt": "...", "endedAt": "..."}]}
 * ]}
 * }</pre>
 *
 * {@code closedAt} (null or absent while open), {@code stages} and a stage's {@code endedAt} are
 * optional; times are ISO-8601 with an offset. Cases are read one at a time, so a large file is
 * never held.
 *
 * <p>Stateless and thread-safe.
 */
public final class HandledCaseJson {

    private HandledCaseJson() {
    }

    /**
     * Reads every case of a document, handing each to {@code sink} as soon as it is read.
     *
     * @param in UTF-8 JSON, {@code {"cases": [...]}}; not closed
     * @param sink receives the cases in order
     * @return the number of cases read
     * @throws IllegalArgumentException naming the JSON path of the first invalid value
     * @throws UncheckedIOException when the stream fails
     */
    public static int read(InputStream in, Consumer<HandledCase> sink) {
        int n = 0;
        try (JsonParser p = Jackson.parser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("$: must be an object with a 'cases' array");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("cases")) {
                    p.skipChildren();
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
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("$: not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cases: " + e.getMessage(), e);
        }
        return n;
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
            for (int i = 0; i < s.size(); i++) {
                String at = path + ".stages[" + i + "]";
                JsonNode stage = s.get(i);
                try {
                    stages.add(new HandledCase.Stage(text(stage, "name", at), time(stage, "startedAt", at, true),
                            time(stage, "endedAt", at, false)));
                } catch (IllegalArgumentException e) {
                    throw e.getMessage().startsWith("$") ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
                }
            }
        }
        try {
            return new HandledCase(text(n, "orderId", path), text(n, "code", path),
                    value(Category::of, n, "category", path), value(Department::of, n, "department", path),
                    time(n, "openedAt", path, true), time(n, "closedAt", path, false), stages);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith("$") ? e : new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field, String path) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(path + "." + field + ": is required as a text");
        }
        return v.asText();
    }

    private static <T> T value(Function<String, T> of, JsonNode n, String field, String path) {
        String t = text(n, field, path);
        try {
            return of.apply(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + field + ": " + e.getMessage());
        }
    }

    private static Instant time(JsonNode n, String field, String path, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(path + "." + field + ": is required");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + "." + field + ": must be an ISO-8601 time with an offset but was '"
                    + v.asText() + "'");
        }
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
            Objects.requireNonNull(c, "case");
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
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }
}
