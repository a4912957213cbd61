package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.handling.ActionPolicies;
import io.omsexception.handling.ActionRunner;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.ExceptionMonitor;
import io.omsexception.handling.InMemoryCaseStore;
import io.omsexception.report.ExceptionStatistics;
import io.omsexception.report.ExceptionStatistics.ActionCount;
import io.omsexception.report.ExceptionStatistics.EscalationCount;
import io.omsexception.report.HandledCase;
import io.omsexception.report.HandledCase.ActionOutcome.Outcome;
import io.omsexception.report.HandledCase.Escalation.Level;
import io.omsexception.report.StatisticsCollector;
import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored audit entries of actions and escalations become the report's action outcomes and escalations. */
class StoredActionsTest {
    private static final String POLICY = """
            otherwise PROPOSE
            AUTO CHASE_CARRIER
            AUTO APPROVE_REFUND
            """;
    /** The monitor only escalates here: its family has no open orders, so the engine evaluates none. */
    private static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().addRules(RulePack.builder("none")
            .drl("none.drl", """
                    package none.rules;
                    import io.omsexception.facts.*;
                    global Findings findings;
                    rule "NEVER_RAISED: an order with a negative count"
                        @code("NEVER_RAISED")
                    when
                        $o : OrderFacts(lineCount < 0)
                    then
                        findings.raise($o);
                    end
                    """)
            .code("NEVER_RAISED", Category.INFORMATION, Priority.P4, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
            .texts("zh", "NEVER_RAISED", "无", "无")
            .texts("en", "NEVER_RAISED", "none", "none")
            .build()).build();

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("in memory", new InMemoryCaseStore()),
                Arguments.of("H2", JdbcCaseStore.create(TestDatabases.h2())));
    }

    private static Finding stranded(String tracking) {
        LocalizedText t = new LocalizedText("催派", "Chase the carrier");
        Map<String, Object> chase = new LinkedHashMap<>();
        chase.put("carrier", "SF");
        chase.put("trackingNumber", tracking);
        return new Finding("PARCEL_STRANDED", Category.LOGISTICS, Priority.P2, Department.LOGISTICS, false, t, t,
                Map.of("shipment.trackingNumber", tracking), List.of("test.PARCEL_STRANDED"), List.of(), List.of(),
                List.of(new Action(ActionType.CHASE_CARRIER, chase),
                        new Action(ActionType.CONTACT_BUYER, Map.of("channel", "SMS", "template", "DELAY"))));
    }

    private static Finding refund() {
        LocalizedText t = new LocalizedText("退款", "Refund");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("refundId", "R-1");
        parameters.put("amount", new BigDecimal("59.90"));
        return new Finding("REFUND_AUTO_APPROVE", Category.REFUND, Priority.P3, Department.AFTER_SALES, false, t, t,
                Map.of("refunds[0].refundId", "R-1"), List.of("test.REFUND_AUTO_APPROVE"), List.of(), List.of(),
                List.of(new Action(ActionType.APPROVE_REFUND, parameters)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void executed_proposed_and_finally_failed_actions_and_both_escalations_reach_the_report(String name, CaseStore store) {
        // GIVEN a stranded parcel chased by itself and a buyer contact proposed, then approved; a refund
        // whose payment fails on both attempts; the stranded case overdue past twice its target
        StoreFixtures.TestClock clock = new StoreFixtures.TestClock();
        clock.advance(Duration.ofDays(14_000 + new java.util.Random().nextInt(3650)));
        Instant t0 = clock.instant();
        ExceptionHandling handling = ExceptionHandling.builder().clock(clock).store(store)
                .notifier(new RecordingNotifier()).orderFlow(new RecordingOrderFlow())
                .actionPolicies(ActionPolicies.parse(POLICY, "policy.txt"))
                .actionExecutor(r -> {
                    if (r.action().type() == ActionType.APPROVE_REFUND) {
                        throw new IllegalStateException("payment API down");
                    }
                    return "done";
                })
                .actionRetries(2, Duration.ofMinutes(5)).build();
        ActionRunner runner = ActionRunner.of(handling);
        ExceptionMonitor monitor = ExceptionMonitor.builder(handling, ENGINE, family -> List.of())
                .family("ALL", Duration.ofHours(1)).build();
        String o = "A" + UUID.randomUUID().toString().substring(0, 6) + "-";
        handling.reconcile(order(o + "1"), evaluation(o + "1", stranded("SF1")));
        handling.reconcile(order(o + "2"), evaluation(o + "2", refund()));
        runner.runAll(List.of(o + "1", o + "2"));
        clock.advance(Duration.ofMinutes(5));
        handling.deliverPending();
        clock.advance(Duration.ofMinutes(25));
        runner.approve(CaseId.rule(o + "1", "PARCEL_STRANDED"), ActionType.CONTACT_BUYER, "张三");
        clock.advance(Duration.ofMinutes(90));
        monitor.runDue(clock.instant());
        clock.advance(Duration.ofHours(2));
        monitor.runDue(clock.instant());

        // WHEN the cases are read as the report's
        List<ExceptionCase> cases = new ArrayList<>();
        cases.addAll(store.findByOrder(o + "1"));
        cases.addAll(store.findByOrder(o + "2"));
        List<HandledCase> handled = StoredHistory.handledCases(store, cases);
        ExceptionStatistics stats = new StatisticsCollector().addCases(handled).result(clock.instant());

        // THEN each outcome at its time, in the trail's order (both actions are decided before the chase
        // is delivered); the failed attempt that was retried is no outcome
        assertThat(handled.get(0).actions()).extracting(a -> a.type().name(), HandledCase.ActionOutcome::outcome,
                HandledCase.ActionOutcome::at).containsExactly(
                        Tuple.tuple("CONTACT_BUYER", Outcome.PROPOSED, t0),
                        Tuple.tuple("CHASE_CARRIER", Outcome.EXECUTED, t0),
                        Tuple.tuple("CONTACT_BUYER", Outcome.EXECUTED, t0.plus(Duration.ofMinutes(30))));
        assertThat(handled.get(0).escalations()).extracting(HandledCase.Escalation::level, HandledCase.Escalation::at)
                .containsExactly(Tuple.tuple(Level.LEAD, t0.plus(Duration.ofHours(2))),
                        Tuple.tuple(Level.MANAGER, t0.plus(Duration.ofHours(4))));
        assertThat(handled.get(1).actions()).extracting(a -> a.type().name(), HandledCase.ActionOutcome::outcome,
                HandledCase.ActionOutcome::at).containsExactly(
                        Tuple.tuple("APPROVE_REFUND", Outcome.FAILED, t0.plus(Duration.ofMinutes(5))));
        assertThat(handled.get(1).escalations()).isEmpty();
        assertThat(stats.actions()).containsExactly(
                new ActionCount("APPROVE_REFUND", "REFUND_AUTO_APPROVE", 0, 0, 1),
                new ActionCount("CHASE_CARRIER", "PARCEL_STRANDED", 1, 0, 0),
                new ActionCount("CONTACT_BUYER", "PARCEL_STRANDED", 1, 1, 0));
        assertThat(stats.escalations()).containsExactly(new EscalationCount("LOGISTICS", 1, 1));
    }
}
