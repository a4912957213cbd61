package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.addressIncomplete;
import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static io.omsexception.handling.jdbc.StoreFixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.handling.AuditEntry;
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

    @Test
    void should_break_the_stored_history_down_by_day_channel_carrier_and_each_codes_share_of_false_alarms() {
        // GIVEN cases over two days on orders of two shops, one order shipped with SF
        JdbcCaseStore store = JdbcCaseStore.create(TestDatabases.postgres());
        StoreFixtures.TestClock clock = new StoreFixtures.TestClock();
        clock.advance(Duration.ofDays(7300 + new java.util.Random().nextInt(3650)));
        Instant day = clock.instant();
        ExceptionHandling handling = ExceptionHandling.builder().clock(clock).store(store)
                .notifier(new RecordingNotifier()).orderFlow(new RecordingOrderFlow()).build();
        String o = "B" + UUID.randomUUID().toString().substring(0, 6) + "-";
        io.omsexception.model.Order tmall = order(o + "1").toBuilder().channel("TMALL").build();
        io.omsexception.model.Order jd = order(o + "2").toBuilder().channel("JD").shipment(new io.omsexception.model
                .Shipment("SF", "SF100", io.omsexception.model.ShipmentStatus.SHIPPED, null, null, null, null, null))
                .build();
        io.omsexception.model.Order tmall3 = order(o + "3").toBuilder().channel("TMALL").build();
        handling.reconcile(tmall, evaluation(o + "1", paymentTimeout(), addressIncomplete()));
        handling.reconcile(jd, evaluation(o + "2", addressIncomplete()));
        clock.advance(Duration.ofDays(1));
        handling.reconcile(tmall3, evaluation(o + "3", addressIncomplete()));
        handling.resolve(handling.find(CaseId.rule(o + "1", "ADDRESS_INCOMPLETE")).orElseThrow(), "客服", "地址没问题",
                io.omsexception.handling.ClosingReason.NOT_AN_EXCEPTION);
        handling.resolve(handling.find(CaseId.rule(o + "2", "ADDRESS_INCOMPLETE")).orElseThrow(), "客服", "已补全",
                io.omsexception.handling.ClosingReason.FIXED);
        handling.resolve(handling.find(CaseId.rule(o + "1", "PAYMENT_TIMEOUT")).orElseThrow(), "财务", "已付款");

        // WHEN
        StoredHistory.Breakdown b = StoredHistory.breakdown(
                store.findCreatedBetween(day, day.plus(Duration.ofDays(2))), StoreFixtures.ZONE);

        // THEN
        java.time.LocalDate first = day.atZone(StoreFixtures.ZONE).toLocalDate();
        assertThat(b.daily()).containsExactly(new StoredHistory.Day(first, 3, 0),
                new StoredHistory.Day(first.plusDays(1), 1, 3));
        assertThat(b.byChannel()).containsExactly(java.util.Map.entry("TMALL", 3L), java.util.Map.entry("JD", 1L));
        assertThat(b.byCarrier()).containsExactly(java.util.Map.entry(StoredHistory.UNKNOWN, 3L),
                java.util.Map.entry("SF", 1L));
        assertThat(b.precision()).containsExactly(new StoredHistory.Precision("ADDRESS_INCOMPLETE", 2, 1),
                new StoredHistory.Precision("PAYMENT_TIMEOUT", 1, 0));
        assertThat(b.precision().get(0).notAnExceptionShare()).isEqualTo(0.5);
        assertThat(handling.trail(o + "1").entries()).extracting(AuditEntry::detail)
                .contains("reason: NOT_AN_EXCEPTION");
    }
}
