package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.OrderExceptionEngine;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    static final CliRun DEMO = CliRun.of("demo");
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().withStandardRules().build();

    @Test
    void the_bundled_day_is_byte_for_byte_what_generate_writes_for_its_documented_seed(@TempDir Path dir) throws Exception {
        // GIVEN the bundled request and what the documented command writes now
        byte[] bundled;
        try (InputStream in = DemoTest.class.getClassLoader().getResourceAsStream(Demo.REQUEST)) {
            bundled = in.readAllBytes();
        }
        Path generated = dir.resolve("request.json");
        CliRun run = CliRun.of("generate", "--orders", "5000", "--seed", "20261122", "--output", generated.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] expected = Files.readAllBytes(generated);
        // THEN the whole file is the same, byte for byte
        int at = Arrays.mismatch(bundled, expected);
        assertThat(at).as("the bundled %s (%,d bytes) differs from what generate writes (%,d bytes) from byte %,d on: "
                + "regenerate it with java -jar oms-exception-examples/target/oms-exception-cli.jar generate --orders 5000 "
                + "--seed 20261122 --output oms-exception-examples/src/main/resources/demo/request.json",
                Demo.REQUEST, bundled.length, expected.length, at).isEqualTo(-1);
        assertThat(new String(bundled, StandardCharsets.UTF_8).lines().count()).as("lines: header, 5,000 orders, end")
                .isGreaterThan(5_000);
    }

    /** The table's rows: the lines after the header's underline, up to the first blank line. */
    static List<String> rows(CliRun run, String headerStart) {
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith(headerStart)).findFirst().orElseThrow());
        int end = header + 2;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(header + 2, end);
    }

    @Test
    void the_demo_lists_the_most_urgent_codes_by_priority_then_blocking_then_orders_with_the_whole_guidance() {
        // THEN
        assertThat(DEMO.exitCode()).isZero();
        List<String> lines = DEMO.out().lines().toList();
        assertThat(lines.get(0)).startsWith("oms-exception demo: a sample day of 5,000 orders as of 2026-11-22T18:00+08:00, ");
        assertThat(DEMO.out()).containsPattern("The most urgent exceptions of the day \\([\\d,]+ findings of \\d+ codes; "
                + "by priority, then blocking, then orders\\):\n");
        assertThat(DEMO.out()).containsPattern("\nPRIORITY +CODE +ORDERS +BLOCKING +DEPARTMENT +EXAMPLE +GUIDANCE\n");
        List<String> rows = rows(DEMO, "PRIORITY ");
        assertThat(rows).hasSize(15);
        Pattern row = Pattern.compile("(P[1-4]) +([A-Z_]+) +([\\d,]+) +(yes|no) +([A-Z_]+) +(SO-\\d{7})  (.+)");
        List<String> keys = new java.util.ArrayList<>();
        for (String r : rows) {
            Matcher m = row.matcher(r);
            assertThat(m.matches()).as(r).isTrue();
            ExceptionDefinition d = ENGINE.definition(m.group(2)).orElseThrow();
            assertThat(m.group(7)).as(m.group(2)).isEqualTo(d.guidance().en());
            assertThat(m.group(5)).isEqualTo(d.department().name());
            // a sort key: priority, blocking first, more orders first
            keys.add(m.group(1) + (m.group(4).equals("yes") ? "0" : "1")
                    + String.format("%08d", 99_999_999 - Integer.parseInt(m.group(3).replace(",", ""))));
        }
        assertThat(keys).isSorted();
        assertThat(rows.stream().map(r -> r.split(" +")[1]).distinct()).hasSameSizeAs(rows);
        assertThat(rows.get(0)).startsWith("P1 ");
        assertThat(DEMO.out()).contains("Summary: 5,000 orders, ").doesNotContain("…");
    }

    @Test
    void the_suggestions_are_numbered_the_one_behind_more_findings_first() {
        // GIVEN the suggestions, e.g. "  1. Revise replenishment ..." then "     (OUT_OF_STOCK: 12 findings, ...)"
        String out = DEMO.out();
        assertThat(out).contains("\nSuggested improvements, most worth doing first:\n  1. ");
        Matcher m = Pattern.compile("\n     \\([A-Z_]+: (\\d+) findings, ").matcher(out);
        List<Integer> findings = new java.util.ArrayList<>();
        while (m.find()) {
            findings.add(Integer.parseInt(m.group(1)));
        }
        // THEN
        assertThat(findings).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (int i = 1; i <= findings.size(); i++) {
            assertThat(out).contains("\n  " + i + ". ");
        }
    }

    @Test
    void in_chinese_the_demo_names_departments_and_categories_in_chinese_and_shows_no_english_names() {
        // WHEN
        CliRun zh = CliRun.of("demo", "--lang", "zh");
        // THEN
        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).startsWith("oms-exception 演示：样例一天 5,000 单，统计时间 2026-11-22 18:00 +08:00，");
        assertThat(zh.out()).containsPattern("\n当天最紧急的异常（共 [\\d,]+ 条，\\d+ 个代码；按优先级、是否拦截、订单数排序）：\n");
        assertThat(zh.out()).containsPattern("\n优先级 +代码 +订单数 +拦截 +部门 +示例订单 +处理指引\n");
        List<String> rows = rows(zh, "优先级 ");
        assertThat(rows).hasSize(15);
        Pattern row = Pattern.compile("(P[1-4]) +([A-Z_]+) +([\\d,]+) +(是|否) +(\\S+) +(SO-\\d{7})  (.+)");
        for (String r : rows) {
            Matcher m = row.matcher(r);
            assertThat(m.matches()).as(r).isTrue();
            ExceptionDefinition d = ENGINE.definition(m.group(2)).orElseThrow();
            assertThat(m.group(5)).isEqualTo(d.department().displayName().zh());
            assertThat(m.group(7)).isEqualTo(d.guidance().zh());
        }
        String categories = zh.out().lines().filter(l -> l.startsWith("按类别：")).findFirst().orElseThrow();
        for (Category c : Category.standard()) {
            assertThat(categories).containsPattern(c.displayName().zh() + " \\d+（\\d+%）");
        }
        assertThat(zh.out()).containsPattern("\n概况：共 5,000 单，其中 [\\d,]+ 单有异常（[\\d.]+%），共 [\\d,]+ 条异常，")
                .contains("\n按部门：", "\n按代码：", "\n改进建议（最值得先做的在前）：\n  1. ")
                .containsPattern("\n     依据：[A-Z_]+：\\d+ 条异常，每千单 [\\d.]+ 条（阈值 [\\d.]+）\n");
        for (Department d : Department.standard()) {
            assertThat(zh.out()).doesNotContain(d.name(), d.displayName().en());
        }
        for (Category c : Category.standard()) {
            assertThat(zh.out()).doesNotContain(" " + c.name() + " ", c.displayName().en());
        }
        assertThat(zh.out()).doesNotContain("findings", " orders", "Summary").doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?Z");
    }

    @Test
    void the_summary_counts_findings_in_all_six_categories() {
        // GIVEN the "By category" line, e.g. "By category:   PAYMENT 8 (13%)  INFORMATION 8 (13%) ..."
        String line = DEMO.out().lines().filter(l -> l.startsWith("By category:")).findFirst().orElseThrow();
        // THEN every category of the catalog has findings on the sample day
        for (Category c : Category.standard()) {
            Matcher m = Pattern.compile(" " + c.name() + " (\\d+) \\(").matcher(line);
            assertThat(m.find()).as(c.name()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(c.name()).isPositive();
        }
        Matcher summary = Pattern.compile("Summary: 5,000 orders, ([\\d,]+) with exceptions \\(([\\d.]+)%\\), ([\\d,]+) findings")
                .matcher(DEMO.out());
        assertThat(summary.find()).isTrue();
        int flagged = Integer.parseInt(summary.group(1).replace(",", ""));
        int findings = Integer.parseInt(summary.group(3).replace(",", ""));
        int byCategory = Category.standard().stream().mapToInt(c -> {
            Matcher m = Pattern.compile(" " + c.name() + " (\\d+) \\(").matcher(line);
            m.find();
            return Integer.parseInt(m.group(1));
        }).sum();
        assertThat(byCategory).isEqualTo(findings);
        assertThat(flagged).isBetween(40, 400).isLessThanOrEqualTo(findings);
    }

    @Test
    void top_limits_the_table_to_that_many_codes() {
        CliRun r = CliRun.of("demo", "--top", "4");
        java.util.function.Function<String, String> code = row -> row.split(" +")[1];
        assertThat(rows(r, "PRIORITY ")).hasSize(4).extracting(code)
                .isEqualTo(rows(DEMO, "PRIORITY ").subList(0, 4).stream().map(code).toList());
    }

    @Test
    void a_bad_language_exits_2() {
        CliRun r = CliRun.of("demo", "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: demo: --lang must be en or zh but was 'fr'\n");
    }
}
