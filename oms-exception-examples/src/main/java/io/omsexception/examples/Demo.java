package io.omsexception.examples;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.report.CodeCount;
import io.omsexception.report.Count;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.report.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The {@code demo} command: the bundled sample day, its most urgent exceptions and its summary. */
final class Demo {
    /** The bundled request, on the class path. */
    static final String REQUEST = "demo/request.json";
    private static final int GUIDANCE_WIDTH = 64;
    /** At most this many rows per code, so that the table shows the variety of the day. */
    static final int PER_CODE = 3;

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    private record Row(String orderId, Finding finding) {
    }

    /** Most urgent first: priority, then blocking before advisory, then code, then order. */
    static final Comparator<Row> URGENCY = Comparator.<Row, io.omsexception.Priority>comparing(r -> r.finding().priority())
            .thenComparing(r -> !r.finding().blocking())
            .thenComparing(r -> r.finding().code())
            .thenComparing(Row::orderId);

    int run(Args a) {
        if (a.flag("--help")) {
            out.print(Help.DEMO);
            return Cli.OK;
        }
        String lang = a.value("--lang").orElse("en");
        if (!lang.equals("en") && !lang.equals("zh")) {
            throw new UsageException("demo: --lang must be en or zh but was '" + lang + "'");
        }
        int top = (int) Math.min(10_000, a.number("demo", "--top", 1, 15));

        long start = System.nanoTime();
        OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        long built = System.nanoTime();
        ParsedRequest request;
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(REQUEST)) {
            if (in == null) {
                throw new UsageException("demo: the bundled request " + REQUEST + " is missing from the class path; rebuild the jar");
            }
            request = OrderJson.readRequest(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BatchResult result = OrderJson.evaluate(engine, request);
        long evaluated = System.nanoTime();
        ExceptionStatistics stats = new StatisticsCollector().add(result).result(request.asOf().toInstant());

        List<Row> rows = new ArrayList<>();
        for (OrderEvaluation e : result.results()) {
            for (Finding f : e.findings()) {
                rows.add(new Row(e.orderId(), f));
            }
        }
        rows.sort(URGENCY);
        List<Row> shown = new ArrayList<>();
        java.util.Map<String, Integer> perCode = new java.util.HashMap<>();
        for (Row r : rows) {
            if (shown.size() < top && perCode.merge(r.finding().code(), 1, Integer::sum) <= PER_CODE) {
                shown.add(r);
            }
        }

        out.printf(Locale.ROOT, "oms-exception demo: a sample day of %,d orders as of %s, %d rules of %d codes%n%n",
                stats.totalOrders(), request.asOf(), engine.ruleCount(), engine.definitions().size());
        out.printf(Locale.ROOT, "The most urgent of %,d exceptions (at most %d per code):%n", rows.size(), PER_CODE);
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("ORDER", "CODE", "PRIORITY", "DEPARTMENT", "BLOCKING", "GUIDANCE"));
        for (Row r : shown) {
            Finding f = r.finding();
            table.add(List.of(r.orderId(), f.code(), f.priority().name(), f.department().name(), f.blocking() ? "yes" : "no",
                    Text.shorten(f.guidance().in(lang), GUIDANCE_WIDTH)));
        }
        Text.printTable(out, table);

        out.println();
        out.printf(Locale.ROOT, "Summary: %,d orders, %,d with exceptions (%.1f%%), %,d findings, %.1f%% of them blocking; %,d orders held.%n",
                stats.ordersEvaluated(), stats.ordersWithExceptions(), stats.exceptionRate() * 100, stats.findings(),
                stats.blockingShare() * 100, stats.blockingOrders());
        out.println("By category:   " + counts(stats.byCategory()));
        out.println("By department: " + counts(stats.byDepartment().stream().filter(c -> c.count() > 0).toList()));
        StringBuilder codes = new StringBuilder();
        for (CodeCount c : stats.byCode()) {
            codes.append(codes.length() == 0 ? "" : ", ").append(c.code()).append(' ').append(c.count());
        }
        out.println("By code:       " + codes);
        if (!stats.suggestions().isEmpty()) {
            out.println();
            out.println("Suggested improvements:");
            for (Suggestion s : stats.suggestions()) {
                out.println("  - " + s.rule().advice().in(lang));
                out.println("    (" + s.reason() + ")");
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Engine built in %.1f s; %,d orders read and evaluated in %.2f s.%n"
                + "Next: %s generate --orders 100000 --output day.json%n      %s report day.json --html report.html%n",
                (built - start) / 1e9, stats.totalOrders(), (evaluated - built) / 1e9, Cli.JAR, Cli.JAR);
        out.flush();
        return result.errors().isEmpty() ? Cli.OK : Cli.REJECTED;
    }

    private static String counts(List<Count> counts) {
        StringBuilder b = new StringBuilder();
        for (Count c : counts) {
            b.append(b.length() == 0 ? "" : "  ").append(c.key()).append(' ').append(c.count())
                    .append(String.format(Locale.ROOT, " (%.0f%%)", c.share() * 100));
        }
        return b.toString();
    }
}
