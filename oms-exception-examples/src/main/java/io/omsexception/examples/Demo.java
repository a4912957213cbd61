package io.omsexception.examples;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.Priority;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.report.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code demo} command: the bundled sample day, its most urgent exceptions by code and its
 * summary, in English or Chinese ({@code --lang}).
 */
final class Demo {
    /** The bundled request, on the class path. */
    static final String REQUEST = "demo/request.json";
    /** The languages of the demo and the report. */
    static final List<String> LANGUAGES = List.of("en", "zh");
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * One code of the day: its most urgent priority, whether any of its findings blocks, the
     * orders it was raised on, the first of them at that priority, and its guidance.
     */
    record CodeRow(String code, Priority priority, boolean blocking, int orders, String example, Finding finding) {
        CodeRow add(String orderId, Finding f) {
            boolean urgent = f.priority().compareTo(priority) < 0;
            return new CodeRow(code, urgent ? f.priority() : priority, blocking || f.blocking(), orders + 1,
                    urgent ? orderId : example, urgent ? f : finding);
        }
    }

    /** Most urgent first: priority, then blocking before advisory, then more orders, then code. */
    static final Comparator<CodeRow> URGENCY = Comparator.comparing(CodeRow::priority)
            .thenComparing(r -> !r.blocking())
            .thenComparing(Comparator.comparingInt(CodeRow::orders).reversed())
            .thenComparing(CodeRow::code);

    /**
     * @param command the command, for messages
     * @param a its arguments
     * @return the value of {@code --lang}: {@code en} (the default) or {@code zh}
     * @throws UsageException when it is another value
     */
    static String language(String command, Args a) {
        String lang = a.value("--lang").orElse("en");
        if (!LANGUAGES.contains(lang)) {
            throw new UsageException(command + ": --lang must be en or zh but was '" + lang + "'");
        }
        return lang;
    }

    int run(Args a) {
        if (a.flag("--help")) {
            out.print(Help.DEMO);
            return Cli.OK;
        }
        String lang = language("demo", a);
        boolean zh = lang.equals("zh");
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

        Map<String, CodeRow> byCode = new LinkedHashMap<>();
        for (OrderEvaluation e : result.results()) {
            for (Finding f : e.findings()) {
                byCode.merge(f.code(), new CodeRow(f.code(), f.priority(), f.blocking(), 1, e.orderId(), f),
                        (row, one) -> row.add(e.orderId(), f));
            }
        }
        List<CodeRow> rows = new ArrayList<>(byCode.values());
        rows.sort(URGENCY);

        if (zh) {
            out.printf(Locale.ROOT, "oms-exception 演示：样例一天 %,d 单，统计时间 %s，%d 条规则、%d 个异常代码%n%n",
                    stats.totalOrders(), ZH_TIME.format(request.asOf()), engine.ruleCount(), engine.definitions().size());
            out.printf(Locale.ROOT, "当天最紧急的异常（共 %,d 条，%d 个代码；按优先级、是否拦截、订单数排序）：%n",
                    stats.findings(), rows.size());
        } else {
            out.printf(Locale.ROOT, "oms-exception demo: a sample day of %,d orders as of %s, %d rules of %d codes%n%n",
                    stats.totalOrders(), request.asOf(), engine.ruleCount(), engine.definitions().size());
            out.printf(Locale.ROOT, "The most urgent exceptions of the day (%,d findings of %d codes; by priority, "
                    + "then blocking, then orders):%n", stats.findings(), rows.size());
        }
        List<List<String>> table = new ArrayList<>();
        table.add(zh ? List.of("优先级", "代码", "订单数", "拦截", "部门", "示例订单", "处理指引")
                : List.of("PRIORITY", "CODE", "ORDERS", "BLOCKING", "DEPARTMENT", "EXAMPLE", "GUIDANCE"));
        for (CodeRow r : rows.subList(0, Math.min(top, rows.size()))) {
            Finding f = r.finding();
            table.add(List.of(r.priority().name(), r.code(), String.format(Locale.ROOT, "%,d", r.orders()),
                    r.blocking() ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
                    zh ? f.department().displayName().zh() : f.department().name(), r.example(), f.guidance().in(lang)));
        }
        Text.printTable(out, table);

        out.println();
        Summary.print(out, stats, lang);
        List<Suggestion> suggestions = stats.rankedSuggestions();
        if (!suggestions.isEmpty()) {
            out.println();
            out.println(zh ? "改进建议（最值得先做的在前）：" : "Suggested improvements, most worth doing first:");
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = suggestions.get(i);
                out.println("  " + (i + 1) + ". " + s.rule().advice().in(lang));
                out.println(zh ? "     依据：" + s.reason(lang) : "     (" + s.reason(lang) + ")");
            }
        }
        out.println();
        if (zh) {
            out.printf(Locale.ROOT, "引擎构建用时 %.1f 秒；读取并评估 %,d 单用时 %.2f 秒。%n"
                    + "下一步：%s generate --orders 100000 --output day.json%n      %s report day.json --html report.html --lang zh%n",
                    (built - start) / 1e9, stats.totalOrders(), (evaluated - built) / 1e9, Cli.JAR, Cli.JAR);
        } else {
            out.printf(Locale.ROOT, "Engine built in %.1f s; %,d orders read and evaluated in %.2f s.%n"
                    + "Next: %s generate --orders 100000 --output day.json%n      %s report day.json --html report.html%n",
                    (built - start) / 1e9, stats.totalOrders(), (evaluated - built) / 1e9, Cli.JAR, Cli.JAR);
        }
        out.flush();
        return result.errors().isEmpty() ? Cli.OK : Cli.REJECTED;
    }
}
