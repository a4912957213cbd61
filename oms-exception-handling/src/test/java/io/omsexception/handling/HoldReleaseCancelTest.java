package io.omsexception.handling;

import io.omsexception.testkit.RecordingOrderFlow;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static io.omsexception.handling.Fixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.LocalizedText;
import io.omsexception.testkit.RecordingOrderFlow.Signal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HoldReleaseCancelTest extends HandlingTestBase {
    private static final CaseId PAYMENT = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
    private static final CaseId ADDRESS = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");
    private static final CaseId AMOUNT = CaseId.rule("SO-1", "UNUSUAL_AMOUNT");

    private static Signal held(CaseId... cases) {
        return new Signal(OrderSignal.HELD, "SO-1", List.of(cases), null);
    }

    private static Signal released() {
        return new Signal(OrderSignal.RELEASED, "SO-1", List.of(), null);
    }

    @Test
    void should_hold_the_order_once_when_blocking_cases_open() {
        // GIVEN / WHEN
        raise("SO-1", paymentTimeout(), addressIncomplete());

        // THEN
        assertThat(flow.signals()).containsExactly(held(PAYMENT, ADDRESS));
        assertThat(handling.status("SO-1")).isEqualTo(new OrderStatus("SO-1", true, false,
                List.of(PAYMENT, ADDRESS), List.of(PAYMENT, ADDRESS)));
    }

    @Test
    void should_not_hold_the_order_for_an_advisory_case() {
        // GIVEN / WHEN
        raise("SO-1", unusualAmount());

        // THEN
        assertThat(flow.signals()).isEmpty();
        assertThat(handling.status("SO-1").held()).isFalse();
        assertThat(handling.status("SO-1").openCases()).containsExactly(AMOUNT);
    }

    @Test
    void should_release_the_order_when_the_last_blocking_case_is_resolved() {
        // GIVEN
        raise("SO-1", paymentTimeout(), addressIncomplete(), unusualAmount());

        // WHEN
        handling.resolve(current(PAYMENT), "张三", "customer paid");

        // THEN still held by the address
        assertThat(flow.signals()).containsExactly(held(PAYMENT, ADDRESS));
        assertThat(handling.status("SO-1").held()).isTrue();

        // WHEN
        handling.resolve(current(ADDRESS), "李四", "house number added");

        // THEN released although the advisory case is still open
        assertThat(flow.signals()).containsExactly(held(PAYMENT, ADDRESS), released());
        assertThat(handling.status("SO-1")).isEqualTo(new OrderStatus("SO-1", false, false, List.of(AMOUNT), List.of()));
        assertThat(trailText("SO-1")).last()
                .isEqualTo("09:00 system released order SO-1 — back to pending, re-enter the picking queue");
    }

    @Test
    void should_release_the_order_when_the_last_blocking_case_is_ignored_with_an_override() {
        // GIVEN
        raise("SO-1", paymentTimeout());

        // WHEN
        handling.ignore(current(PAYMENT), "张三", "paid offline", new IgnoreOverride("王经理", "receipt checked"));

        // THEN
        assertThat(flow.signals()).containsExactly(held(PAYMENT), released());
    }

    @Test
    void should_hold_the_order_again_when_a_blocking_case_is_reopened() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        handling.resolve(current(PAYMENT), "张三", "customer paid");

        // WHEN
        handling.reopen(current(PAYMENT), "张三", "payment was reversed");

        // THEN
        assertThat(flow.signals()).containsExactly(held(PAYMENT), released(), held(PAYMENT));
        assertThat(handling.status("SO-1").held()).isTrue();
    }

    @Test
    void should_cancel_the_order_and_tell_the_customer_the_reason_when_a_case_is_confirmed() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        notifier.clear();

        // WHEN
        handling.confirm(current(PAYMENT), "张三", "payment not received within 24 hours");

        // THEN
        assertThat(flow.signals()).containsExactly(held(PAYMENT), new Signal(OrderSignal.CANCELLED, "SO-1",
                List.of(PAYMENT), "payment not received within 24 hours"));
        assertThat(notifier.customer()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ORDER_CANCELLED);
            assertThat(n.orderId()).isEqualTo("SO-1");
            assertThat(n.customerId()).isEqualTo("C-SO-1");
            assertThat(n.caseId()).isEqualTo(PAYMENT);
            assertThat(n.message()).isEqualTo(new LocalizedText("您的订单 SO-1 已取消：payment not received within 24 hours",
                    "Your order SO-1 has been cancelled: payment not received within 24 hours"));
            assertThat(n.channels()).containsExactly(Channel.SMS);
        });
        assertThat(handling.status("SO-1")).isEqualTo(new OrderStatus("SO-1", false, true, List.of(), List.of()));
    }

    @Test
    void should_close_the_other_open_cases_of_a_cancelled_order_without_releasing_it() {
        // GIVEN
        raise("SO-1", paymentTimeout(), addressIncomplete(), unusualAmount());
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "李四").build());

        // WHEN
        handling.confirm(current(PAYMENT), "张三", "fraud confirmed");

        // THEN
        assertThat(handling.cases("SO-1")).extracting(ExceptionCase::state).containsExactly(
                CaseState.CONFIRMED, CaseState.RESOLVED, CaseState.RESOLVED, CaseState.RESOLVED);
        assertThat(handling.find(ADDRESS).orElseThrow().closure().note())
                .isEqualTo("order cancelled: case SO-1/PAYMENT_TIMEOUT was confirmed");
        assertThat(flow.signals()).extracting(Signal::action)
                .containsExactly(OrderSignal.HELD, OrderSignal.CANCELLED);
    }

    @Test
    void should_tell_the_host_and_the_customer_about_a_cancellation_only_once() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        handling.confirm(current(PAYMENT), "张三", "fraud confirmed");

        // WHEN later actions touch the cancelled order, after the notification window
        clock.advance(java.time.Duration.ofHours(3));
        handling.addNote(current(PAYMENT), "张三", "police report filed");
        handling.syncOrder("SO-1");
        handling.reconcile(order("SO-1"), Fixtures.evaluation("SO-1", paymentTimeout()));

        // THEN
        assertThat(flow.signals()).filteredOn(s -> s.action() == OrderSignal.CANCELLED).hasSize(1);
        assertThat(handling.trail("SO-1").entries()).filteredOn(e -> e.action() == OrderSignal.CANCELLED)
                .hasSize(1);
        assertThat(notifier.customer()).filteredOn(n -> n.kind() == NotificationKind.ORDER_CANCELLED).hasSize(1);
    }

    @Test
    void should_leave_a_cancelled_order_alone_on_reevaluation() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        handling.confirm(current(PAYMENT), "张三", "fraud confirmed");
        int trailSize = handling.trail("SO-1").size();

        // WHEN
        Reconciliation r = handling.reconcile(order("SO-1"), Fixtures.evaluation("SO-1", addressIncomplete()));

        // THEN
        assertThat(r.changed()).isFalse();
        assertThat(r.unchanged()).containsExactly(PAYMENT);
        assertThat(r.status().cancelled()).isTrue();
        assertThat(handling.cases("SO-1")).hasSize(1);
        assertThat(handling.trail("SO-1").size()).isEqualTo(trailSize);
    }

    @Test
    void should_keep_the_change_and_retry_the_signal_when_the_host_fails_to_release() {
        // GIVEN a host whose first release fails
        AtomicInteger releases = new AtomicInteger();
        OrderFlow failingOnce = new OrderFlow() {
            @Override
            public void hold(String orderId, List<CaseId> blockingCases) {
                flow.hold(orderId, blockingCases);
            }

            @Override
            public void release(String orderId) {
                if (releases.incrementAndGet() == 1) {
                    throw new IllegalStateException("ERP unavailable");
                }
                flow.release(orderId);
            }

            @Override
            public void cancel(String orderId, String reason, CaseId confirmedCase) {
                flow.cancel(orderId, reason, confirmedCase);
            }
        };
        handling = builder(store, notifier, failingOnce).build();
        raise("SO-1", paymentTimeout());

        // WHEN
        assertThatThrownBy(() -> handling.resolve(current(PAYMENT), "张三", "customer paid"))
                .isInstanceOfSatisfying(OrderFlowException.class, e -> {
                    assertThat(e.orderId()).isEqualTo("SO-1");
                    assertThat(e.signal()).isEqualTo(OrderSignal.RELEASED);
                })
                .hasMessage("order SO-1: the host failed to release the order (java.lang.IllegalStateException: "
                        + "ERP unavailable); the case change was committed, call syncOrder to retry");

        // THEN the case change and the release decided with it stand; the release stays pending
        assertThat(handling.find(PAYMENT).orElseThrow().state()).isEqualTo(CaseState.RESOLVED);
        assertThat(trailActions("SO-1")).containsExactly(CaseAction.OPEN, OrderSignal.HELD, CaseAction.RESOLVE,
                OrderSignal.RELEASED);
        assertThat(handling.pending("SO-1")).singleElement().satisfies(d -> {
            assertThat(d.signal()).isEqualTo(OrderSignal.RELEASED);
            assertThat(d.idempotencyKey()).isEqualTo("SO-1/RELEASED/2");
            assertThat(d.attempts()).isEqualTo(1);
        });

        // WHEN the host's job retries
        OrderStatus status = handling.syncOrder("SO-1");

        // THEN
        assertThat(status.held()).isFalse();
        assertThat(flow.signals()).containsExactly(held(PAYMENT), released());
        assertThat(handling.pending("SO-1")).isEmpty();
        assertThat(trailActions("SO-1")).containsExactly(CaseAction.OPEN, OrderSignal.HELD, CaseAction.RESOLVE,
                OrderSignal.RELEASED);

        // WHEN synced again, nothing more is sent
        handling.syncOrder("SO-1");
        assertThat(flow.signals()).hasSize(2);
    }

    @Test
    void should_not_fail_the_change_when_the_notifier_fails() {
        // GIVEN
        Notifier broken = new Notifier() {
            @Override
            public void notifyStaff(StaffNotification n) {
                throw new IllegalStateException("SMS gateway down");
            }

            @Override
            public void notifyCustomer(CustomerNotification n) {
                throw new IllegalStateException("SMS gateway down");
            }
        };
        handling = builder(store, broken, flow).build();

        // WHEN
        List<ExceptionCase> opened = raise("SO-1", paymentTimeout());

        // THEN
        assertThat(opened).extracting(ExceptionCase::id).containsExactly(PAYMENT);
        assertThat(flow.signals()).containsExactly(held(PAYMENT));
    }
}
