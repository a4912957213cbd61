package io.omsexception.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandledCaseJsonTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private static List<HandledCase> read(String json) {
        List<HandledCase> cases = new ArrayList<>();
        HandledCaseJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), cases::add);
        return cases;
    }

    @Test
    void cases_written_are_read_back_equal() {
        // GIVEN a closed case with stages and an open one with a running stage
        List<HandledCase> cases = List.of(
                new HandledCase("SO-1", "OUT_OF_STOCK", Category.INVENTORY, Department.WAREHOUSE, T0, T0.plusSeconds(7_200),
                        List.of(new HandledCase.Stage("triage", T0, T0.plusSeconds(600)),
                                new HandledCase.Stage("waiting for stock", T0.plusSeconds(600), T0.plusSeconds(7_200)))),
                new HandledCase("SO-2", "PHONE_MISSING", Category.INFORMATION, Department.CUSTOMER_SERVICE, T0, null,
                        List.of(new HandledCase.Stage("triage", T0, null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // WHEN
        try (HandledCaseJson.Writer w = HandledCaseJson.Writer.open(out)) {
            cases.forEach(w::write);
        }
        // THEN
        assertThat(read(out.toString(StandardCharsets.UTF_8))).isEqualTo(cases);
    }

    @Test
    void times_with_any_offset_are_read_as_instants_and_optional_parts_may_be_absent() {
        List<HandledCase> cases = read("""
                {"exportedBy": "erp", "cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL",
                  "openedAt": "2026-11-22T09:00:00+08:00", "closedAt": null}]}
                """);
        assertThat(cases).containsExactly(HandledCase.of("SO-1", "X", Category.RISK, Department.RISK_CONTROL, T0, null));
    }

    @Test
    void an_invalid_value_is_refused_with_its_json_path() {
        assertThatThrownBy(() -> read("""
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL", "openedAt": "2026-11-22T09:00:00+08:00"},
                           {"orderId": "SO-2", "code": "X", "category": "RISK", "department": "sales", "openedAt": "2026-11-22T09:00:00+08:00"}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[1].department: must be upper snake case of at most 64 characters, for example LEGAL, but was 'sales'");
        assertThatThrownBy(() -> read("""
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL", "openedAt": "2026-11-22T09:00:00+08:00",
                            "stages": [{"name": "triage", "startedAt": "yesterday"}]}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0].stages[0].startedAt: must be an ISO-8601 time with an offset but was 'yesterday'");
        assertThatThrownBy(() -> read("""
                {"cases": [{"orderId": "SO-1", "code": "X", "category": "RISK", "department": "RISK_CONTROL",
                            "openedAt": "2026-11-22T09:00:00+08:00", "closedAt": "2026-11-22T08:00:00+08:00"}]}
                """)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$.cases[0]: case SO-1/X: closedAt 2026-11-22T00:00:00Z is before openedAt 2026-11-22T01:00:00Z");
        assertThatThrownBy(() -> read("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("$: must be an object with a 'cases' array");
    }
}
