package io.omsexception.examples;

import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.InvalidRequestException;
import io.omsexception.json.OrderJson;
import io.omsexception.json.RequestWriter;
import io.omsexception.json.ResultWriter;
import io.omsexception.json.StreamingEvaluation;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.HandledCaseJson;
import io.omsexception.report.HtmlReport;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.report.StatisticsJson;
import io.omsexception.testkit.SampleCases;
import io.omsexception.testkit.SampleOrders;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line runner: {@code evaluate}, {@code report}, {@code demo} and {@code generate}.
 * See {@code docs/cli.md}.
 *
 * <p>Exit codes: 0 every order was evaluated; 1 some orders were rejected as invalid (they are in
 * {@code errors}); 2 the arguments or the files cannot be used (a one-line message says what to fix);
 * 3 an unexpected failure (a bug).
 */
public final class Cli {
    /** Every order was evaluated. */
    public static final int OK = 0;
    /** Some orders were rejected as invalid; they are in {@code errors}. */
    public static final int REJECTED = 1;
    /** Unusable arguments, or an unreadable file or request. */
    public static final int USAGE = 2;
    /** An unexpected failure: a bug to report, with the stack trace printed on standard error. */
    public static final int FAILURE = 3;

    static final String JAR = "java -jar oms-exception-cli.jar";
    static final long PROGRESS_EVERY = 100_000;

