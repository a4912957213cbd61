package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.ActionType;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.report.ExceptionStatistics.ActionCount;
import io.omsexception.report.ExceptionStatistics.EscalationCount;
import io.omsexception.report.HandledCase.ActionOutcome;
import io.omsexception.report.HandledCase.ActionOutcome.Outcome;
import io.omsexception.report.HandledCase.Escalation;
import io.omsexception.report.HandledCase.Escalation.Level;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The actions and escalations of handled cases in the statistics, the JSON and the HTML report. */
class ActionStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static HandledCase parcel(String orderId, List<ActionOutcome> actions, List<Escalation> escalations) {
        return HandledCase.of(orderId, "PARCEL_STRANDED", Category.LOGISTICS, Department.LOGISTICS, T0, null)
                .withActions(actions, escalations);
    }

    private static ActionOutcome action(ActionType type, Outcome outcome, long minutes) {
        return new ActionOutcome(type, outcome, T0.plusSeconds(60 * minutes));
    }

    /**
     * Two stranded parcels chased, one chase failed after its attempts, one interception proposed
     * and then carried out; a refund proposed; escalations in two departments.
     */
    private static List<HandledCase> cases() {
        return List.of(
                parcel("SO-1", List.of(action(ActionType.CHASE_CARRIER, Outcome.EXECUTED, 1)),
                        List.of(new Escalation(Level.LEAD, T0.plusSeconds(3_600)),
                                new Escalation(Level.MANAGER, T0.plusSeconds(7_200)))),
                parcel("SO-2", List.of(action(ActionType.CHASE_CARRIER, Outcome.EXECUTED, 2),
                        action(ActionType.INTERCEPT_PARCEL, Outcome.PROPOSED, 2),
                        action(ActionType.INTERCEPT_PARCEL, Outcome.EXECUTED, 30)),
                        List.of(new Escalation(Level.LEAD, T0.plusSeconds(3_600)))),
                parcel("SO-3", List.of(action(ActionType.CHASE_CARRIER, Outcome.FAILED, 45)), List.of()),
                HandledCase.of("SO-4", "REFUND_RETURN_RECEIVED", Category.REFUND, Department.FINANCE, T0, null)
                        .withActions(List.of(action(ActionType.APPROVE_REFUND, Outcome.PROPOSED, 1)), List.of()),
                HandledCase.of("SO-5", "PHONE_MISSING", Category.INFORMATION, Department.CUSTOMER_SERVICE, T0, null)
                        .withActions(List.of(), List.of(new Escalation(Level.LEAD, T0.plusSeconds(3_600)),
                                new Escalation(Level.MANAGER, T0.plusSeconds(7_200)))),
                HandledCase.of("SO-6", "PHONE_MISSING", Category.INFORMATION, Department.CUSTOMER_SERVICE, T0, null)
                        .withActions(List.of(), List.of(new Escalation(Level.LEAD, T0.plusSeconds(3_600)))));
    }

    private static ExceptionStatistics statistics() {
        return new StatisticsCollector().addCases(cases()).result(T0.plusSeconds(3 * 3_600));
    }

    @Test
    void actions_are_counted_per_type_and_code_and_escalations_per_department_and_level() {
        // WHEN
        ExceptionStatistics s = statistics();
        // THEN by type, then code; the interception proposed and then carried out counts in both columns
        assertThat(s.actions()).containsExactly(
                new ActionCount("APPROVE_REFUND", "REFUND_RETURN_RECEIVED", 0, 1, 0),
                new ActionCount("CHASE_CARRIER", "PARCEL_STRANDED", 2, 0, 1),
                new ActionCount("INTERCEPT_PARCEL", "PARCEL_STRANDED", 1, 1, 0));
        // most escalations first, then by department
        assertThat(s.escalations()).containsExactly(
                new EscalationCount("CUSTOMER_SERVICE", 2, 1),
                new EscalationCount("LOGISTICS", 2, 1));
    }

    @Test
    void cases_without_actions_give_empty_tables_and_the_report_says_none() {
        ExceptionStatistics s = new StatisticsCollector()
                .add(HandledCase.of("SO-1", "X", Category.RISK, Department.RISK_CONTROL, T0, null)).result(T0);

        assertThat(s.actions()).isEmpty();
        assertThat(s.escalations()).isEmpty();
        assertThat(HtmlReport.titled("t").render(s))
                .contains("<caption>Actions by type and code</caption>\n<thead><tr><th>Action</th><th>Code</th><th>Executed</th>"
                        + "<th>Proposed to staff</th><th>Failed</th></tr></thead>\n<tbody>\n<tr><td colspan=\"5\" class=\"empty\">"
                        + "none</td></tr>")
                .contains("<caption>Escalations of overdue cases</caption>");
    }

    @Test
    void the_json_and_the_html_report_show_the_actions_and_escalations() throws Exception {
        ExceptionStatistics s = statistics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsJson.write(s, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.at("/actions").size()).isEqualTo(3);
        assertThat(json.at("/actions/1/type").asText()).isEqualTo("CHASE_CARRIER");
        assertThat(json.at("/actions/1/code").asText()).isEqualTo("PARCEL_STRANDED");
        assertThat(json.at("/actions/1/executed").asLong()).isEqualTo(2);
        assertThat(json.at("/actions/1/proposed").asLong()).isZero();
        assertThat(json.at("/actions/1/failed").asLong()).isEqualTo(1);
        assertThat(json.at("/escalations/1/department").asText()).isEqualTo("LOGISTICS");
        assertThat(json.at("/escalations/1/toLead").asLong()).isEqualTo(2);
        assertThat(json.at("/escalations/1/toManager").asLong()).isEqualTo(1);

        String en = HtmlReport.titled("t").render(s);
        assertThat(en).contains("<section class=\"tables\" id=\"actions\"><h2>Actions</h2>")
                .contains("<tr><td>CHASE_CARRIER</td><td>PARCEL_STRANDED</td><td class=\"num\">2</td>"
                        + "<td class=\"num\">0</td><td class=\"num\">1</td></tr>")
                .contains("<th>Department</th><th>To the department lead</th><th>To a manager</th>")
                .contains("<tr><td>Logistics</td><td class=\"num\">2</td><td class=\"num\">1</td></tr>");
        String zh = HtmlReport.titled("t").language("zh").render(s);
        assertThat(zh).contains("<h2>处理操作</h2>")
                .contains("<caption>各操作类型、代码的操作</caption>")
                .contains("<th>操作</th><th>代码</th><th>已执行</th><th>待人工确认</th><th>失败</th>")
                .contains("<caption>超时案件升级</caption>")
                .contains("<th>部门</th><th>升级至部门主管</th><th>升级至经理</th>")
                .contains("<tr><td>" + Department.LOGISTICS.displayName().zh() + "</td><td class=\"num\">2</td>");
    }

    @Test
    void the_actions_and_escalations_of_cases_written_are_read_back_equal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HandledCaseJson.Writer w = HandledCaseJson.Writer.open(out)) {
            cases().forEach(w::write);
        }
        List<HandledCase> read = new ArrayList<>();
        HandledCaseJson.read(new ByteArrayInputStream(out.toByteArray()), read::add);

        assertThat(read).isEqualTo(cases());
    }

    @Test
    void an_unknown_outcome_or_level_is_refused_with_its_json_path() {
        String start = """
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL",
                            "openedAt": "2026-11-22T09:00:00+08:00",
                """;
        assertThatThrownBy(() -> read(start + """
                "actions": [{"type": "CHASE_CARRIER", "outcome": "EXECUTED", "at": "2026-11-22T09:01:00+08:00"},
                            {"type": "CHASE_CARRIER", "outcome": "DONE", "at": "2026-11-22T09:02:00+08:00"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].actions[1].outcome: must be one of PROPOSED, EXECUTED, FAILED but was 'DONE'");
        assertThatThrownBy(() -> read(start + """
                "escalations": [{"level": "CEO", "at": "2026-11-22T09:01:00+08:00"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].escalations[0].level: must be one of LEAD, MANAGER but was 'CEO'");
        assertThatThrownBy(() -> read(start + """
                "actions": [{"type": "CHASE_CARRIER", "outcome": "EXECUTED"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].actions[0].at: is required");
        assertThatThrownBy(() -> read(start + """
                "actions": {"type": "CHASE_CARRIER"}}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].actions: must be an array");
    }

    private static List<HandledCase> read(String json) {
        List<HandledCase> cases = new ArrayList<>();
        HandledCaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cases::add);
        return cases;
    }
}
