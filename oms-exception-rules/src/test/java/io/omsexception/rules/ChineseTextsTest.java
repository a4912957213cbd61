package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.json.OrderJson;
import io.omsexception.testkit.GoldenCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Chinese texts are Chinese: no English department names and no UTC times, in the packs and in rendered findings. */
class ChineseTextsTest {
    /** A time written in UTC with a Z, as ISO-8601 gives it: 02:00Z, 02:00:00Z, 02:00:00.5Z. */
    static final Pattern Z_TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    /** @return the problems of one Chinese text: each English department name or UTC time it holds */
    static List<String> problems(String where, String zh) {
        List<String> problems = new ArrayList<>();
        String lower = zh.toLowerCase(Locale.ROOT);
        for (Department d : Department.standard()) {
            for (String name : List.of(d.name(), d.name().replace('_', ' '), d.displayName().en())) {
                if (lower.contains(name.toLowerCase(Locale.ROOT))) {
                    problems.add(where + " names the department " + d.name() + " in English ('" + name + "')");
                    break;
                }
            }
        }
        if (Z_TIME.matcher(zh).find()) {
            problems.add(where + " shows a UTC time");
        }
        return problems;
    }

    @Test
    void no_chinese_text_of_the_standard_packs_names_a_department_in_english_or_shows_a_utc_time() {
        // GIVEN every code's Chinese guidance and customer message
        List<String> problems = new ArrayList<>();
        for (ExceptionDefinition d : StandardPacksLintTest.ENGINE.definitions()) {
            problems.addAll(problems(d.code() + ".guidance.zh", d.guidance().zh()));
            if (d.customerMessage() != null) {
                problems.addAll(problems(d.code() + ".customer.zh", d.customerMessage().zh()));
            }
        }
        // WHEN / THEN none is found, and there were texts to scan
        assertThat(problems).isEmpty();
        assertThat(StandardPacksLintTest.ENGINE.definitions()).hasSize(31);
    }

    @Test
    void the_scan_finds_an_english_department_name_and_a_utc_time() {
        // GIVEN a text written the old way WHEN it is scanned THEN both faults are named
        assertThat(problems("X", "转 FINANCE 处理，截止 2026-11-22T02:00:00Z")).containsExactly(
                "X names the department FINANCE in English ('FINANCE')", "X shows a UTC time");
        assertThat(problems("X", "转财务处理，截止 2026-11-22 10:00（北京时间）")).isEmpty();
    }

    @Test
    void rendered_findings_of_every_golden_case_speak_chinese_and_keep_the_order_s_own_offset() throws IOException {
        // GIVEN every golden request, evaluated with the standard packs
        List<String> problems = new ArrayList<>();
        int findings = 0;
        for (GoldenCase c : GoldenCasesTest.cases()) {
            BatchResult result;
            String json = Files.readString(c.folder().resolve("request.json"), StandardCharsets.UTF_8);
            result = OrderJson.evaluate(GoldenCasesTest.engine(c.parameters()), OrderJson.readRequest(json));
            for (OrderEvaluation e : result.results()) {
                for (Finding f : e.findings()) {
                    findings++;
                    String where = c.name() + " " + e.orderId() + " " + f.code();
                    // WHEN its Chinese texts and its evidence are read
                    problems.addAll(problems(where + " guidance.zh", f.guidance().zh()));
                    if (f.customerMessage() != null) {
                        problems.addAll(problems(where + " customerMessage.zh", f.customerMessage().zh()));
                    }
                    // THEN every time is shown in the orders' own offset (+08:00), never as UTC
                    f.evidence().forEach((key, value) -> {
                        if (value != null && Z_TIME.matcher(String.valueOf(value)).find()) {
                            problems.add(where + " evidence " + key + " shows a UTC time: " + value);
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(findings).isGreaterThan(200);
    }
}
