package io.omsexception.report;

import static io.omsexception.report.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.omsexception.Category;
import io.omsexception.Department;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");

    private static HandledCase closed(String code, Department department, long minutes) {
        return HandledCase.of("SO-" + code + minutes, code, Category.INVENTORY, department, T0, T0.plusSeconds(minutes * 60));
    }

    private static HandledCase openSince(Duration age) {
        return HandledCase.of("SO-open-" + age, "PHONE_MISSING", Category.INFORMATION, Department.CUSTOMER_SERVICE,
                AS_OF.minus(age), null);
    }

    @Test
    void a_summary_gives_mean_median_nearest_rank_p90_and_max() {
        // GIVEN ten durations of 1..10 minutes, and four of 10, 20, 30, 100 minutes
        List<Duration> ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();
        List<Duration> four = List.of(Duration.ofMinutes(100), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(20));
        // WHEN
        DurationSummary a = DurationSummary.of("a", ten);
        DurationSummary b = DurationSummary.of("b", four);
        // THEN
        assertThat(a).isEqualTo(new DurationSummary("a", 10, Duration.ofSeconds(330), Duration.ofSeconds(330),
                Duration.ofMinutes(9), Duration.ofMinutes(10)));
        assertThat(b).isEqualTo(new DurationSummary("b", 4, Duration.ofSeconds(2400), Duration.ofMinutes(25),
                Duration.ofMinutes(100), Duration.ofMinutes(100)));
        assertThat(DurationSummary.of("one", List.of(Duration.ofSeconds(7))))
                .isEqualTo(new DurationSummary("one", 1, Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(7)));
    }

    @Test
    void summarising_no_duration_is_refused() {
        assertThatThrownBy(() -> DurationSummary.of("x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("x: no durations to summarise");
    }

    @Test
    void handling_times_are_summarised_by_code_and_by_department_slowest_first() {
        // GIVEN closed cases: OUT_OF_STOCK 60 and 120 min (warehouse), PHONE_MISSING 30 min (customer service)
        StatisticsCollector c = new StatisticsCollector()
                .add(closed("OUT_OF_STOCK", Department.WAREHOUSE, 60))
                .add(closed("OUT_OF_STOCK", Department.WAREHOUSE, 120))
                .add(closed("PHONE_MISSING", Department.CUSTOMER_SERVICE, 30))
                .add(openSince(Duration.ofMinutes(5)));
        // WHEN
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(s.closedCases()).isEqualTo(3);
        assertThat(s.openCases()).isEqualTo(1);
        assertThat(s.handlingByCode()).extracting(DurationSummary::key, DurationSummary::count, DurationSummary::mean,
                DurationSummary::median, DurationSummary::p90, DurationSummary::max).containsExactly(
                tuple("OUT_OF_STOCK", 2, Duration.ofMinutes(90), Duration.ofMinutes(90), Duration.ofMinutes(120), Duration.ofMinutes(120)),
                tuple("PHONE_MISSING", 1, Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30)));
        assertThat(s.handlingByDepartment()).extracting(DurationSummary::key, DurationSummary::mean).containsExactly(
                tuple("WAREHOUSE", Duration.ofMinutes(90)), tuple("CUSTOMER_SERVICE", Duration.ofMinutes(30)));
    }

    @Test
    void open_cases_fall_into_age_buckets_whose_lower_bound_is_inclusive() {
        // GIVEN open cases aged 59 min, exactly 1 h, 3 h 59 min, exactly 4 h, 2 d, exactly 3 d and 10 d
        StatisticsCollector c = new StatisticsCollector();
        for (Duration age : List.of(Duration.ofMinutes(59), Duration.ofHours(1), Duration.ofMinutes(239), Duration.ofHours(4),
                Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(10))) {
            c.add(openSince(age));
        }
        // WHEN
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(s.backlog()).extracting(BacklogBucket::label, BacklogBucket::count).containsExactly(
                tuple("< 1 h", 1L), tuple("1 h - 4 h", 2L), tuple("4 h - 1 d", 1L), tuple("1 d - 3 d", 1L),
                tuple(">= 3 d", 2L));
        assertThat(s.backlog().get(4).to()).isNull();
    }

    @Test
    void the_slowest_stage_is_the_one_with_the_longest_mean_and_running_stages_do_not_count() {
        // GIVEN two cases with triage, contact and fix stages; one contact stage still running
        HandledCase a = new HandledCase("SO-1", "ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE,
                T0, T0.plusSeconds(7_200), List.of(
                        new HandledCase.Stage("triage", T0, T0.plusSeconds(600)),
                        new HandledCase.Stage("contact customer", T0.plusSeconds(600), T0.plusSeconds(6_000)),
                        new HandledCase.Stage("fix", T0.plusSeconds(6_000), T0.plusSeconds(7_200))));
        HandledCase b = new HandledCase("SO-2", "ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE,
                T0, null, List.of(
                        new HandledCase.Stage("triage", T0, T0.plusSeconds(1_200)),
                        new HandledCase.Stage("contact customer", T0.plusSeconds(1_200), null)));
        // WHEN
        ExceptionStatistics s = new StatisticsCollector().add(a).add(b).result(AS_OF);
        // THEN
        assertThat(s.stages()).extracting(DurationSummary::key, DurationSummary::count, DurationSummary::mean).containsExactly(
                tuple("contact customer", 1, Duration.ofSeconds(5_400)),
                tuple("fix", 1, Duration.ofSeconds(1_200)),
                tuple("triage", 2, Duration.ofSeconds(900)));
        assertThat(s.slowestStage()).map(DurationSummary::key).contains("contact customer");
    }

    @Test
    void a_case_closed_before_it_was_opened_is_refused() {
        assertThatThrownBy(() -> HandledCase.of("SO-1", "X", Category.RISK, Department.RISK_CONTROL, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case SO-1/X: closedAt 2026-11-19T23:59:59Z is before openedAt 2026-11-20T00:00:00Z");
    }

    @Test
    void backlog_bounds_must_ascend() {
        assertThatThrownBy(() -> new StatisticsOptions(10, List.of(Duration.ofHours(4), Duration.ofHours(1)), SuggestionRules.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backlogBounds: must be positive and ascending but were [PT4H, PT1H]");
    }
}
