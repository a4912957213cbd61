package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.report.HandledCase.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static HandledCase closed(String orderId, String code, Verdict verdict) {
        return HandledCase.of(orderId, code, Category.INFORMATION, Department.CUSTOMER_SERVICE, T0, T0.plusSeconds(600))
                .withVerdict(verdict);
    }

    /** Five ADDRESS_INCOMPLETE cases judged (3 genuine, 2 false alarms), two PHONE_INVALID (both genuine), and cases without a verdict. */
    private static List<HandledCase> cases() {
        return List.of(
                closed("SO-1", "ADDRESS_INCOMPLETE", Verdict.GENUINE),
                closed("SO-2", "ADDRESS_INCOMPLETE", Verdict.FALSE_ALARM),
                closed("SO-3", "ADDRESS_INCOMPLETE", Verdict.GENUINE),
                closed("SO-4", "ADDRESS_INCOMPLETE", Verdict.FALSE_ALARM),
                closed("SO-5", "ADDRESS_INCOMPLETE", Verdict.GENUINE),
                closed("SO-6", "ADDRESS_INCOMPLETE", null),
                HandledCase.of("SO-7", "ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE, T0, null),
                closed("SO-8", "PHONE_INVALID", Verdict.GENUINE),
                closed("SO-9", "PHONE_INVALID", Verdict.GENUINE),
                closed("SO-10", "OUT_OF_STOCK", null));
    }

    private static ExceptionStatistics statistics() {
        return new StatisticsCollector().addCases(cases()).result(T0.plusSeconds(3_600));
    }

    @Test
    void each_code_judged_by_staff_gets_its_precision_lowest_first_and_unjudged_cases_do_not_count() {
        // WHEN
        ExceptionStatistics s = statistics();
        // THEN the open case and those closed without a verdict are left out; OUT_OF_STOCK has none judged
        assertThat(s.precision()).containsExactly(
                new CodePrecision("ADDRESS_INCOMPLETE", 5, 3, 2),
                new CodePrecision("PHONE_INVALID", 2, 2, 0));
        assertThat(s.precision("ADDRESS_INCOMPLETE").orElseThrow().precision()).isEqualTo(0.6);
        assertThat(s.precision("OUT_OF_STOCK")).isEmpty();
        assertThat(s.closedCases()).isEqualTo(9);
    }

    @Test
    void the_json_and_the_html_report_show_the_precision() throws Exception {
        ExceptionStatistics s = statistics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsJson.write(s, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.at("/precision").size()).isEqualTo(2);
        assertThat(json.at("/precision/0/code").asText()).isEqualTo("ADDRESS_INCOMPLETE");
        assertThat(json.at("/precision/0/judged").asLong()).isEqualTo(5);
        assertThat(json.at("/precision/0/genuine").asLong()).isEqualTo(3);
        assertThat(json.at("/precision/0/falseAlarms").asLong()).isEqualTo(2);
        assertThat(json.at("/precision/0/precision").decimalValue()).isEqualByComparingTo("0.6");

        String en = HtmlReport.titled("t").render(s);
        assertThat(en).contains("<caption>Precision from staff verdicts (lowest first)</caption>")
                .contains("<tr><td>ADDRESS_INCOMPLETE</td><td class=\"num\">5</td><td class=\"num\">3</td>"
                        + "<td class=\"num\">2</td><td class=\"num\">60.0%</td></tr>");
        String zh = HtmlReport.titled("t").language("zh").render(s);
        assertThat(zh).contains("<caption>按人工结论估算的准确率（最低在前）</caption>")
                .contains("<th>已判定案件</th><th>属实</th><th>误报</th><th>准确率</th>");
    }

    @Test
    void without_verdicts_the_precision_table_says_none() {
        String html = HtmlReport.titled("t").render(ReportFixture.statistics());
        assertThat(html).contains("<table id=\"table-precision\">")
                .containsPattern("table-precision.*\\n.*\\n.*\\n<tr><td colspan=\"5\" class=\"empty\">none</td></tr>");
    }

    @Test
    void verdicts_are_written_and_read_back_and_a_wrong_one_is_refused_with_its_path() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HandledCaseJson.Writer w = HandledCaseJson.Writer.open(out)) {
            cases().forEach(w::write);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"verdict\":\"FALSE_ALARM\"");
        List<HandledCase> read = new ArrayList<>();
        HandledCaseJson.read(new ByteArrayInputStream(out.toByteArray()), read::add);
        assertThat(read).isEqualTo(cases());

        assertThatThrownBy(() -> HandledCaseJson.read(new ByteArrayInputStream("""
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL",
                            "openedAt": "2026-11-22T09:00:00+08:00", "closedAt": "2026-11-22T10:00:00+08:00", "verdict": "WRONG"}]}
                """.getBytes(StandardCharsets.UTF_8)), c -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].verdict: must be GENUINE or FALSE_ALARM but was 'WRONG'");
        assertThatThrownBy(() -> HandledCaseJson.read(new ByteArrayInputStream("""
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL",
                            "openedAt": "2026-11-22T09:00:00+08:00", "verdict": "GENUINE"}]}
                """.getBytes(StandardCharsets.UTF_8)), c -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].verdict: needs closedAt: an open case has no verdict yet");
    }

    @Test
    void an_open_case_cannot_carry_a_verdict() {
        HandledCase open = HandledCase.of("SO-1", "X", Category.RISK, Department.RISK_CONTROL, T0, null);
        assertThatThrownBy(() -> open.withVerdict(Verdict.GENUINE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case SO-1/X: verdict GENUINE needs closedAt: an open case has no verdict yet");
    }
}
