package io.omsexception.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Action;
import io.omsexception.ActionType;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.CustomerTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actions of findings run by policy through the outbox: AUTO, PROPOSE or NEVER, retried with backoff. */
class ActionRunnerTest extends HandlingTestBase {
    static final String POLICY = """
            # refunds under 100 are paid by themselves; larger ones are proposed
            otherwise NEVER
            AUTO    APPROVE_REFUND  code=REFUND_AUTO_APPROVE amountBelow=100
            PROPOSE APPROVE_REFUND
            AUTO    CHASE_CARRIER   code=PARCEL_STRANDED
            """;

    /** Records every request; fails the first {@code failures} calls. */
    static final class Executor implements ActionExecutor {
        final List<ActionRequest> calls = new ArrayList<>();
        int failures;

        @Override
        public synchronized String execute(ActionRequest request) {
            calls.add(request);
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("carrier API timed out");
            }
            return "done " + request.action().type();
        }
    }

    Executor executor;
    ActionRunner runner;

    @BeforeEach
    void setUpActions() {
        executor = new Executor();
        handling = builder().actionPolicies(ActionPolicies.parse(POLICY, "policy.txt")).actionExecutor(executor).build();
        runner = ActionRunner.of(handling);
    }

    static Finding refund(String amount) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("refundId", "R-1");
        parameters.put("amount", new BigDecimal(amount));
        LocalizedText t = new LocalizedText("退款", "Refund");
        return new Finding("REFUND_AUTO_APPROVE", Category.REFUND, Priority.P3, Department.AFTER_SALES, false, t, t,
                Map.of("refunds[0].refundId", "R-1"), List.of("test.REFUND_AUTO_APPROVE"), List.of(), List.of(),
                List.of(new Action(ActionType.APPROVE_REFUND, parameters)));
    }

    static Finding stranded(String tracking) {
        LocalizedText t = new LocalizedText("催派", "Chase");
        Map<String, Object> chase = new LinkedHashMap<>();
        chase.put("carrier", "SF");
        chase.put("trackingNumber", tracking);
        return new Finding("PARCEL_STRANDED", Category.LOGISTICS, Priority.P2, Department.LOGISTICS, false, t, t,
                Map.of("shipment.trackingNumber", tracking), List.of("test.PARCEL_STRANDED"), List.of(), List.of(),
                List.of(new Action(ActionType.CHASE_CARRIER, chase),
                        new Action(ActionType.CONTACT_BUYER, Map.of("channel", "SMS", "template", "DELAY"))));
    }

    @Test
    void a_refund_under_the_limit_is_approved_by_itself_once_under_the_key_of_its_case_and_action() {
        // GIVEN a refund of 59.90 on a case
        ExceptionCase c = raiseOne("SO-1", CustomerTier.REGULAR, refund("59.90"));
        // WHEN the runner runs, twice (a re-evaluation, a crash)
        ActionRunner.Run run = runner.run("SO-1");
        runner.run("SO-1");
        // THEN the executor approved it once, and the trail says so
        assertThat(run.queued()).extracting(ActionRequest::idempotencyKey)
                .containsExactly("SO-1/REFUND_AUTO_APPROVE/APPROVE_REFUND");
        assertThat(executor.calls).hasSize(1);
        assertThat(executor.calls.get(0).action().parameters()).containsEntry("amount", new BigDecimal("59.90"));
        assertThat(executor.calls.get(0).decidedBy()).isEqualTo("system");
        assertThat(trailText("SO-1")).containsSubsequence(
                "09:00 system queued an action of SO-1/REFUND_AUTO_APPROVE (OPEN) — APPROVE_REFUND refundId=R-1, "
                        + "amount=59.90: policy: AUTO",
                "09:00 system executed an action of SO-1/REFUND_AUTO_APPROVE (OPEN) — APPROVE_REFUND refundId=R-1, "
                        + "amount=59.90: done APPROVE_REFUND");
        assertThat(handling.pending("SO-1")).isEmpty();
        assertThat(current(c.id()).state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void a_refund_over_the_limit_is_proposed_and_runs_when_a_person_approves_it() {
        ExceptionCase c = raiseOne("SO-2", CustomerTier.REGULAR, refund("150.00"));

        ActionRunner.Run run = runner.run("SO-2");

        assertThat(run.queued()).isEmpty();
        assertThat(run.proposed()).extracting(r -> r.action().type()).containsExactly(ActionType.APPROVE_REFUND);
        assertThat(executor.calls).isEmpty();
        assertThat(runner.proposals("SO-2")).hasSize(1);
        // WHEN staff approve it
        ActionRequest approved = runner.approve(c.id(), ActionType.APPROVE_REFUND, "张三");
        // THEN it runs, decided by the person, and is no longer a proposal
        assertThat(approved.decidedBy()).isEqualTo("张三");
        assertThat(executor.calls).extracting(ActionRequest::decidedBy).containsExactly("张三");
        assertThat(runner.proposals("SO-2")).isEmpty();
        assertThatThrownBy(() -> runner.approve(c.id(), ActionType.APPROVE_REFUND, "张三"))
                .hasMessage("type: the action APPROVE_REFUND of case SO-2/REFUND_AUTO_APPROVE is queued already");
        assertThatThrownBy(() -> runner.approve(c.id(), ActionType.CANCEL_LINES, "张三"))
                .hasMessage("type: case SO-2/REFUND_AUTO_APPROVE has no proposed action CANCEL_LINES");
    }

    @Test
    void a_never_action_and_one_no_rule_matches_are_left_to_staff() {
        raiseOne("SO-3", CustomerTier.REGULAR, stranded("SF1"));

        ActionRunner.Run run = runner.run("SO-3");

        assertThat(run.queued()).extracting(r -> r.action().type()).containsExactly(ActionType.CHASE_CARRIER);
        assertThat(run.proposed()).isEmpty(); // CONTACT_BUYER: otherwise NEVER
        assertThat(executor.calls).extracting(r -> r.action().type()).containsExactly(ActionType.CHASE_CARRIER);
    }

    @Test
    void stranded_parcels_of_vip_customers_are_chased_first() {
        raiseOne("SO-A", CustomerTier.NEW, stranded("SF-A"));
        raiseOne("SO-B", CustomerTier.REGULAR, stranded("SF-B"));
        raiseOne("SO-C", CustomerTier.VIP, stranded("SF-C"));

        runner.runAll(List.of("SO-A", "SO-B", "SO-C"));

        assertThat(executor.calls).extracting(r -> r.action().text("trackingNumber"))
                .containsExactly("SF-C", "SF-B", "SF-A");
    }

    @Test
    void a_failed_action_becomes_a_case_note_and_is_retried_after_a_backoff_doubling_each_time() {
        // GIVEN a carrier API that fails twice
        executor.failures = 2;
        ExceptionCase c = raiseOne("SO-4", CustomerTier.REGULAR, stranded("SF4"));
        // WHEN the chase is queued: the first attempt fails at once
        runner.run("SO-4");
        assertThat(executor.calls).hasSize(1);
        assertThat(current(c.id()).notes()).extracting(ProgressNote::text).containsExactly(
                "CHASE_CARRIER failed (attempt 1 of 4): carrier API timed out; next attempt at 2026-11-22 09:01 +08:00");
        // THEN nothing is tried before the backoff ends
        minutes(0);
        handling.deliverPending();
        assertThat(executor.calls).hasSize(1);
        minutes(1);
        handling.deliverPending();
        assertThat(executor.calls).hasSize(2); // failed again: the next wait is two minutes
        minutes(1);
        handling.deliverPending();
        assertThat(executor.calls).hasSize(2);
        minutes(1);
        handling.deliverPending();
        // THEN the third attempt ran, under the same key, and succeeded
        assertThat(executor.calls).extracting(ActionRequest::idempotencyKey).containsOnly("SO-4/PARCEL_STRANDED/CHASE_CARRIER");
        assertThat(executor.calls).hasSize(3);
        assertThat(handling.pending("SO-4")).isEmpty();
        assertThat(trailActions("SO-4")).containsSubsequence(CaseAction.ACTION_QUEUED, CaseAction.ACTION_FAILED,
                CaseAction.ACTION_FAILED, CaseAction.ACTION_EXECUTED);
        assertThat(notifier.staff()).noneMatch(n -> n.kind() == NotificationKind.ACTION_FAILED);
    }

    @Test
    void an_action_that_fails_on_every_attempt_tells_the_staff_of_its_department() {
        executor.failures = 100;
        handling = builder().actionPolicies(ActionPolicies.parse(POLICY, "policy.txt")).actionExecutor(executor)
                .actionRetries(2, Duration.ofMinutes(5)).build();
        runner = ActionRunner.of(handling);
        raiseOne("SO-5", CustomerTier.REGULAR, stranded("SF5"));

        runner.run("SO-5");
        minutes(5);
        handling.deliverPending();
        minutes(60);
        handling.deliverPending();

        assertThat(executor.calls).hasSize(2);
        assertThat(handling.pending("SO-5")).isEmpty();
        assertThat(notifier.staff()).filteredOn(n -> n.kind() == NotificationKind.ACTION_FAILED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.department()).isEqualTo(Department.LOGISTICS);
                    assertThat(n.message()).isEqualTo(new LocalizedText(
                            "物流队列的异常 SO-5/PARCEL_STRANDED：自动操作「催派」2 次均失败，请人工处理：carrier API timed out",
                            "Case SO-5/PARCEL_STRANDED in Logistics: the action Chase the carrier failed 2 times; "
                                    + "do it by hand: carrier API timed out"));
                });
        assertThat(trailText("SO-5")).contains("09:05 system failed an action of SO-5/PARCEL_STRANDED (OPEN) — "
                + "CHASE_CARRIER carrier=SF, trackingNumber=SF5: CHASE_CARRIER failed (attempt 2 of 2): carrier API "
                + "timed out; no attempt left, staff are told");
    }

    @Test
    void a_runner_needs_an_executor_and_the_retries_are_checked() {
        ExceptionHandling without = builder().build();
        assertThatThrownBy(() -> ActionRunner.of(without))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("actionExecutor: set one on the builder to run actions");
        assertThatThrownBy(() -> ExceptionHandling.builder().actionRetries(0, Duration.ofMinutes(1)))
                .hasMessage("attempts: must be 1 to 20 but was 0");
        assertThatThrownBy(() -> ExceptionHandling.builder().actionExecutor(executor).actionExecutor(executor))
                .hasMessage("actionExecutor was already set");
    }
}
