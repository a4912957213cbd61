package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.finding;
import static io.omsexception.handling.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.testkit.RecordingOrderFlow.Signal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delay mark holds the order until the delay ends, then releases it by itself. */
class DelayMarkTest extends HandlingTestBase {
    private static final CaseId MARK = CaseId.mark("SO-1", "H-1");

    private ExceptionCase markDelayedTwoHours() {
        return handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.CUSTOMER_CHANGED_DELIVERY_TIME, "张三")
                .delayUntil(T0.plus(Duration.ofHours(2))).note("客户要求晚两小时发货").build());
    }

    private static Finding processingTimeout() {
        return finding("ORDER_PROCESSING_TIMEOUT", Category.LOGISTICS, Priority.P2, Department.WAREHOUSE, false,
                new LocalizedText("您的订单正在加急处理", "Your order is being expedited"));
    }

    @Test
    void should_hold_the_order_until_the_delay_ends_then_release_it_by_itself_with_an_audit_entry() {
        // GIVEN
        markDelayedTwoHours();
        assertThat(flow.signals()).containsExactly(new Signal(OrderSignal.HELD, "SO-1", List.of(MARK), null));

        // WHEN the scheduled job runs while the delay lasts
        minutes(119);
        handling.checkOverdue();

        // THEN still held
        assertThat(handling.status("SO-1").held()).isTrue();

        // WHEN it runs once the delay ended
        minutes(1);
        List<QueueEntry> overdue = handling.checkOverdue();

        // THEN the mark was resolved by the system and the order released
        assertThat(overdue).isEmpty();
        assertThat(current(MARK).state()).isEqualTo(CaseState.RESOLVED);
        assertThat(current(MARK).closure().by()).isEqualTo(ExceptionHandling.SYSTEM);
        assertThat(flow.signals()).containsExactly(new Signal(OrderSignal.HELD, "SO-1", List.of(MARK), null),
                new Signal(OrderSignal.RELEASED, "SO-1", List.of(), null));
        assertThat(trailText("SO-1")).endsWith(
                "11:00 system resolved SO-1/mark:H-1 (OPEN → RESOLVED): delay ended at 2026-11-22 11:00 +08:00",
                "11:00 system released order SO-1 — back to pending, re-enter the picking queue");
    }

    @Test
    void should_end_a_delay_that_ended_when_the_order_is_reevaluated() {
        // GIVEN
        markDelayedTwoHours();
        minutes(150);

        // WHEN
        handling.reconcile(order("SO-1"), Fixtures.evaluation("SO-1"));

        // THEN
        assertThat(current(MARK).state()).isEqualTo(CaseState.RESOLVED);
        assertThat(handling.status("SO-1").held()).isFalse();
    }

    @Test
    void should_keep_the_order_held_after_the_delay_when_another_blocking_case_is_open() {
        // GIVEN
        markDelayedTwoHours();
        raise("SO-1", addressIncomplete());

        // WHEN
        minutes(120);
        List<ExceptionCase> ended = handling.endDelays();

        // THEN
        assertThat(ended).extracting(ExceptionCase::id).containsExactly(MARK);
        assertThat(handling.status("SO-1").held()).isTrue();
        assertThat(flow.signals()).extracting(Signal::action).containsExactly(OrderSignal.HELD);
    }

    @Test
    void should_send_no_customer_message_for_a_time_based_finding_while_the_delay_runs() {
        // GIVEN
        markDelayedTwoHours();
        notifier.clear();

        // WHEN the processing timeout and an address problem are raised during the delay
        raise("SO-1", processingTimeout(), addressIncomplete());

        // THEN staff hear of both, the customer only of the address
        assertThat(notifier.staff()).extracting(StaffNotification::caseId).containsExactly(
                CaseId.rule("SO-1", "ORDER_PROCESSING_TIMEOUT"), CaseId.rule("SO-1", "ADDRESS_INCOMPLETE"));
        assertThat(notifier.customer()).extracting(CustomerNotification::caseId)
                .containsExactly(CaseId.rule("SO-1", "ADDRESS_INCOMPLETE"));
    }

    @Test
    void should_tell_the_customer_about_a_time_based_finding_without_a_delay() {
        // GIVEN / WHEN
        raise("SO-1", processingTimeout());

        // THEN
        assertThat(notifier.customer()).extracting(CustomerNotification::caseId)
                .containsExactly(CaseId.rule("SO-1", "ORDER_PROCESSING_TIMEOUT"));
    }
}
