package io.omsexception.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.Jackson;
import io.omsexception.json.RequestWriter;
import io.omsexception.json.ResultTexts;
import io.omsexception.json.ResultWriter;
import io.omsexception.json.StreamingEvaluation;
import io.omsexception.model.Order;
import io.omsexception.testkit.SampleOrders;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The command line's JSON path against a plain streaming copy of the same file, in one JVM, one
 * after the other, on a generated request file: <em>copy</em> reads every order with Jackson's
 * streaming parser and writes it back ({@code copyCurrentStructure}) to a file; <em>evaluate</em>
 * does what {@code oms-exception-cli evaluate REQUEST --output FILE} does (the request read by
 * {@link StreamingEvaluation}, in one pass since {@link RequestWriter} writes the reference data
 * before the orders; the results written by {@link ResultWriter} to a file). Each is
 * warmed up, then the best of three runs is kept, wall time and the process's CPU time. Also
 * prints the size of the demo day's result (the bundled day: 5,000 orders of seed
 * {@value BenchmarkData#SEED}) for each {@link ResultTexts} mode: the full form for
 * {@code inline}, the compact form for the modes by reference.
 *
 * <p>Prints {@code jsonPath orders=N copyMs=.. copyCpuMs=.. evaluateMs=.. evaluateCpuMs=..
 * ratio=..} and {@code resultBytes day=.. inline=.. zh=.. en=.. both=.. none=..}. Run alone:
 * {@code java -cp benchmarks.jar io.omsexception.benchmarks.JsonPathCheck [orders]} (default 200,000).
 */
public final class JsonPathCheck {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private JsonPathCheck() {
    }

    /**
     * @param args the number of orders of the request file (default 200,000)
     * @throws IOException when a temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int count = args.length == 0 ? 200_000 : Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("oms-json-path");
        try {
            OrderExceptionEngine engine = BenchmarkData.standardEngine();
            Path request = dir.resolve("request.json");
            write(SampleOrders.day(BenchmarkData.SEED, count), request);
            Path out = dir.resolve("out.json");
            long[] copy = best(() -> copy(request, out));
            long[] evaluate = best(() -> evaluate(engine, request, out, ResultTexts.INLINE));
            System.out.printf(Locale.ROOT, "jsonPath orders=%d requestBytes=%d copyMs=%d copyCpuMs=%d evaluateMs=%d evaluateCpuMs=%d"
                    + " ratio=%.2f%n", count, Files.size(request), copy[0], copy[1], evaluate[0], evaluate[1],
                    (double) copy[0] / evaluate[0]);
            Path day = dir.resolve("day.json");
            write(SampleOrders.day(BenchmarkData.SEED, 5_000), day);
            StringBuilder sizes = new StringBuilder("resultBytes day=5000");
            for (ResultTexts texts : ResultTexts.values()) {
                evaluate(engine, day, out, texts);
                sizes.append(' ').append(texts).append('=').append(Files.size(out));
            }
            System.out.println(sizes);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void write(SampleOrders day, Path file) throws IOException {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                RequestWriter w = RequestWriter.open(o, day.asOf(), day.referenceData())) {
            for (java.util.Iterator<Order> it = day.iterator(); it.hasNext(); ) {
                w.write(it.next());
            }
        }
    }

    /** One warm-up run, then the best of three: wall ms and process CPU ms. */
    private static long[] best(Runnable run) {
        run.run();
        long wall = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long c = OS.getProcessCpuTime();
            long t = System.nanoTime();
            run.run();
            wall = Math.min(wall, (System.nanoTime() - t) / 1_000_000);
            cpu = Math.min(cpu, (OS.getProcessCpuTime() - c) / 1_000_000);
        }
        return new long[] {wall, cpu};
    }

    /** Reads every order with the streaming parser and writes it back, inside {@code {"orders": [...]}}. */
    static void copy(Path request, Path out) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(request), 1 << 16);
                OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                JsonParser p = Jackson.parser(in);
                JsonGenerator g = Jackson.generator(o, false)) {
            g.writeStartObject();
            g.writeArrayFieldStart("orders");
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("orders")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        g.copyCurrentStructure(p);
                    }
                } else {
                    p.skipChildren();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code evaluate REQUEST --output FILE [--texts MODE]} does, without the progress lines. */
    static void evaluate(OrderExceptionEngine engine, Path request, Path out, ResultTexts texts) {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            ResultWriter writer = ResultWriter.open(o, false, texts);
            StreamingEvaluation.run(request, engine, new StreamingEvaluation.Sink() {
                @Override
                public void result(OrderEvaluation evaluation) {
                    writer.write(evaluation);
                }

                @Override
                public void error(OrderError error) {
                    writer.write(error);
                }
            }, null, 1);
            writer.complete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