    private final PrintStream out;
    private final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a command and exits with its exit code.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(out, err).run(args);
        out.flush();
        System.exit(code);
    }

    /**
     * @param args the command and its arguments
     * @return the exit code
     */
    int run(String... args) {
        try {
            if (args.length == 0) {
                err.println("oms-exception: missing command: use evaluate, report, demo or generate (see --help)");
                return USAGE;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "--help", "-h", "help" -> help(rest.isEmpty() ? null : rest.get(0));
                case "evaluate" -> evaluate(rest);
                case "report" -> report(rest);
                case "demo" -> new Demo(out).run(Args.parse("demo", rest, Set.of("--help"), Set.of("--lang", "--top"), Set.of(), 0));
                case "generate" -> generate(rest);
                default -> throw new UsageException("unknown command '" + args[0]
                        + "': use evaluate, report, demo or generate (see --help)");
            };
        } catch (UsageException e) {
            err.println("oms-exception: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException | OutOfMemoryError e) {
            err.println("oms-exception: unexpected failure, please report it: " + e);
            e.printStackTrace(err);
            return FAILURE;
        }
    }

    private int help(String command) {
        if (command == null) {
            out.print(Help.TOOL);
            return OK;
        }
        String text = Help.of(command);
        if (text == null) {
            throw new UsageException("unknown command '" + command + "': use evaluate, report, demo or generate (see --help)");
        }
        out.print(text);
        return OK;
    }

    private int evaluate(List<String> rest) {
        Args a = Args.parse("evaluate", rest, Set.of("--help", "--pretty", "--quiet"),
                Set.of("--output", "--rules", "--param"), Set.of("--rules", "--param"), 1);
        if (a.flag("--help")) {
            out.print(Help.EVALUATE);
            return OK;
        }
        Path request = requestFile("evaluate", a);
        OrderExceptionEngine engine = Engines.build("evaluate", a.values("--rules"), a.values("--param"));
        Path output = a.value("--output").map(Path::of).orElse(null);
        // The first pass checks the whole request before any output is started.
        long start = System.nanoTime();
        OrderJson.RequestHeader header = usable("evaluate", request, () -> StreamingEvaluation.header(request));
        StreamingEvaluation.Summary summary;
        try (OutputStream o = output == null ? nonClosing(out) : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                ResultWriter writer = ResultWriter.open(o, a.flag("--pretty"))) {
            String target = output == null ? "the results" : output.toString();
            StreamingEvaluation.Sink sink = new StreamingEvaluation.Sink() {
                @Override
                public void result(OrderEvaluation evaluation) {
                    try {
                        writer.write(evaluation);
                    } catch (UncheckedIOException e) {
                        // told apart from a failure to read the request
                        throw new UsageException("evaluate: cannot write " + target + ": " + message(e), e);
                    }
                }

                @Override
                public void error(OrderError error) {
                    writer.write(error);
                }
            };
            summary = usable("evaluate", request, () -> StreamingEvaluation.run(request, header, engine, sink,
                    a.flag("--quiet") ? null : err, PROGRESS_EVERY)).since(start);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("evaluate: cannot write " + (output == null ? "the results" : output) + ": " + message(e), e);
        }
        if (!a.flag("--quiet")) {
            err.println(summary.line() + (output == null ? "" : "; results in " + output));
        }
        return summary.errors() == 0 ? OK : REJECTED;
    }

    private <T> T usable(String command, Path request, java.util.function.Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidRequestException e) {
            throw new UsageException(command + ": " + request + " is not a usable request: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(command + ": cannot read " + request + ": " + message(e), e);
        }
    }

    private int report(List<String> rest) {
        Args a = Args.parse("report", rest, Set.of("--help", "--quiet"),
                Set.of("--html", "--json", "--rules", "--param", "--title", "--cases", "--lang"), Set.of("--rules", "--param"), 1);
        if (a.flag("--help")) {
            out.print(Help.REPORT);
            return OK;
        }
        Path request = requestFile("report", a);
        String lang = Demo.language("report", a);
        Path html = a.value("--html").map(Path::of)
                .orElseThrow(() -> new UsageException("report: missing --html FILE, where to write the report"));
        Path json = a.value("--json").map(Path::of).orElse(null);
        OrderExceptionEngine engine = Engines.build("report", a.values("--rules"), a.values("--param"));
        StatisticsCollector collector = new StatisticsCollector();
        StreamingEvaluation.Sink sink = new StreamingEvaluation.Sink() {
            @Override
            public void result(OrderEvaluation evaluation) {
                collector.add(evaluation);
            }

            @Override
            public void error(OrderError error) {
                collector.add(error);
            }
        };
        StreamingEvaluation.Summary summary = usable("report", request, () -> StreamingEvaluation.run(request, engine, sink,
                a.flag("--quiet") ? null : err, PROGRESS_EVERY));
        Optional<String> cases = a.value("--cases");
        if (cases.isPresent()) {
            Path file = Path.of(cases.get());
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                HandledCaseJson.read(in, collector::add);
            } catch (IOException | UncheckedIOException e) {
                throw new UsageException("report: cannot read --cases " + file + ": " + message(e), e);
            } catch (IllegalArgumentException e) {
                throw new UsageException("report: --cases " + file + " is not usable: " + e.getMessage(), e);
            }
        }
        ExceptionStatistics stats = collector.result(summary.asOf().toInstant());
        String title = a.value("--title").orElse((lang.equals("zh") ? "异常订单报告：" : "Exception orders: ")
                + request.getFileName());
        try {
            HtmlReport.titled(title).language(lang).zone(summary.asOf().getOffset()).write(stats, html);
            if (json != null) {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(json))) {
                    StatisticsJson.write(stats, o);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("report: cannot write the report: " + message(e), e);
        }
        if (!a.flag("--quiet")) {
            err.println(summary.line() + "; report in " + html + (json == null ? "" : ", statistics in " + json));
        }
        return summary.errors() == 0 ? OK : REJECTED;
    }

    private int generate(List<String> rest) {
        Args a = Args.parse("generate", rest, Set.of("--help", "--quiet"),
                Set.of("--orders", "--seed", "--output", "--exception-rate", "--cases"), Set.of(), 0);
        if (a.flag("--help")) {
            out.print(Help.GENERATE);
            return OK;
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
        try (OutputStream o = output == null ? nonClosing(out) : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
                RequestWriter w = RequestWriter.open(o, day.asOf(), day.referenceData());
                CaseSimulation cases = casesFile == null ? null : new CaseSimulation(casesFile, day, seed)) {
            Iterator<io.omsexception.model.Order> it = day.iterator();
            while (it.hasNext()) {
                io.omsexception.model.Order order = it.next();
                w.write(order);
                if (cases != null) {
                    cases.add(order);
                }
                if (!a.flag("--quiet") && output != null && w.orderCount() % PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "  %,d of %,d orders written%n", w.orderCount(), n);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("generate: cannot write " + (output == null ? "the request" : output) + ": " + message(e), e);
        }
        if (!a.flag("--quiet") && output != null) {
            err.printf(Locale.ROOT, "%,d orders (seed %d) written to %s in %.1f s%n", n, seed, output,
                    (System.nanoTime() - start) / 1e9);
        }
        return OK;
    }

    /** Evaluates generated orders in chunks and writes simulated handled cases for their findings. */
    private static final class CaseSimulation implements AutoCloseable {
        private final OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        private final OutputStream file;
        private final HandledCaseJson.Writer writer;
        private final SampleOrders day;
        private final SampleCases cases;
        private final List<io.omsexception.model.Order> chunk = new java.util.ArrayList<>(StreamingEvaluation.CHUNK);

        CaseSimulation(Path path, SampleOrders day, long seed) throws IOException {
            this.file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            this.writer = HandledCaseJson.Writer.open(file);
            this.day = day;
            this.cases = SampleCases.of(seed, day.asOf().toInstant());
        }

        void add(io.omsexception.model.Order order) {
            chunk.add(order);
            if (chunk.size() == StreamingEvaluation.CHUNK) {
                flush();
            }
        }

        private void flush() {
            for (OrderEvaluation e : engine.evaluate(chunk, 0, day.referenceData(), day.asOf()).results()) {
                cases.casesOf(e).forEach(writer::write);
            }
            chunk.clear();
        }

        @Override
        public void close() throws IOException {
            flush();
            writer.close();
            file.close();
        }
    }

    private static Path requestFile(String command, Args a) {
        if (a.positionals().isEmpty()) {
            throw new UsageException(command + ": missing REQUEST.json, the request file to " + command
                    + " (see " + command + " --help)");
        }
        Path p = Path.of(a.positionals().get(0));
        if (!Files.isRegularFile(p)) {
            throw new UsageException(command + ": cannot read " + p + ": " + (Files.exists(p) ? "not a file" : "no such file"));
        }
        if (!Files.isReadable(p)) {
            throw new UsageException(command + ": cannot read " + p + ": permission denied");
        }
        return p;
    }

    private static OutputStream nonClosing(PrintStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) {
                stream.write(b, off, len);
            }

            @Override
            public void close() {
                stream.flush();
            }
        };
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + m;
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
