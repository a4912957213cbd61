package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
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

    @Test
    void the_demo_prints_a_table_of_urgent_exceptions_and_a_summary_of_the_whole_day() {
        // THEN
        assertThat(DEMO.exitCode()).isZero();
        List<String> lines = DEMO.out().lines().toList();
        assertThat(lines.get(0)).startsWith("oms-exception demo: a sample day of 5,000 orders as of 2026-11-22T18:00+08:00, ");
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("ORDER ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).matches("ORDER +CODE +PRIORITY +DEPARTMENT +BLOCKING +GUIDANCE");
        int end = header + 2;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        List<String> rows = lines.subList(header + 2, end);
        assertThat(rows).hasSizeBetween(1, 15);
        assertThat(rows).allMatch(r -> r.matches("SO-\\d{7}  [A-Z_]+ +P[1-4] +[A-Z_]+ +(yes|no) +\\S.*"));
        assertThat(rows.get(0)).contains(" P1 ");
        assertThat(DEMO.out()).contains("Summary: 5,000 orders, ");
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
    void at_most_three_rows_per_code_are_shown_and_top_limits_the_table() {
        CliRun r = CliRun.of("demo", "--top", "4", "--lang", "zh");
        List<String> rows = r.out().lines().filter(l -> l.matches("SO-\\d{7} .*")).toList();
        assertThat(rows).hasSize(4);
        assertThat(DEMO.out().lines().filter(l -> l.matches("SO-\\d{7} .*")).map(l -> l.split(" +")[1])
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting())).values())
                .allMatch(n -> n <= Demo.PER_CODE);
        assertThat(rows.get(0)).containsPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    void a_bad_language_exits_2() {
        CliRun r = CliRun.of("demo", "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: demo: --lang must be en or zh but was 'fr'\n");
    }
}
