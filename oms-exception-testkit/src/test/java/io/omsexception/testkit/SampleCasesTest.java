package io.omsexception.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.report.HandledCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleCasesTest {
    static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");

    private static OrderEvaluation evaluation(int i) {
        LocalizedText t = new LocalizedText("z", "e");
        return new OrderEvaluation("SO-" + i, true, List.of(
                new Finding("OUT_OF_STOCK", Category.INVENTORY, Priority.P1, Department.WAREHOUSE, true, t, t, Map.of(), List.of("r")),
                new Finding("PHONE_MISSING", Category.INFORMATION, Priority.P2, Department.CUSTOMER_SERVICE, true, t, t, Map.of(), List.of("r"))));
    }

    @Test
    void one_case_per_finding_is_simulated_the_same_way_for_the_same_seed_and_all_before_the_reference_time() {
        // WHEN
        List<HandledCase> a = new ArrayList<>();
        List<HandledCase> b = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            a.addAll(SampleCases.of(5, AS_OF).casesOf(evaluation(i)));
            b.addAll(SampleCases.of(5, AS_OF).casesOf(evaluation(i)));
        }
        // THEN
        assertThat(a).hasSize(400).isEqualTo(b);
        assertThat(a).extracting(HandledCase::code).containsOnly("OUT_OF_STOCK", "PHONE_MISSING");
        assertThat(a).allMatch(c -> c.openedAt().isBefore(AS_OF) && (c.closedAt() == null || !c.closedAt().isAfter(AS_OF)));
        assertThat(a).allMatch(c -> c.stages().stream().allMatch(s -> !s.startedAt().isBefore(c.openedAt())));
        assertThat(a).filteredOn(HandledCase::isOpen).hasSizeBetween(20, 80);
        assertThat(a).filteredOn(HandledCase::isOpen).allMatch(c -> c.verdict() == null);
        assertThat(a).filteredOn(c -> c.verdict() == HandledCase.Verdict.FALSE_ALARM).isNotEmpty();
        assertThat(a).filteredOn(c -> c.verdict() == HandledCase.Verdict.GENUINE).hasSizeGreaterThan(200);
        assertThat(a).filteredOn(c -> !c.isOpen() && c.verdict() == null).isNotEmpty();
        assertThat(a).filteredOn(c -> c.department() == Department.WAREHOUSE && !c.isOpen())
                .allMatch(c -> c.stages().stream().anyMatch(s -> s.name().equals("waiting for stock")));
    }
}
