package io.omsexception.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.omsexception.json.Jackson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ExceptionStatistics} as JSON, for dashboards and other programs: the same figures
 * as the HTML report. Shares are numbers from 0 to 1 with 4 decimals; durations are seconds with 3
 * decimals ({@code meanSeconds}, ...); times are ISO-8601. The shape is documented in
 * {@code docs/statistics.md}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatisticsJson {
    private StatisticsJson() {
    }

    /**
     * @param s the statistics
     * @param out where to write UTF-8 JSON, pretty-printed; flushed, not closed
     * @throws UncheckedIOException when the stream fails
     */
    public static void write(ExceptionStatistics s, OutputStream out) {
        try (JsonGenerator g = Jackson.generator(out, true)) {
            g.writeStartObject();
            g.writeStringField("asOf", s.asOf().toString());
            g.writeObjectFieldStart("orders");
            g.writeNumberField("evaluated", s.ordersEvaluated());
            g.writeNumberField("rejected", s.ordersRejected());
            g.writeNumberField("withExceptions", s.ordersWithExceptions());
            g.writeNumberField("blocking", s.blockingOrders());
            share(g, "exceptionRate", s.exceptionRate());
            g.writeEndObject();
            g.writeObjectFieldStart("findings");
            g.writeNumberField("total", s.findings());
            g.writeNumberField("blocking", s.blockingFindings());
            share(g, "blockingShare", s.blockingShare());
            g.writeEndObject();
            counts(g, "byCategory", s.byCategory());
            g.writeArrayFieldStart("byCode");
            for (CodeCount c : s.byCode()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                g.writeStringField("category", c.category().name());
                g.writeStringField("department", c.department().name());
                g.writeNumberField("count", c.count());
                g.writeNumberField("blocking", c.blocking());
                share(g, "share", c.share());
                g.writeEndObject();
            }
            g.writeEndArray();
            counts(g, "byDepartment", s.byDepartment());
            counts(g, "byPriority", s.byPriority());
            g.writeArrayFieldStart("topSkus");
            for (SkuCount c : s.topSkus()) {
                g.writeStartObject();
                g.writeStringField("sku", c.sku());
                g.writeNumberField("findings", c.findings());
                g.writeObjectFieldStart("byCode");
                for (Map.Entry<String, Long> e : c.byCode().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            counts(g, "ruleHits", s.ruleHits());
            g.writeObjectFieldStart("cases");
            g.writeNumberField("open", s.openCases());
            g.writeNumberField("closed", s.closedCases());
            g.writeEndObject();
            durations(g, "handlingByCode", s.handlingByCode());
            durations(g, "handlingByDepartment", s.handlingByDepartment());
            durations(g, "stages", s.stages());
            if (s.slowestStage().isPresent()) {
                g.writeStringField("slowestStage", s.slowestStage().get().key());
            } else {
                g.writeNullField("slowestStage");
            }
            g.writeArrayFieldStart("backlog");
            for (BacklogBucket b : s.backlog()) {
                g.writeStartObject();
                g.writeStringField("age", b.label());
                seconds(g, "fromSeconds", b.from());
                if (b.to() == null) {
                    g.writeNullField("toSeconds");
                } else {
                    seconds(g, "toSeconds", b.to());
                }
                g.writeNumberField("open", b.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suggestions");
            for (Suggestion x : s.suggestions()) {
                g.writeStartObject();
                g.writeStringField("id", x.rule().id());
                g.writeStringField("subject", x.rule().subject());
                g.writeStringField("measure", x.rule().measure().name());
                g.writeNumberField("threshold", BigDecimal.valueOf(x.rule().threshold()));
                g.writeNumberField("observed", BigDecimal.valueOf(x.observed()).setScale(4, RoundingMode.HALF_UP));
                g.writeNumberField("findings", x.findings());
                g.writeObjectFieldStart("advice");
                g.writeStringField("zh", x.rule().advice().zh());
                g.writeStringField("en", x.rule().advice().en());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("precision");
            for (CodePrecision p : s.precision()) {
                g.writeStartObject();
                g.writeStringField("code", p.code());
                g.writeNumberField("judged", p.judged());
                g.writeNumberField("genuine", p.genuine());
                g.writeNumberField("falseAlarms", p.falseAlarms());
                share(g, "precision", p.precision());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("actions");
            for (ExceptionStatistics.ActionCount a : s.actions()) {
                g.writeStartObject();
                g.writeStringField("type", a.type());
                g.writeStringField("code", a.code());
                g.writeNumberField("executed", a.executed());
                g.writeNumberField("proposed", a.proposed());
                g.writeNumberField("failed", a.failed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("escalations");
            for (ExceptionStatistics.EscalationCount e : s.escalations()) {
                g.writeStartObject();
                g.writeStringField("department", e.department());
                g.writeNumberField("toLead", e.toLead());
                g.writeNumberField("toManager", e.toManager());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(JsonGenerator g, String field, List<Count> counts) throws IOException {
        g.writeArrayFieldStart(field);
        for (Count c : counts) {
            g.writeStartObject();
            g.writeStringField("key", c.key());
            g.writeNumberField("count", c.count());
            share(g, "share", c.share());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void durations(JsonGenerator g, String field, List<DurationSummary> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (DurationSummary d : list) {
            g.writeStartObject();
            g.writeStringField("key", d.key());
            g.writeNumberField("count", d.count());
            seconds(g, "meanSeconds", d.mean());
            seconds(g, "medianSeconds", d.median());
            seconds(g, "p90Seconds", d.p90());
            seconds(g, "maxSeconds", d.max());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void share(JsonGenerator g, String field, double share) throws IOException {
        g.writeNumberField(field, BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP));
    }

    private static void seconds(JsonGenerator g, String field, Duration d) throws IOException {
        g.writeNumberField(field, BigDecimal.valueOf(d.toMillis()).movePointLeft(3));
    }
}
