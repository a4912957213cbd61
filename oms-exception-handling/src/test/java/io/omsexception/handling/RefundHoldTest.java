package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.Order;
import io.omsexception.model.Refund;
import io.omsexception.model.RefundReason;
import io.omsexception.model.RefundStatus;
import io.omsexception.testkit.RecordingOrderFlow.Signal;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refunded order is never sent back to picking by re-evaluation, and a refund that completed says so. */
class RefundHoldTest extends HandlingTestBase {
    private static final CaseId REFUNDED = CaseId.rule("SO-1", "REFUNDED_BEFORE_SHIPMENT");
    private static final CaseId REQUESTED = CaseId.rule("SO-1", "REFUND_REQUESTED");

    private static Finding refundedBeforeShipment() {
        return finding("REFUNDED_BEFORE_SHIPMENT", Category.REFUND, Priority.P1, Department.WAREHOUSE, true,
                new LocalizedText("您的退款已完成，订单不会发货", "Your refund is complete; the order will not ship"));
    }

    private static Finding refundRequested() {
        return finding("REFUND_REQUESTED", Category.REFUND, Priority.P2, Department.FINANCE, true,
                new LocalizedText("退款申请处理中", "Your refund request is being processed"));
    }

    private static Order withCompletedRefund() {
        return Fixtures.order("SO-1").toBuilder().addRefund(new Refund("R-1", RefundStatus.COMPLETED,
                RefundReason.NO_LONGER_NEEDED, new BigDecimal("199.00"),
                OffsetDateTime.parse("2026-11-22T08:30:00+08:00"), null, null, null)).build();
    }

    @Test
    void should_keep_an_order_refunded_before_shipment_held_until_staff_cancel_it() {
        // GIVEN
        raise("SO-1", refundedBeforeShipment());

        // WHEN re-evaluation no longer raises it
        handling.reconcile(Fixtures.order("SO-1"), Fixtures.evaluation("SO-1"));

        // THEN the case stays open and the order held: nothing tells the host to pick it
        assertThat(current(REFUNDED).state()).isEqualTo(CaseState.OPEN);
        assertThat(flow.signals()).extracting(Signal::action).containsExactly(OrderSignal.HELD);

        // WHEN staff try to resolve it
        assertThatThrownBy(() -> handling.resolve(current(REFUNDED), "仓储小赵", "done"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/REFUNDED_BEFORE_SHIPMENT: cannot resolve REFUNDED_BEFORE_SHIPMENT: it holds the"
                        + " order until it is cancelled (confirm the case for the whole order or for the refunded lines)");

        // WHEN they cancel it
        handling.confirm(current(REFUNDED), "仓储小赵", "已全额退款，取消订单");

        // THEN
        assertThat(flow.signals()).extracting(Signal::action).containsExactly(OrderSignal.HELD, OrderSignal.CANCELLED);
    }

    @Test
    void should_say_in_the_trail_that_a_refund_case_closed_because_the_refund_completed() {
        // GIVEN
        raise("SO-1", refundRequested());

        // WHEN the refund completed and the rules raise REFUNDED_BEFORE_SHIPMENT instead
        handling.reconcile(withCompletedRefund(), Fixtures.evaluation("SO-1", refundedBeforeShipment()));

        // THEN
        assertThat(current(REQUESTED).closure().note()).isEqualTo("refund completed (R-1): no longer raised by the rules");
        assertThat(trailText("SO-1")).contains("09:00 system resolved SO-1/REFUND_REQUESTED (OPEN → RESOLVED): refund"
                + " completed (R-1): no longer raised by the rules");
        assertThat(handling.status("SO-1").blockingCases()).containsExactly(REFUNDED);
        assertThat(flow.signals()).extracting(Signal::action).containsExactly(OrderSignal.HELD);
    }

    @Test
    void should_not_mention_a_refund_when_another_case_closes() {
        // GIVEN
        raise("SO-1", Fixtures.addressIncomplete());

        // WHEN
        handling.reconcile(withCompletedRefund(), Fixtures.evaluation("SO-1"));

        // THEN
        assertThat(current(CaseId.rule("SO-1", "ADDRESS_INCOMPLETE")).closure().note())
                .isEqualTo("no longer raised by the rules");
    }
}
