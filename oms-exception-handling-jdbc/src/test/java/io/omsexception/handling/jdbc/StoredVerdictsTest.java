package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.addressIncomplete;
import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static io.omsexception.handling.jdbc.StoreFixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.ClosingReason;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.InMemoryCaseStore;
import io.omsexception.report.CodeImpact;
import io.omsexception.report.CodePrecision;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.HandledCase;
import io.omsexception.report.HandledCase.Verdict;
import io.omsexception.report.ImpactPreview;
import io.omsexception.report.RuleImpact;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Staff closing reasons in the stored history become verdicts: the report's precision and the impact preview's. */
class StoredVerdictsTest {

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("in memory", new InMemoryCaseStore()),
                Arguments.of("H2", JdbcCaseStore.create(TestDatabases.h2())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void staff_closing_reasons_give_each_code_its_precision_and_the_preview_its_estimate(String name, CaseStore store) {
        // GIVEN a day of five orders: ADDRESS_INCOMPLETE fixed on 1, not an exception on 2, confirmed on 3,
        // resolved without a reason on 4; PAYMENT_TIMEOUT not an exception on 1, ignored on 5
        StoreFixtures.TestClock clock = new StoreFixtures.TestClock();
        clock.advance(Duration.ofDays(11_000 + new java.util.Random().nextInt(3650)));
        ExceptionHandling handling = ExceptionHandling.builder().clock(clock).store(store)
                .notifier(new RecordingNotifier()).orderFlow(new RecordingOrderFlow()).build();
        String o = "V" + UUID.randomUUID().toString().substring(0, 6) + "-";
        handling.reconcile(order(o + "1"), evaluation(o + "1", paymentTimeout(), addressIncomplete()));
        for (int i = 2; i <= 4; i++) {
            handling.reconcile(order(o + i), evaluation(o + i, addressIncomplete()));
        }
        handling.reconcile(order(o + "5"), evaluation(o + "5", paymentTimeout()));
        clock.advance(Duration.ofMinutes(30));
        handling.resolve(find(handling, o + "1", "ADDRESS_INCOMPLETE"), "客服", "已补全门牌号", ClosingReason.FIXED);
        handling.resolve(find(handling, o + "1", "PAYMENT_TIMEOUT"), "财务", "已付款，系统延迟", ClosingReason.NOT_AN_EXCEPTION);
        handling.resolve(find(handling, o + "2", "ADDRESS_INCOMPLETE"), "客服", "地址没问题", ClosingReason.NOT_AN_EXCEPTION);
        handling.confirm(find(handling, o + "3", "ADDRESS_INCOMPLETE"), "客服", "地址无法送达");
        handling.resolve(find(handling, o + "4", "ADDRESS_INCOMPLETE"), "客服", "已处理");
        handling.ignore(find(handling, o + "5", "PAYMENT_TIMEOUT"), "财务", "买家稍后付款",
                new io.omsexception.handling.IgnoreOverride("财务主管", "大客户"));

        // WHEN the day's cases are read as the report's
        List<io.omsexception.handling.ExceptionCase> cases = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            cases.addAll(store.findByOrder(o + i));
        }
        List<HandledCase> handled = StoredHistory.handledCases(store, cases);
        ExceptionStatistics stats = new StatisticsCollector().addCases(handled).result(clock.instant());

        // THEN the verdicts are what staff said, unknown where they said nothing
        assertThat(handled).extracting(c -> c.orderId().substring(o.length()) + " " + c.code() + " " + c.verdict())
                .containsExactlyInAnyOrder("1 PAYMENT_TIMEOUT FALSE_ALARM", "1 ADDRESS_INCOMPLETE GENUINE",
                        "2 ADDRESS_INCOMPLETE FALSE_ALARM", "3 ADDRESS_INCOMPLETE GENUINE", "4 ADDRESS_INCOMPLETE null",
                        "5 PAYMENT_TIMEOUT null");
        assertThat(stats.precision()).containsExactly(new CodePrecision("PAYMENT_TIMEOUT", 1, 0, 1),
                new CodePrecision("ADDRESS_INCOMPLETE", 3, 2, 1));

        // AND a change that stops raising ADDRESS_INCOMPLETE on orders 2 and 3 is estimated with them
        List<OrderEvaluation> before = List.of(evaluation(o + "1", paymentTimeout(), addressIncomplete()),
                evaluation(o + "2", addressIncomplete()), evaluation(o + "3", addressIncomplete()),
                evaluation(o + "4", addressIncomplete()), evaluation(o + "5", paymentTimeout()));
        List<OrderEvaluation> after = List.of(evaluation(o + "1", paymentTimeout(), addressIncomplete()),
                evaluation(o + "2"), evaluation(o + "3"), evaluation(o + "4", addressIncomplete()),
                evaluation(o + "5", paymentTimeout()));
        RuleImpact impact = ImpactPreview.builder().cases(handled).build()
                .compare(new BatchResult(before, List.of()), new BatchResult(after, List.of()));
        CodeImpact address = impact.code("ADDRESS_INCOMPLETE").orElseThrow();
        assertThat(address.removed()).isEqualTo(2);
        assertThat(address.precision()).isEqualTo(new CodeImpact.Precision(3, 2, 1, 1, 1, 1));
        assertThat(address.precision().before().getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(address.precision().after().getAsDouble()).isEqualTo(1.0);
    }

    private static io.omsexception.handling.ExceptionCase find(ExceptionHandling handling, String orderId, String code) {
        return handling.find(CaseId.rule(orderId, code)).orElseThrow();
    }
}
