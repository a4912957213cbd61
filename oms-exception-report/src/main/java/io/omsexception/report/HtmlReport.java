package io.omsexception.report;

import io.omsexception.Category;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders {@link ExceptionStatistics} as one self-contained HTML file: no network, no external
 * fonts, scripts or images. Charts (share by category, top codes, top SKUs, handling time) are
 * inline SVG; the tables with every figure follow, then the handled cases' actions (executed,
 * proposed, failed per action type and code) and escalations (per department and level). The markup is well-formed XML (XHTML syntax)
 * so that it can be checked by any XML parser. It speaks English or Chinese ({@link #language(String)}):
 * in Chinese every label, note and duration is Chinese and categories and departments show their
 * Chinese display names ({@code 物流}, {@code 仓储}); the reference time is shown with its offset
 * in the {@linkplain #zone(ZoneId) zone} given, never as UTC {@code Z}.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {
    /** The colour of each category in every chart. */
    static final Map<Category, String> COLOURS = Map.of(
            Category.PAYMENT, "#4e79a7", Category.INFORMATION, "#f28e2b", Category.INVENTORY, "#e15759",
            Category.LOGISTICS, "#59a14f", Category.RISK, "#b07aa1", Category.REFUND, "#76b7b2");
    /** The colour of a host-defined category. */
    static final String OTHER_COLOUR = "#bab0ac";
    static final int TOP = 10;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final String title;
    private final ZoneId zone;
    private final String language;

    private HtmlReport(String title, ZoneId zone, String language) {
        this.title = title;
        this.zone = zone;
        this.language = language;
    }

    /**
     * @param title the report's title, for example {@code Exception orders, 22 Nov 2026}
     * @return a renderer with that title, in English, showing times in UTC
     * @throws NullPointerException when the title is null
     */
    public static HtmlReport titled(String title) {
        return new HtmlReport(Objects.requireNonNull(title, "title"), ZoneOffset.UTC, "en");
    }

    /**
     * @param value the time zone the report shows its reference time in (default UTC), for
     *     example the host's zone or the request's offset; times are shown with their offset
     *     ({@code 2026-11-22 18:00 +08:00}), never as {@code Z}
     * @return a renderer with that zone
     * @throws NullPointerException when the zone is null
     */
    public HtmlReport zone(ZoneId value) {
        return new HtmlReport(title, Objects.requireNonNull(value, "zone"), language);
    }

    /**
     * @param value the report's language: {@code en} (the default) or {@code zh}, in which every
     *     label is Chinese and categories and departments show their Chinese display names (codes,
     *     priorities, SKUs, rule names and stage names are shown as they are)
     * @return a renderer in that language
     * @throws NullPointerException when the language is null
     * @throws IllegalArgumentException when it is neither {@code en} nor {@code zh}
     */
    public HtmlReport language(String value) {
        if (!ReportTexts.LANGUAGES.contains(Objects.requireNonNull(value, "language"))) {
            throw new IllegalArgumentException("language: must be en or zh but was '" + value + "'");
        }
        return new HtmlReport(title, zone, value);
    }

    /**
     * Writes the report to a file, replacing it.
     *
     * @param statistics the figures
     * @param file the HTML file
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(ExceptionStatistics statistics, Path file) {
        try {
            Files.writeString(file, render(statistics), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private String t(String key, Object... values) {
        return ReportTexts.text(language, key, values);
    }

    /**
     * @param s the figures
     * @return the whole HTML document
     */
    public String render(ExceptionStatistics s) {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t("htmlLang"))
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><h1>").append(esc(title)).append("</h1><p class=\"sub\">")
                .append(esc(t("sub", DATE_TIME.format(s.asOf().atZone(zone)), n(s.totalOrders())))).append("</p></header>\n");
        kpis(h, s);
        suggestions(h, s);
        h.append("<section class=\"charts\">\n");
        chart(h, "chart-category", t("chart.category"), SvgCharts.categoryDonut(s, language));
        chart(h, "chart-codes", t("chart.codes"), SvgCharts.codeBars(s, language));
        chart(h, "chart-skus", t("chart.skus"), SvgCharts.skuBars(s, language));
        chart(h, "chart-handling", t("chart.handling"), SvgCharts.handlingBars(s, language));
        h.append("</section>\n");
        tables(h, s);
        actions(h, s);
        h.append("<footer>").append(esc(t("footer"))).append("</footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private void kpis(StringBuilder h, ExceptionStatistics s) {
        h.append("<section class=\"kpis\" id=\"kpis\">\n");
        kpi(h, t("kpi.evaluated"), n(s.ordersEvaluated()), s.ordersRejected() == 0 ? t("kpi.noneRejected")
                : t("kpi.rejected", n(s.ordersRejected())));
        kpi(h, t("kpi.withExceptions"), n(s.ordersWithExceptions()), t("kpi.ofEvaluated", pct(s.exceptionRate())));
        kpi(h, t("kpi.findings"), n(s.findings()), t("kpi.held", n(s.blockingOrders())));
        kpi(h, t("kpi.blockingShare"), pct(s.blockingShare()), t("kpi.blockingNote"));
        kpi(h, t("kpi.openCases"), n(s.openCases()), s.openCases() + s.closedCases() == 0 ? t("kpi.noCases")
                : t("kpi.closed", n(s.closedCases())));
        h.append("</section>\n");
    }

    private static void kpi(StringBuilder h, String label, String value, String note) {
        h.append("<div class=\"kpi\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value\">")
                .append(esc(value)).append("</div><div class=\"note\">").append(esc(note)).append("</div></div>\n");
    }

    /** The suggestions, most worth doing first ({@link ExceptionStatistics#rankedSuggestions()}). */
    private void suggestions(StringBuilder h, ExceptionStatistics s) {
        h.append("<section class=\"suggestions\" id=\"suggestions\"><h2>").append(esc(t("suggestions"))).append("</h2>\n");
        if (s.suggestions().isEmpty()) {
            h.append("<p class=\"empty\">").append(esc(t("suggestions.none"))).append("</p>\n");
        } else {
            h.append("<ol>\n");
            for (Suggestion g : s.rankedSuggestions()) {
                h.append("<li><strong>").append(esc(g.rule().advice().in(language))).append("</strong><br/><span class=\"why\">")
                        .append(esc(g.reason(language))).append("</span></li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private static void chart(StringBuilder h, String id, String heading, String svg) {
        h.append("<figure class=\"chart\" id=\"").append(id).append("\"><figcaption>").append(esc(heading))
                .append("</figcaption>\n").append(svg).append("</figure>\n");
    }

    private void tables(StringBuilder h, ExceptionStatistics s) {
        h.append("<section class=\"tables\">\n");
        List<String> share = List.of(t("col.findings"), t("col.share"));
        table(h, "table-codes", t("table.codes"), List.of(t("col.code"), t("col.category"), t("col.department"),
                t("col.findings"), t("col.share"), t("col.blocking")),
                s.byCode().stream().map(c -> List.of(c.code(), c.category().displayName().in(language),
                        c.department().displayName().in(language), n(c.count()), pct(c.share()), n(c.blocking()))).toList());
        table(h, "table-categories", t("table.categories"), header(t("col.category"), share),
                s.byCategory().stream().map(c -> List.of(ReportTexts.category(language, c.key()), n(c.count()),
                        pct(c.share()))).toList());
        table(h, "table-departments", t("table.departments"), header(t("col.department"), share),
                s.byDepartment().stream().map(c -> List.of(ReportTexts.department(language, c.key()), n(c.count()),
                        pct(c.share()))).toList());
        table(h, "table-priorities", t("table.priorities"), header(t("col.priority"), share),
                s.byPriority().stream().map(c -> List.of(c.key(), n(c.count()), pct(c.share()))).toList());
        table(h, "table-skus", t("table.skus"), List.of(t("col.sku"), t("col.findings"), t("col.codes")),
                s.topSkus().stream().map(c -> List.of(c.sku(), n(c.findings()), codes(c.byCode()))).toList());
        table(h, "table-rules", t("table.rules"), List.of(t("col.rule"), t("col.hits"), t("col.share")),
                s.ruleHits().stream().map(c -> List.of(c.key(), n(c.count()), pct(c.share()))).toList());
        List<String> times = List.of(t("col.mean"), t("col.median"), t("col.p90"), t("col.max"));
        List<String> durationHeader = header(t("col.group"), List.of(t("col.closedCases")), times);
        table(h, "table-handling-code", t("table.handlingCode"), durationHeader, durations(s.handlingByCode(), k -> k));
        table(h, "table-handling-department", t("table.handlingDepartment"), durationHeader,
                durations(s.handlingByDepartment(), k -> ReportTexts.department(language, k)));
        table(h, "table-stages", t("table.stages"), header(t("col.stage"), List.of(t("col.finished")), times),
                durations(s.stages(), k -> k));
        table(h, "table-backlog", t("table.backlog"), List.of(t("col.age"), t("col.openCases")),
                s.backlog().stream().map(b -> List.of(ReportTexts.backlog(language, b), n(b.count()))).toList());
        table(h, "table-precision", t("table.precision"), List.of(t("col.code"), t("col.judged"), t("col.genuine"),
                t("col.falseAlarms"), t("col.precision")), s.precision().stream().map(p -> List.of(p.code(), n(p.judged()),
                        n(p.genuine()), n(p.falseAlarms()), pct(p.precision()))).toList());
        h.append("</section>\n");
    }

    /** The actions of the handled cases per type and code, and the escalations per department. */
    private void actions(StringBuilder h, ExceptionStatistics s) {
        h.append("<section class=\"tables\" id=\"actions\"><h2>").append(esc(t("actions"))).append("</h2>\n");
        table(h, "table-actions", t("table.actions"), List.of(t("col.actionType"), t("col.code"), t("col.executed"),
                t("col.proposed"), t("col.failed")), s.actions().stream().map(a -> List.of(a.type(), a.code(),
                        n(a.executed()), n(a.proposed()), n(a.failed()))).toList());
        table(h, "table-escalations", t("table.escalations"), List.of(t("col.department"), t("col.toLead"),
                t("col.toManager")), s.escalations().stream().map(e -> List.of(ReportTexts.department(language,
                        e.department()), n(e.toLead()), n(e.toManager()))).toList());
        h.append("</section>\n");
    }

    @SafeVarargs
    private static List<String> header(String first, List<String>... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        for (List<String> r : rest) {
            all.addAll(r);
        }
        return all;
    }

    private List<List<String>> durations(List<DurationSummary> list, java.util.function.UnaryOperator<String> key) {
        return list.stream().map(d -> List.of(key.apply(d.key()), n(d.count()), duration(language, d.mean()),
                duration(language, d.median()), duration(language, d.p90()), duration(language, d.max()))).toList();
    }

    private static String codes(Map<String, Long> byCode) {
        StringBuilder b = new StringBuilder();
        byCode.forEach((code, count) -> b.append(b.length() == 0 ? "" : ", ").append(code).append(" ").append(count));
        return b.toString();
    }

    private void table(StringBuilder h, String id, String caption, List<String> header, List<List<String>> rows) {
        table(h, id, caption, header, rows, t("table.none"));
    }

    /** One table of a report page: a caption, a header, a row per entry (numbers right-aligned), or {@code none} when empty. */
    static void table(StringBuilder h, String id, String caption, List<String> header, List<List<String>> rows, String none) {
        h.append("<table id=\"").append(id).append("\"><caption>").append(esc(caption)).append("</caption>\n<thead><tr>");
        for (String c : header) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        if (rows.isEmpty()) {
            h.append("<tr><td colspan=\"").append(header.size()).append("\" class=\"empty\">").append(esc(none))
                    .append("</td></tr>\n");
        }
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean numeric = i > 0 && !cell.isEmpty() && Character.isDigit(cell.charAt(0));
                h.append(numeric ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /**
     * @param language {@code en} or {@code zh}
     * @param d a duration
     * @return it readably, for example {@code 2 h 05 min} or {@code 2 小时 05 分}
     */
    static String duration(String language, Duration d) {
        return ReportTexts.duration(language, d);
    }

    static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String colour(Category category) {
        return COLOURS.getOrDefault(category, OTHER_COLOUR);
    }

    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a pair: half of one is not a character
        }
        return s.substring(0, end) + "…";
    }

    /**
     * Escapes a text of the data for HTML that is also well-formed XML: markup characters as
     * entities, control characters as spaces, and what no XML document may hold (a lone
     * surrogate, a noncharacter such as U+FFFF) as U+FFFD, the replacement character.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(i + 1));
                    if ((cp & 0xFFFE) == 0xFFFE) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                } else {
                    b.append('\uFFFD');
                }
                continue;
            }
            if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                b.append('\uFFFD');
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static final String CSS = """
            :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f5f7fa; }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 24px 32px; background: var(--bg); color: var(--ink);
                   font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
                   "PingFang SC", "Microsoft YaHei", sans-serif; }
            header h1 { margin: 0 0 4px; font-size: 26px; }
            .sub { margin: 0 0 20px; color: var(--muted); }
            h2 { font-size: 18px; margin: 0 0 10px; }
            .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; margin-bottom: 20px; }
            .kpi, .chart, .suggestions, table { background: #ffffff; border: 1px solid var(--line); border-radius: 8px; }
            .kpi { padding: 12px 16px; }
            .kpi .label { color: var(--muted); font-size: 13px; }
            .kpi .value { font-size: 28px; font-weight: 700; }
            .kpi .note { color: var(--muted); font-size: 12px; }
            .suggestions { padding: 14px 18px; margin-bottom: 20px; }
            .suggestions ul { margin: 0; padding-left: 20px; }
            .suggestions li { margin-bottom: 10px; }
            .why { color: var(--muted); font-size: 13px; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; margin-bottom: 20px; }
            .chart { margin: 0; padding: 12px 16px; }
            figcaption { font-weight: 700; margin-bottom: 6px; }
            svg { width: 100%; height: auto; display: block; }
            svg text { fill: var(--ink); font-family: inherit; }
            .legend { font-size: 12px; }
            .small { font-size: 12px; fill: var(--muted); }
            .big { font-size: 26px; font-weight: 700; }
            .tables { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; align-items: start; }
            table { border-collapse: separate; border-spacing: 0; width: 100%; overflow: hidden; }
            caption { text-align: left; font-weight: 700; padding: 0 0 6px; }
            th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; font-size: 13px; }
            th { background: #eef2f7; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.empty, .empty { color: var(--muted); }
            .tables > h2 { grid-column: 1 / -1; margin: 20px 0 0; }
            footer { margin-top: 24px; color: var(--muted); font-size: 12px; }
            """;
}
