package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.addressIncomplete;
import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static io.omsexception.handling.jdbc.StoreFixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.handling.CaseId;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.MarkReason;
import io.omsexception.handling.MarkRequest;
import io.omsexception.report.DurationSummary;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.HandledCase;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Handling times by code, department and stage, from the history stored in PostgreSQL. */
class StoredHistoryTest {

    @Test
    void should_give_handling_times_by_code_department_and_stage_from_the_stored_history_marks_included() {
        // GIVEN a day of handling stored in PostgreSQL
        JdbcCaseStore store = JdbcCaseStore.create(TestDatabases.postgres());
        StoreFixtures.TestClock clock = new StoreFixtures.TestClock();
        clock.advance(Duration.ofDays(3650 + new java.util.Random().nextInt(3650)));
        Instant day = clock.instant();
        ExceptionHandling handling = ExceptionHandling.builder().clock(clock).store(store)
                .notifier(new RecordingNotifier()).orderFlow(new RecordingOrderFlow()).build();
        String o = "H" + UUID.randomUUID().toString().substring(0, 6) + "-";
        handling.reconcile(order(o + "1"), evaluation(o + "1", paymentTimeout(), addressIncomplete()));
        handling.mark(order(o + "2"), MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "客服")
                .delayUntil(day.plus(Duration.ofHours(2))).build());
        clock.advance(Duration.ofMinutes(10));
        ExceptionCase payment = handling.start(handling.find(CaseId.rule(o + "1", "PAYMENT_TIMEOUT")).orElseThrow(), "财务");
        clock.advance(Duration.ofMinutes(20));
        handling.resolve(payment, "财务", "已付款");
        clock.advance(Duration.ofMinutes(90));
        handling.endDelays();

        // WHEN
        List<ExceptionCase> cases = store.findCreatedBetween(day, day.plus(Duration.ofDays(1)));
        List<HandledCase> handled = StoredHistory.handledCases(store, cases);
        ExceptionStatistics stats = new StatisticsCollector().addCases(handled).result(clock.instant());

        // THEN
        assertThat(handled).extracting(HandledCase::code).containsExactly("PAYMENT_TIMEOUT", "ADDRESS_INCOMPLETE",
                "DELIVERY_DELAY");
        assertThat(handled.get(0).handlingTime()).contains(Duration.ofMinutes(30));
        assertThat(handled.get(0).stages()).extracting(HandledCase.Stage::name, s -> s.duration().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("triage", Duration.ofMinutes(10)),
                        org.assertj.core.groups.Tuple.tuple("resolution", Duration.ofMinutes(20)));
        assertThat(handled.get(1).isOpen()).isTrue();
        assertThat(handled.get(2).handlingTime()).contains(Duration.ofHours(2));
        assertThat(handled.get(2).stages()).extracting(HandledCase.Stage::name).containsExactly("delay", "triage");
        assertThat(stats.handlingByCode()).extracting(DurationSummary::key).contains("PAYMENT_TIMEOUT", "DELIVERY_DELAY");
        assertThat(stats.handlingByDepartment()).extracting(DurationSummary::key).contains("FINANCE", "CUSTOMER_SERVICE");
        assertThat(stats.stages()).extracting(DurationSummary::key).contains("triage", "resolution", "delay");
    }
}
