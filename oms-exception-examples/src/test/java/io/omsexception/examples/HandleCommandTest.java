package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.ActionType;
import io.omsexception.handling.ActionRequest;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseAction;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.NotificationKind;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import io.omsexception.model.CustomerTier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day of the demo handled end to end with the bundled policy file: what the "done when" asks. */
class HandleCommandTest {
    static HandledDay.Result day;
    static List<ExceptionCase> cases;

    @BeforeAll
    static void handleTheDay() throws IOException {
        ParsedRequest request;
        try (InputStream in = HandleCommandTest.class.getClassLoader().getResourceAsStream(Demo.REQUEST)) {
            request = OrderJson.readRequest(in);
        }
        day = HandledDay.run(HandleCommand.bundledPolicy(), request);
        cases = new ArrayList<>();
        day.orderIds().forEach(id -> cases.addAll(day.store().findByOrder(id)));
    }

    private static List<ActionRequest> executed(ActionType type, String code) {
        return day.executed().stream().filter(r -> r.action().type().equals(type) && r.code().equals(code)).toList();
    }

    private static List<ExceptionCase> casesOf(String code, ActionType type) {
        return cases.stream().filter(c -> c.code().equals(code) && c.finding().action(type).isPresent()).toList();
    }

    @Test
    void every_stranded_parcel_is_chased_once_and_vip_customers_first() {
        List<ActionRequest> chases = executed(ActionType.CHASE_CARRIER, "PARCEL_STRANDED");
        assertThat(chases).isNotEmpty();
        assertThat(chases).extracting(ActionRequest::caseId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(casesOf("PARCEL_STRANDED", ActionType.CHASE_CARRIER).stream()
                        .map(ExceptionCase::id).toList());
        // the chases of the first monitor run: every VIP chase before any other
        List<ActionRequest> first = day.executed().stream().filter(r -> r.action().type() == ActionType.CHASE_CARRIER
                && day.store().find(r.caseId()).orElseThrow().openedAt().equals(day.start())).toList();
        assertThat(first).extracting(ActionRequest::customerTier).contains(CustomerTier.VIP);
        int lastVip = first.stream().map(ActionRequest::customerTier).toList().lastIndexOf(CustomerTier.VIP);
        assertThat(first.subList(0, lastVip + 1)).extracting(ActionRequest::customerTier).containsOnly(CustomerTier.VIP);
    }

    @Test
    void refunds_under_the_limit_are_approved_when_the_return_is_received_and_the_others_wait_for_staff() {
        List<ActionRequest> approved = executed(ActionType.APPROVE_REFUND, "REFUND_RETURN_RECEIVED");
        assertThat(approved).isNotEmpty();
        assertThat(day.executed()).filteredOn(r -> r.action().type() == ActionType.APPROVE_REFUND)
                .allSatisfy(r -> assertThat(new BigDecimal(r.action().text("amount"))).isLessThan(new BigDecimal("100")));
        List<ExceptionCase> large = cases.stream().filter(c -> c.finding() != null && c.finding().action(ActionType.APPROVE_REFUND)
                .map(a -> new BigDecimal(a.text("amount")).compareTo(new BigDecimal("100")) >= 0).orElse(false)).toList();
        assertThat(large).isNotEmpty().allSatisfy(c -> assertThat(trail(c)).extracting(AuditEntry::action)
                .contains(CaseAction.ACTION_PROPOSED).doesNotContain(CaseAction.ACTION_EXECUTED));
    }

    @Test
    void presale_orders_are_split_and_xinjiang_waybills_noted() {
        List<ActionRequest> splits = executed(ActionType.SPLIT_ORDER, "PRESALE_MIXED_SPLIT");
        assertThat(splits).hasSameSizeAs(casesOf("PRESALE_MIXED_SPLIT", ActionType.SPLIT_ORDER)).isNotEmpty();
        assertThat(splits).allSatisfy(r -> {
            @SuppressWarnings("unchecked")
            List<Object> remaining = (List<Object>) r.action().parameters().get("remainingLines");
            Set<Object> moved = new HashSet<>((List<?>) r.action().parameters().get("lines"));
            assertThat(remaining).isNotEmpty().doesNotContainAnyElementsOf(moved);
        });
        List<ActionRequest> notes = executed(ActionType.ADD_WAYBILL_NOTE, "REMOTE_REGION_NOTE");
        assertThat(notes).hasSameSizeAs(casesOf("REMOTE_REGION_NOTE", ActionType.ADD_WAYBILL_NOTE));
        assertThat(notes).extracting(r -> r.action().text("text"))
                .contains("偏远地区（新疆）：派送前请先电话联系收件人");
    }

    @Test
    void overdue_cases_are_escalated_to_the_lead_and_then_a_manager_and_failed_actions_reach_staff() {
        ExceptionCase p1 = cases.stream().filter(c -> c.isOpen() && c.priority() == io.omsexception.Priority.P1
                && c.openedAt().equals(day.start())).findFirst().orElseThrow();
        assertThat(trail(p1)).filteredOn(e -> e.action() == CaseAction.ESCALATE).extracting(AuditEntry::detail)
                .containsExactly("to the " + p1.department().name() + " lead", "to a manager");
        assertThat(day.staff()).anyMatch(n -> n.kind() == NotificationKind.ESCALATED_TO_MANAGER && n.caseId().equals(p1.id()));
        List<ExceptionCase> intercepts = casesOf("REFUND_DUE_TO_DELAY", ActionType.INTERCEPT_PARCEL);
        assertThat(intercepts).isNotEmpty().allSatisfy(c -> {
            assertThat(c.notes()).isNotEmpty();
            assertThat(day.staff()).anyMatch(n -> n.kind() == NotificationKind.ACTION_FAILED && n.caseId().equals(c.id()));
        });
    }

    @Test
    void the_handle_command_prints_and_reports_the_actions_by_type_and_code_and_the_escalations_of_that_day(
            @TempDir Path dir) throws IOException {
        Path html = dir.resolve("day.html");
        Path json = dir.resolve("day.json");

        CliRun run = CliRun.of("handle", "--html", html.toString(), "--json", json.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("The day's report, with its actions and escalations: " + html + ", " + json);
        String page = Files.readString(html);
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        // the same executed / proposed / failed counts as the store's trail, in the output, the HTML and the JSON
        assertThat(figures.get("actions")).hasSize(day.outcomes().size());
        int row = 0;
        for (Map.Entry<String, int[]> e : day.outcomes().entrySet()) {
            String[] typeCode = e.getKey().split(" ");
            int[] n = e.getValue();
            assertThat(run.out()).containsPattern(typeCode[0] + " +" + typeCode[1] + " +" + n[0] + " +"
                    + n[1] + " +" + n[2] + "\n");
            assertThat(page).contains("<tr><td>" + typeCode[0] + "</td><td>" + typeCode[1] + "</td><td class=\"num\">"
                    + n[0] + "</td><td class=\"num\">" + n[1] + "</td><td class=\"num\">" + n[2] + "</td></tr>");
            JsonNode a = figures.get("actions").get(row++);
            assertThat(List.of(a.get("type").asText(), a.get("code").asText(), a.get("executed").asInt(),
                    a.get("proposed").asInt(), a.get("failed").asInt()))
                    .containsExactly(typeCode[0], typeCode[1], n[0], n[1], n[2]);
        }
        // the escalations per department and level, as the trail has them
        Map<String, int[]> escalations = new TreeMap<>();
        for (ExceptionCase c : cases) {
            for (AuditEntry e : trail(c)) {
                if (e.action() == CaseAction.ESCALATE) {
                    escalations.computeIfAbsent(c.department().name(), k -> new int[2])[
                            e.detail().equals("to a manager") ? 1 : 0]++;
                }
            }
        }
        assertThat(escalations).isNotEmpty();
        Map<String, int[]> reported = new TreeMap<>();
        figures.get("escalations").forEach(e -> reported.put(e.get("department").asText(),
                new int[] {e.get("toLead").asInt(), e.get("toManager").asInt()}));
        assertThat(reported).containsOnlyKeys(escalations.keySet());
        escalations.forEach((department, n) -> assertThat(reported.get(department)).as(department).containsExactly(n));
        assertThat(page).contains("<caption>Escalations of overdue cases</caption>");
        assertThat(figures.at("/cases/open").asLong() + figures.at("/cases/closed").asLong()).isEqualTo(cases.size());
        ActionRequest firstChase = day.executed().stream().filter(r -> r.action().type() == ActionType.CHASE_CARRIER)
                .findFirst().orElseThrow();
        assertThat(run.out()).contains("The first carrier chases (VIP customers first): " + firstChase.caseId().orderId()
                + " (" + firstChase.customerTier() + ", ");
        assertThat(run.out()).contains("The audit trail of " + firstChase.caseId().orderId() + ":");
    }

    @Test
    void a_report_that_cannot_be_written_leaves_neither_file_behind(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("day.html");
        Path json = dir.resolve("missing-folder/day.json");

        CliRun run = CliRun.of("handle", "--html", html.toString(), "--json", json.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("oms-exception: handle: cannot write the report: no such file or folder: ")
                .endsWith("; nothing was written to " + html + " or " + json + "\n");
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void should_refuse_a_policy_file_with_a_typo_naming_its_line(@TempDir Path dir) throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "AUTO CHASE_CARRIER\nAUTO APPROVE_REFUND amountUnder=100\n");

        CliRun run = CliRun.of("handle", "--policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("handle: --policy " + policy + ":2: unknown key 'amountUnder'; use code, tier, "
                + "channel, amountBelow");
    }

    private static List<AuditEntry> trail(ExceptionCase c) {
        return day.store().trail(c.orderId()).stream().filter(e -> c.id().equals(e.caseId())).toList();
    }
}
