package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nothing opens or moves on a cancelled order, also when the cancellation races with the change. */
class CancelledOrderTest extends HandlingTestBase {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Runs both tasks at once and returns what each threw, or null. */
    private List<Throwable> atOnce(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Throwable>> futures = new ArrayList<>();
        for (Callable<?> task : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    task.call();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Throwable> thrown = new ArrayList<>();
        for (Future<Throwable> f : futures) {
            thrown.add(f.get(60, TimeUnit.SECONDS));
        }
        return thrown;
    }

    @Test
    void should_accept_only_one_of_two_confirms_of_one_orders_cases_made_at_once_and_cancel_the_order_once()
            throws Exception {
        for (int i = 0; i < 40; i++) {
            // GIVEN an order with two open cases, each seen by one person
            String orderId = "SO-" + i;
            raise(orderId, paymentTimeout(), addressIncomplete());
            ExceptionCase payment = current(CaseId.rule(orderId, "PAYMENT_TIMEOUT"));
            ExceptionCase address = current(CaseId.rule(orderId, "ADDRESS_INCOMPLETE"));

            // WHEN both confirm at once
            List<Throwable> thrown = atOnce(() -> handling.confirm(payment, "张三", "payment never came"),
                    () -> handling.confirm(address, "李四", "address does not exist"));

            // THEN one confirm was stored, the other refused; the host was told to cancel once
            assertThat(thrown).filteredOn(t -> t != null).singleElement()
                    .isInstanceOf(IllegalTransitionException.class)
                    .satisfies(t -> assertThat(t.getMessage()).endsWith("of a cancelled order"));
            assertThat(handling.cases(orderId)).filteredOn(c -> c.state() == CaseState.CONFIRMED).hasSize(1);
            assertThat(flow.signals(orderId)).filteredOn(s -> s.action() == OrderSignal.CANCELLED).hasSize(1);
            assertThat(handling.trail(orderId).entries()).filteredOn(e -> e.action() == CaseAction.CONFIRM).hasSize(1);
        }
    }

    @Test
    void should_leave_no_open_case_on_an_order_cancelled_while_it_was_being_marked() throws Exception {
        for (int i = 0; i < 40; i++) {
            // GIVEN
            String orderId = "SO-" + i;
            raise(orderId, paymentTimeout());
            ExceptionCase payment = current(CaseId.rule(orderId, "PAYMENT_TIMEOUT"));

            // WHEN a mark and a confirm race
            atOnce(() -> handling.confirm(payment, "张三", "payment never came"),
                    () -> handling.mark(order(orderId),
                            MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "李四").build()));

            // THEN the order is cancelled and nothing on it is open
            assertThat(handling.status(orderId).cancelled()).isTrue();
            assertThat(handling.cases(orderId)).noneMatch(ExceptionCase::isOpen);
        }
    }

    @Test
    void should_refuse_to_start_assign_move_or_reopen_a_case_of_a_cancelled_order_but_take_a_note() {
        // GIVEN a cancelled order whose other case the system resolved
        raise("SO-1", paymentTimeout(), addressIncomplete());
        handling.confirm(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "张三", "payment never came");
        CaseId address = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");
        int trailSize = handling.trail("SO-1").size();

        // WHEN / THEN
        assertThatThrownBy(() -> handling.start(current(address), "李四"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("case SO-1/ADDRESS_INCOMPLETE: cannot start a case of a cancelled order");
        assertThatThrownBy(() -> handling.assign(current(address), "李四", "王五"))
                .hasMessage("case SO-1/ADDRESS_INCOMPLETE: cannot assign a case of a cancelled order");
        assertThatThrownBy(() -> handling.move(current(address), "李四", io.omsexception.Department.LOGISTICS, null))
                .hasMessage("case SO-1/ADDRESS_INCOMPLETE: cannot move a case of a cancelled order");
        assertThatThrownBy(() -> handling.reopen(current(address), "李四", "customer called back"))
                .hasMessage("case SO-1/ADDRESS_INCOMPLETE: cannot reopen a case of a cancelled order");
        assertThatThrownBy(() -> handling.mark(order("SO-1"),
                MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "李四").build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("order SO-1 is cancelled (case SO-1/PAYMENT_TIMEOUT was confirmed): cannot mark it");
        assertThat(handling.trail("SO-1").size()).isEqualTo(trailSize);

        // WHEN
        ExceptionCase noted = handling.addNote(current(address), "李四", "客户已知悉");

        // THEN
        assertThat(noted.notes()).extracting(ProgressNote::text).containsExactly("客户已知悉");
    }
}
