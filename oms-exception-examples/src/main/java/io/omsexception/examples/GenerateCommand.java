package io.omsexception.examples;

import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.facts.StockAllocation;
import io.omsexception.json.RequestWriter;
import io.omsexception.json.StreamingEvaluation;
import io.omsexception.model.Order;
import io.omsexception.report.HandledCaseJson;
import io.omsexception.testkit.SampleCases;
import io.omsexception.testkit.SampleOrders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code generate} command: a request of generated sample orders, and optionally simulated
 * handled cases of their exceptions. Files appear only complete ({@link OutputFile}).
 */
final class GenerateCommand {
    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest) {
        Args a = Args.parse("generate", rest, Set.of("--help", "--quiet"),
                Set.of("--orders", "--seed", "--output", "--exception-rate", "--cases"), Set.of(), 0);
        if (a.flag("--help")) {
            out.print(Help.GENERATE);
            return Cli.OK;
        }
        if (a.value("--orders").isEmpty()) {
            throw new UsageException("generate: missing --orders N, how many orders to generate");
        }
        long n = a.number("generate", "--orders", 0, 0);
        if (n > Integer.MAX_VALUE) {
            throw new UsageException("generate: --orders must be at most " + Integer.MAX_VALUE + " but was " + n);
        }
        long seed = a.number("generate", "--seed", Long.MIN_VALUE, 1L);
        double rate = a.value("--exception-rate").map(v -> {
            try {
                double r = Double.parseDouble(v);
                if (r >= 0 && r <= 1) {
                    return r;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("generate: --exception-rate must be a number from 0 to 1 but was '" + v + "'");
        }).orElse(0.04);
        SampleOrders day = SampleOrders.of(seed, (int) n, rate, SampleOrders.DEFAULT_AS_OF);
        Path output = a.value("--output").map(Path::of).orElse(null);
        Path casesFile = a.value("--cases").map(Path::of).orElse(null);
        long start = System.nanoTime();
        String target = output == null ? "the request" : output.toString();
        OutputFile file = null;
        OutputFile casesOut = null;
        try {
            file = output == null ? null : OutputFile.create(output);
            casesOut = casesFile == null ? null : OutputFile.create(casesFile);
            OutputStream o = file == null ? Cli.nonClosing(out) : file.stream();
            RequestWriter w = RequestWriter.open(o, day.asOf(), day.referenceData());
            CaseSimulation cases = casesOut == null ? null : new CaseSimulation(casesOut.stream(), day, seed);
            Iterator<Order> it = day.iterator();
            while (it.hasNext()) {
                Order order = it.next();
                w.write(order);
                if (cases != null) {
                    cases.add(order);
                }
                if (!a.flag("--quiet") && output != null && w.orderCount() % Cli.PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "  %,d of %,d orders written%n", w.orderCount(), n);
                }
            }
            w.close();
            o.close();
            if (cases != null) {
                cases.close();
                target = casesFile.toString();
                casesOut.commit();
            }
            if (file != null) {
                target = output.toString();
                file.commit();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("generate: cannot write " + target + ": " + Cli.message(e) + "; nothing was written", e);
        } finally {
            if (file != null) {
                file.close();
            }
            if (casesOut != null) {
                casesOut.close();
            }
        }
        if (!a.flag("--quiet") && output != null) {
            err.printf(Locale.ROOT, "%,d orders (seed %d) written to %s in %.1f s%n", n, seed, output,
                    (System.nanoTime() - start) / 1e9);
        }
        return Cli.OK;
    }

    /** Evaluates generated orders in chunks and writes simulated handled cases for their findings. */
    private static final class CaseSimulation {
        private final OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        private final HandledCaseJson.Writer writer;
        private final SampleOrders day;
        private final SampleCases cases;
        private final List<Order> chunk = new ArrayList<>(StreamingEvaluation.CHUNK);
        /** The day is one request: its stock is allocated across the chunks, in order. */
        private final StockAllocation allocation = new StockAllocation();

        CaseSimulation(OutputStream file, SampleOrders day, long seed) {
            this.writer = HandledCaseJson.Writer.open(file);
            this.day = day;
            this.cases = SampleCases.of(seed, day.asOf().toInstant());
        }

        void add(Order order) {
            chunk.add(order);
            if (chunk.size() == StreamingEvaluation.CHUNK) {
                flush();
            }
        }

        private void flush() {
            for (OrderEvaluation e : engine.evaluate(chunk, 0, day.referenceData(), day.asOf(), allocation).results()) {
                cases.casesOf(e).forEach(writer::write);
            }
            chunk.clear();
        }

        void close() {
            flush();
            writer.close();
        }
    }
}
