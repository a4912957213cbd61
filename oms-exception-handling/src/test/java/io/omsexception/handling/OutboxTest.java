package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Signals and notifications are stored with the change and delivered at least once, each under its key. */
class OutboxTest extends HandlingTestBase {
    private static final CaseId PAYMENT = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");

    @Test
    void should_give_each_delivery_a_key_naming_its_order_case_kind_and_version() {
        // GIVEN a recording flow that sees the deliveries themselves
        List<String> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
        OrderFlow keyed = new OrderFlow() {
            @Override
            public void hold(String orderId, List<CaseId> blockingCases) {
            }

            @Override
            public void release(String orderId) {
            }

            @Override
            public void cancel(String orderId, String reason, CaseId confirmedCase) {
            }

            @Override
            public void deliver(Delivery delivery) {
                keys.add(delivery.idempotencyKey());
            }
        };
        handling = builder(store, notifier, keyed).build();

        // WHEN
        raise("SO-1", paymentTimeout());
        handling.resolve(current(PAYMENT), "张三", "paid");

        // THEN
        assertThat(keys).containsExactly("SO-1/HELD/1", "SO-1/RELEASED/2");
        assertThat(notifier.staff()).extracting(StaffNotification::idempotencyKey)
                .containsExactly("SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1");
        assertThat(notifier.customer()).extracting(CustomerNotification::idempotencyKey)
                .containsExactly("SO-1/PAYMENT_TIMEOUT/CUSTOMER_PROGRESS/1");
        assertThat(handling.pending("SO-1")).isEmpty();
    }

    @Test
    void should_keep_notifications_pending_while_the_notifier_fails_and_deliver_them_later_with_the_same_keys() {
        // GIVEN a notifier that is down
        AtomicBoolean down = new AtomicBoolean(true);
        RecordingNotifier delivered = new RecordingNotifier();
        Notifier flaky = new Notifier() {
            @Override
            public void notifyStaff(StaffNotification n) {
                if (down.get()) {
                    throw new IllegalStateException("SMS gateway down");
                }
                delivered.notifyStaff(n);
            }

            @Override
            public void notifyCustomer(CustomerNotification n) {
                if (down.get()) {
                    throw new IllegalStateException("SMS gateway down");
                }
                delivered.notifyCustomer(n);
            }
        };
        handling = builder(store, flaky, flow).build();

        // WHEN
        raise("SO-1", paymentTimeout());

        // THEN the change and the hold went through; both notifications wait
        assertThat(flow.signals()).hasSize(1);
        assertThat(handling.pending("SO-1")).extracting(Delivery::idempotencyKey).containsExactly(
                "SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1", "SO-1/PAYMENT_TIMEOUT/CUSTOMER_PROGRESS/1");
        assertThat(handling.pending("SO-1")).extracting(Delivery::attempts).containsExactly(1, 1);

        // WHEN the gateway is back and the job runs
        down.set(false);
        int count = handling.deliverPending();

        // THEN
        assertThat(count).isEqualTo(2);
        assertThat(delivered.staff()).extracting(StaffNotification::idempotencyKey)
                .containsExactly("SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1");
        assertThat(delivered.customer()).hasSize(1);
        assertThat(handling.pending("SO-1")).isEmpty();
        assertThat(handling.deliverPending()).isZero();
    }

    @Test
    void should_deliver_what_a_node_committed_but_never_sent_from_another_node_over_the_same_store() {
        // GIVEN a node that commits and stops before delivering (as if it crashed after the commit)
        RecordingOrderFlow crashedFlow = new RecordingOrderFlow();
        RecordingNotifier crashedNotifier = new RecordingNotifier();
        ExceptionHandling crashed = ExceptionHandling.builder().clock(clock).store(store).notifier(crashedNotifier)
                .orderFlow(crashedFlow).deliverAfterChange(false).build();
        crashed.reconcile(Fixtures.order("SO-1"), Fixtures.evaluation("SO-1", paymentTimeout()));
        assertThat(crashedFlow.signals()).isEmpty();
        assertThat(crashed.status("SO-1").held()).isTrue();

        // WHEN another node's job runs
        int count = handling.deliverPending();

        // THEN nothing was lost
        assertThat(count).isEqualTo(3);
        assertThat(flow.signals()).extracting(RecordingOrderFlow.Signal::action).containsExactly(OrderSignal.HELD);
        assertThat(notifier.staff()).hasSize(1);
        assertThat(notifier.customer()).hasSize(1);
        assertThat(crashedNotifier.staff()).isEmpty();
    }

    @Test
    void should_ignore_a_delivery_whose_key_the_store_already_holds() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        int before = store.pending("SO-1").size();

        // WHEN the same key is enqueued again
        store.enqueue(List.of(Delivery.ofSignal("SO-1/HELD/1", "SO-1", clock.instant(), OrderSignal.HELD,
                List.of(PAYMENT), null, List.of())));

        // THEN
        assertThat(store.pending("SO-1")).hasSize(before);
    }
}
