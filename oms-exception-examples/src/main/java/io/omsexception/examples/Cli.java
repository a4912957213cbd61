package io.omsexception.examples;

import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.InvalidRequestException;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ResultTexts;
import io.omsexception.json.ResultWriter;
import io.omsexception.json.StreamingEvaluation;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.HandledCaseJson;
import io.omsexception.report.HtmlReport;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.report.StatisticsJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line runner: {@code evaluate}, {@code report}, {@code demo}, {@code generate} and
 * {@code diff}.
 * See {@code docs/cli.md}.
 *
 * <p>Exit codes: 0 every order was evaluated; 1 some orders were rejected as invalid (they are in
 * {@code errors}); 2 the arguments or the files cannot be used (a one-line message says what to fix);
 * 3 the run failed: a rule threw an {@link Error}, the JVM ran out of memory, or a bug (a one-line
 * message says how many orders were evaluated and what was left behind, then the stack trace).
 * Output files are written to a temporary file beside them and moved into place only when the run
 * succeeded ({@link OutputFile}); the result document ends with the end marker
 * {@code "complete": {...}} ({@link ResultWriter#complete()}), so that a result on standard
 * output that lacks it is known to be cut short.
 */
public final class Cli {
    /** Every order was evaluated. */
    public static final int OK = 0;
    /** Some orders were rejected as invalid; they are in {@code errors}. */
    public static final int REJECTED = 1;
    /** Unusable arguments, or an unreadable file or request. */
    public static final int USAGE = 2;
    /**
     * The run failed (an {@link Error} such as a rule's {@code AssertionError} or
     * {@code StackOverflowError}, out of memory, or a bug): nothing written to an output file, the
     * stack trace printed on standard error.
     */
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
                err.println("oms-exception: missing command: use evaluate, report, demo, generate, diff, handle or streams (see --help)");
                return USAGE;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "--help", "-h", "help" -> help(rest.isEmpty() ? null : rest.get(0));
                case "evaluate" -> evaluate(rest);
                case "report" -> report(rest);
                case "demo" -> new Demo(out).run(Args.parse("demo", rest, Set.of("--help"), Set.of("--lang", "--top"), Set.of(), 0));
                case "generate" -> new GenerateCommand(out, err).run(rest);
                case "streams" -> new StreamsCommand(out, err).run(rest);
                case "handle" -> new HandleCommand(out).run(Args.parse("handle", rest, Set.of("--help"),
                        Set.of("--lang", "--policy", "--html", "--json"), Set.of(), 0));
                case "diff" -> new DiffCommand(out, err).run(rest);
                default -> throw new UsageException("unknown command '" + args[0]
                        + "': use evaluate, report, demo, generate, diff, handle or streams (see --help)");
            };
        } catch (UsageException e) {
            err.println("oms-exception: " + e.getMessage());
            return USAGE;
        } catch (RunFailedException e) {
            err.println("oms-exception: " + e.getMessage());
            e.getCause().printStackTrace(err);
            return FAILURE;
        } catch (RuntimeException | Error e) {
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
            throw new UsageException("unknown command '" + command + "': use evaluate, report, demo, generate, diff, handle or streams (see --help)");
        }
        out.print(text);
        return OK;
    }

    /** @return how evaluate's result carries texts: {@code --texts}, default inline */
    static ResultTexts texts(Args a) {
        try {
            return a.value("--texts").map(v -> ResultTexts.parse(v, "--texts")).orElse(ResultTexts.INLINE);
        } catch (IllegalArgumentException e) {
            throw new UsageException("evaluate: " + e.getMessage());
        }
    }

    private int evaluate(List<String> rest) {
        Args a = Args.parse("evaluate", rest, Set.of("--help", "--pretty", "--quiet"),
                Set.of("--output", "--rules", "--param", "--format", "--as-of", "--texts"), Set.of("--rules", "--param"), 1);
        if (a.flag("--help")) {
            out.print(Help.EVALUATE);
            return OK;
        }
        Path request = requestFile("evaluate", a);
        texts(a);
        if (a.value("--as-of").isPresent() && a.value("--format").isEmpty()) {
            throw new UsageException("evaluate: --as-of needs --format: a request carries its own asOf");
        }
        Path output = a.value("--output").map(Path::of).orElse(null);
        if (a.value("--format").isPresent()) {
            OrderExceptionEngine engine = Engines.build("evaluate", a.values("--rules"), a.values("--param"));
            return MarketplaceInput.evaluate(a, request, engine, output, out, err);
        }
        String target = output == null ? "the results" : output.toString();
        // On standard output a first pass checks the whole request before any output is started;
        // it runs beside the engine's build (which it does not need), and a problem of the rules
        // still comes first. To a file, the request is read in one pass when it can be (its
        // temporary file keeps a failed run from leaving output that looks complete).
        Background<OrderJson.RequestHeader> reading = output != null ? null
                : Background.start("oms-exception-cli-header",
                        () -> usable("evaluate", request, () -> StreamingEvaluation.header(request)));
        OrderExceptionEngine engine = Engines.build("evaluate", a.values("--rules"), a.values("--param"));
        long start = System.nanoTime(); // the summary's time: the passes over the request, not the build
        OrderJson.RequestHeader header = reading == null ? null : reading.join();
        long[] total = {header == null ? -1 : header.orderCount()};
        StreamingEvaluation.Summary summary;
        OutputFile file = null;
        ResultWriter[] writer = new ResultWriter[1];
        try {
            file = output == null ? null : OutputFile.create(output);
            OutputStream o = file == null ? nonClosing(out) : file.stream();
            writer[0] = ResultWriter.open(o, a.flag("--pretty"), texts(a));
            StreamingEvaluation.Sink sink = new StreamingEvaluation.Sink() {
                @Override
                public void result(OrderEvaluation evaluation) {
                    try {
                        writer[0].write(evaluation);
                    } catch (UncheckedIOException e) {
                        // told apart from a failure to read the request
                        throw new UsageException("evaluate: cannot write " + target + ": " + message(e), e);
                    }
                }

                @Override
                public void error(OrderError error) {
                    writer[0].write(error);
                }

                @Override
                public void begin(long orderCount) {
                    total[0] = orderCount;
                }
            };
            PrintStream progress = a.flag("--quiet") ? null : err;
            summary = usable("evaluate", request, () -> header == null
                    ? StreamingEvaluation.run(request, engine, sink, progress, PROGRESS_EVERY)
                    : StreamingEvaluation.run(request, header, engine, sink, progress, PROGRESS_EVERY)).since(start);
            writer[0].complete();
            o.close();
            if (file != null) {
                file.commit();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("evaluate: cannot write " + target + ": " + message(e) + "; " + leftBehind(output), e);
        } catch (UsageException e) {
            if (e.getCause() instanceof InvalidRequestException && output != null) {
                throw e; // found reading in one pass: the temporary file is dropped, as when a first pass finds it
            }
            throw new UsageException(e.getMessage() + "; " + leftBehind(output), e.getCause());
        } catch (RuntimeException | Error e) {
            int written = writer[0] == null ? 0 : writer[0].resultCount();
            throw new RunFailedException("evaluate: the run failed after evaluating " + count(written
                    + (writer[0] == null ? 0 : writer[0].errorCount())) + (total[0] < 0 ? "" : " of " + count(total[0]))
                    + " orders: "
                    + e + "; " + leftBehind(output), e);
        } finally {
            if (file != null) {
                file.close();
            } else {
                out.flush();
            }
        }
        if (!a.flag("--quiet")) {
            err.println(summary.line() + "; " + count(summary.orders()) + " orders written to "
                    + (output == null ? "standard output" : output.toString()));
        }
        return summary.errors() == 0 ? OK : REJECTED;
    }

    /** @return what a run that did not finish leaves behind, for its message */
    private static String leftBehind(Path output) {
        return output == null
                ? "standard output holds an incomplete document without the \"complete\" end marker: discard it"
                : "nothing was written to " + output;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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
        long[] evaluated = {0};
        StreamingEvaluation.Sink sink = new StreamingEvaluation.Sink() {
            @Override
            public void result(OrderEvaluation evaluation) {
                collector.add(evaluation);
                evaluated[0]++;
            }

            @Override
            public void error(OrderError error) {
                collector.add(error);
                evaluated[0]++;
            }
        };
        OrderJson.RequestHeader header = usable("report", request, () -> StreamingEvaluation.header(request));
        StreamingEvaluation.Summary summary;
        try {
            summary = usable("report", request, () -> StreamingEvaluation.run(request, header, engine, sink,
                    a.flag("--quiet") ? null : err, PROGRESS_EVERY));
        } catch (UsageException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new RunFailedException("report: the run failed after evaluating " + count(evaluated[0]) + " of "
                    + count(header.orderCount()) + " orders: " + e + "; nothing was written to " + html
                    + (json == null ? "" : " or " + json), e);
        }
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
        // each file appears only complete, and only once the whole request was evaluated
        try (OutputFile page = OutputFile.create(html); OutputFile figures = json == null ? null : OutputFile.create(json)) {
            page.stream().write(HtmlReport.titled(title).language(lang).zone(summary.asOf().getOffset()).render(stats)
                    .getBytes(StandardCharsets.UTF_8));
            if (figures != null) {
                StatisticsJson.write(stats, figures.stream());
                figures.commit();
            }
            page.commit();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("report: cannot write the report: " + message(e) + "; nothing was written to " + html
                    + (json == null ? "" : " or " + json), e);
        }
        if (!a.flag("--quiet")) {
            err.println(summary.line() + "; report in " + html + (json == null ? "" : ", statistics in " + json));
        }
        return summary.errors() == 0 ? OK : REJECTED;
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

    static OutputStream nonClosing(PrintStream stream) {
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

    static String message(Exception e) {
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
