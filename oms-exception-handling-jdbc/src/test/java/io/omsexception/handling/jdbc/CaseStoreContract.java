package io.omsexception.handling.jdbc;

import static io.omsexception.handling.jdbc.StoreFixtures.T0;
import static io.omsexception.handling.jdbc.StoreFixtures.ZONE;
import static io.omsexception.handling.jdbc.StoreFixtures.addressIncomplete;
import static io.omsexception.handling.jdbc.StoreFixtures.evaluation;
import static io.omsexception.handling.jdbc.StoreFixtures.order;
import static io.omsexception.handling.jdbc.StoreFixtures.paymentTimeout;
import static io.omsexception.handling.jdbc.StoreFixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.handling.AuditEntry;
import io.omsexception.handling.CaseConflictException;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.CaseState;
import io.omsexception.handling.CaseStore;
import io.omsexception.handling.Delivery;
import io.omsexception.handling.ExceptionCase;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.IgnoreOverride;
import io.omsexception.handling.MarkReason;
import io.omsexception.handling.MarkRequest;
import io.omsexception.handling.OrderSignal;
import io.omsexception.testkit.RecordingNotifier;
import io.omsexception.testkit.RecordingOrderFlow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaseStore} keeps, run against each store by a subclass: in memory, H2,
 * PostgreSQL and MariaDB. Every test uses orders of its own (a random prefix), so the databases
 * are shared by the tests of a JVM and never cleaned (their trails cannot be).
 */
abstract class CaseStoreContract {
    StoreFixtures.TestClock clock;
    CaseStore store;
    RecordingNotifier notifier;
    RecordingOrderFlow flow;
    ExceptionHandling handling;
    private String prefix;

    /** @return the store under test, over a database shared by the class's tests */
    abstract CaseStore store();

    /** Changes and deletes an entry of the order's trail behind the store's back, and checks both were refused. */
    abstract void assertTrailCannotBeChanged(String orderId);

    @BeforeEach
    void setUpStore() {
        clock = new StoreFixtures.TestClock();
        store = store();
        notifier = new RecordingNotifier();
        flow = new RecordingOrderFlow();
        handling = ExceptionHandling.builder().clock(clock).store(store).notifier(notifier).orderFlow(flow).build();
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** @return the test's own id of an order */
    String o(String orderId) {
        return prefix + orderId;
    }

    @Test
    void should_read_a_rule_case_back_equal_after_every_kind_of_change() {
        // GIVEN / WHEN a case opened, started, given a work order and notes, then ignored with an override
        ExceptionCase c = handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout())).opened().get(0);
        assertThat(store.find(c.id())).contains(c);
        clock.advance(Duration.ofMinutes(1));
        c = handling.start(c, "张三");
        c = handling.openWorkOrder(c, "张三", order(o("SO-1")), "客户要求周六送达", "李四");
        c = handling.addNote(c, "李四", "已联系客户");
        c = handling.addNote(c, "李四", "客户确认");
        assertThat(store.find(c.id())).contains(c);
        c = handling.ignore(c, "李四", "重复订单", new IgnoreOverride("财务主管", "已核对"));

        // THEN
        assertThat(store.find(c.id())).contains(c);
        assertThat(c.notes()).hasSize(2);
        assertThat(c.workOrder().order()).isEqualTo(order(o("SO-1")));
        assertThat(store.findByOrder(o("SO-1"))).containsExactly(c);
    }

    @Test
    void should_read_a_mark_and_a_case_confirmed_for_lines_back_equal() {
        // GIVEN
        MarkRequest request = MarkRequest.builder("CS-1", MarkReason.of("WAITING_FOR_INVOICE"), "财务小李")
                .category(Category.PAYMENT).priority(Priority.P2).department(Department.FINANCE)
                .delayUntil(T0.plus(Duration.ofHours(3)).plusNanos(1_234_567)).note("等发票")
                .customerMessage(new LocalizedText("发票开具中", "Your invoice is being issued")).build();

        // WHEN
        ExceptionCase mark = handling.mark(order(o("SO-1")), request);
        ExceptionCase stock = handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), addressIncomplete()))
                .opened().get(0);
        ExceptionCase confirmed = handling.confirm(stock, "仓储", "缺货", List.of("L1", "L3"));

        // THEN
        assertThat(store.find(mark.id())).contains(mark);
        assertThat(mark.mark().delayUntil()).isEqualTo(T0.plus(Duration.ofHours(3)).plusNanos(1_234_000));
        assertThat(store.find(confirmed.id())).contains(confirmed);
        assertThat(store.findByOrder(o("SO-1"))).containsExactly(mark, confirmed);
    }

    @Test
    void should_refuse_a_second_insert_of_a_case_and_keep_the_first() {
        // GIVEN
        ExceptionCase c = handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout())).opened().get(0);
        int trail = store.trail(o("SO-1")).size();

        // WHEN / THEN
        assertThatThrownBy(() -> store.insert(c, List.of(AuditEntry.opened(c, "other node", null))))
                .isInstanceOf(CaseConflictException.class)
                .hasMessage("case " + o("SO-1") + "/PAYMENT_TIMEOUT: expected no case but found version 1 (changed"
                        + " concurrently); reload it and retry");
        assertThat(store.trail(o("SO-1"))).hasSize(trail);
        assertThat(store.find(c.id())).contains(c);
    }

    @Test
    void should_refuse_an_update_over_a_stale_version_and_change_nothing() {
        // GIVEN a case at version 2, and a change derived from version 1
        ExceptionCase v1 = handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout())).opened().get(0);
        ExceptionCase v2 = handling.assign(v1, "组长", "张三");
        int trail = store.trail(o("SO-1")).size();

        // WHEN / THEN
        assertThatThrownBy(() -> handling.assign(v1, "组长", "李四"))
                .isInstanceOf(CaseConflictException.class)
                .hasMessage("case " + v1.id() + ": expected version 1 but found version 2 (changed concurrently);"
                        + " reload it and retry");
        assertThatThrownBy(() -> store.update(v2, List.of(AuditEntry.transition(v1, v2, "x",
                io.omsexception.handling.CaseAction.ASSIGN, null))))
                .isInstanceOf(CaseConflictException.class)
                .hasMessageContaining("expected version 1 but found version 2");
        assertThat(store.find(v1.id())).contains(v2);
        assertThat(store.trail(o("SO-1"))).hasSize(trail);
    }

    @Test
    void should_return_the_trail_in_the_order_it_was_appended_and_keep_it_append_only() {
        // GIVEN / WHEN
        handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout(), addressIncomplete()));
        clock.advance(Duration.ofMinutes(5));
        handling.resolve(handling.find(CaseId.rule(o("SO-1"), "PAYMENT_TIMEOUT")).orElseThrow(), "张三", "paid");
        handling.resolve(handling.find(CaseId.rule(o("SO-1"), "ADDRESS_INCOMPLETE")).orElseThrow(), "张三", "fixed");

        // THEN
        String id = o("SO-1");
        assertThat(handling.trail(id).entries()).extracting(e -> e.toText(ZONE)).containsExactly(
                "09:00 system opened " + id + "/PAYMENT_TIMEOUT (OPEN) — P2, FINANCE, blocking",
                "09:00 system opened " + id + "/ADDRESS_INCOMPLETE (OPEN) — P3, CUSTOMER_SERVICE, blocking",
                "09:00 system held order " + id + " — blocking: " + id + "/PAYMENT_TIMEOUT, " + id + "/ADDRESS_INCOMPLETE",
                "09:05 张三 resolved " + id + "/PAYMENT_TIMEOUT (OPEN → RESOLVED): paid",
                "09:05 张三 resolved " + id + "/ADDRESS_INCOMPLETE (OPEN → RESOLVED): fixed",
                "09:05 system released order " + id + " — back to pending, re-enter the picking queue");
        assertTrailCannotBeChanged(id);
        assertThat(handling.trail(id).size()).isEqualTo(6);
    }

    @Test
    void should_find_open_cases_by_department_and_marks_whose_delay_ended() {
        // GIVEN
        handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout(), unusualAmount()));
        handling.reconcile(order(o("SO-2")), evaluation(o("SO-2"), paymentTimeout()));
        handling.resolve(handling.find(CaseId.rule(o("SO-2"), "PAYMENT_TIMEOUT")).orElseThrow(), "张三", "paid");
        handling.mark(order(o("SO-3")), MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三")
                .delayUntil(T0.plus(Duration.ofHours(1))).build());

        // WHEN / THEN
        assertThat(mine(store.findOpen(Department.FINANCE))).containsExactly(CaseId.rule(o("SO-1"), "PAYMENT_TIMEOUT"));
        assertThat(mine(store.findOpen(Department.RISK_CONTROL))).containsExactly(CaseId.rule(o("SO-1"), "UNUSUAL_AMOUNT"));
        assertThat(mine(store.findOpen())).containsExactlyInAnyOrder(CaseId.rule(o("SO-1"), "PAYMENT_TIMEOUT"),
                CaseId.rule(o("SO-1"), "UNUSUAL_AMOUNT"), CaseId.mark(o("SO-3"), "H-1"));
        assertThat(mine(store.findDelayEnded(T0.plus(Duration.ofMinutes(59))))).isEmpty();
        assertThat(mine(store.findDelayEnded(T0.plus(Duration.ofHours(1))))).containsExactly(CaseId.mark(o("SO-3"), "H-1"));
    }

    private List<CaseId> mine(List<ExceptionCase> cases) {
        return cases.stream().map(ExceptionCase::id).filter(id -> id.orderId().startsWith(prefix)).toList();
    }

    @Test
    void should_undo_every_write_of_a_unit_that_throws() {
        // GIVEN
        ExceptionCase c = handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout())).opened().get(0);
        int trail = store.trail(o("SO-1")).size();
        int pending = store.pending(o("SO-1")).size();

        // WHEN a unit changes the case, appends, enqueues, then fails
        assertThatThrownBy(() -> store.inOrder(o("SO-1"), () -> {
            ExceptionCase next = handling.find(c.id()).orElseThrow();
            ExceptionCase assigned = new ExceptionCase(next.id(), next.version() + 1, next.state(), next.code(),
                    next.category(), next.priority(), next.department(), next.blocking(), next.finding(), next.mark(),
                    next.customerId(), next.customerTier(), next.createdAt(), next.openedAt(), next.dueAt(),
                    next.updatedAt(), "王五", next.notes(), next.workOrder(), next.closure(), next.channel(),
                    next.carrier());
            store.update(assigned, List.of(AuditEntry.transition(next, assigned, "王五",
                    io.omsexception.handling.CaseAction.ASSIGN, null)));
            store.enqueue(List.of(Delivery.ofSignal(o("SO-1") + "/X/1", o("SO-1"), T0, OrderSignal.RELEASED, List.of(),
                    null, List.of())));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        // THEN
        assertThat(store.find(c.id())).contains(c);
        assertThat(store.trail(o("SO-1"))).hasSize(trail);
        assertThat(store.pending(o("SO-1"))).hasSize(pending);
    }

    @Test
    void should_refuse_to_enter_a_unit_of_another_order_from_inside_one() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> store.inOrder(o("SO-1"), () -> store.inOrder(o("SO-2"), () -> 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a unit of order " + o("SO-1") + " cannot enter one of order " + o("SO-2"));
        assertThat(store.inOrder(o("SO-1"), () -> store.inOrder(o("SO-1"), () -> 7))).isEqualTo(7);
    }

    @Test
    void should_run_the_units_of_one_order_one_at_a_time() throws Exception {
        // GIVEN two threads that each read the trail's length and append an entry numbered by it, 40 times
        String orderId = o("SO-1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        store.inOrder(orderId, () -> {
                            int n = store.trail(orderId).size();
                            store.append(orderId, List.of(AuditEntry.released(orderId, T0.plusSeconds(n))));
                            return n;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // THEN no two units read the same length: the entries are numbered 0 to 79
        assertThat(store.trail(orderId)).extracting(AuditEntry::at)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 80).mapToObj(T0::plusSeconds).toList());
    }

    @Test
    void should_keep_each_idempotency_key_once_and_return_pending_deliveries_in_order() {
        // GIVEN
        String a = o("SO-A");
        String b = o("SO-B");
        store.enqueue(List.of(Delivery.ofSignal(a + "/HELD/1", a, T0, OrderSignal.HELD, List.of(CaseId.rule(a, "X")),
                null, List.of()), Delivery.ofSignal(b + "/HELD/1", b, T0, OrderSignal.HELD, List.of(CaseId.rule(b, "X")),
                null, List.of())));
        store.enqueue(List.of(Delivery.ofSignal(a + "/LINES_CANCELLED/2", a, T0, OrderSignal.LINES_CANCELLED,
                List.of(CaseId.rule(a, "X")), "缺货", List.of("L1")), Delivery.ofSignal(a + "/HELD/1", a, T0.plusSeconds(9),
                OrderSignal.RELEASED, List.of(), null, List.of())));

        // WHEN / THEN
        assertThat(store.pending(a)).extracting(Delivery::idempotencyKey).containsExactly(a + "/HELD/1",
                a + "/LINES_CANCELLED/2");
        assertThat(store.pending(a).get(1)).isEqualTo(Delivery.ofSignal(a + "/LINES_CANCELLED/2", a, T0,
                OrderSignal.LINES_CANCELLED, List.of(CaseId.rule(a, "X")), "缺货", List.of("L1")));
        assertThat(store.ordersWithPending(1000)).containsSubsequence(a, b);

        store.failed(a + "/HELD/1");
        assertThat(store.pending(a).get(0).attempts()).isEqualTo(1);
        store.delivered(a + "/HELD/1", T0);
        store.enqueue(List.of(Delivery.ofSignal(a + "/HELD/1", a, T0, OrderSignal.HELD, List.of(), null, List.of())));
        assertThat(store.pending(a)).extracting(Delivery::idempotencyKey).containsExactly(a + "/LINES_CANCELLED/2");
    }

    @Test
    void should_store_notifications_in_the_outbox_and_read_them_back_equal() {
        // GIVEN a front door that leaves delivery to the job
        ExceptionHandling deferred = ExceptionHandling.builder().clock(clock).store(store).notifier(notifier)
                .orderFlow(flow).deliverAfterChange(false).build();

        // WHEN
        deferred.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout()));
        List<Delivery> pending = store.pending(o("SO-1"));
        int delivered = deferred.deliverPending();

        // THEN (other tests' pending deliveries in a shared database may go out too)
        assertThat(pending).extracting(d -> d.signal() != null ? "signal" : d.staff() != null ? "staff" : "customer")
                .containsExactly("staff", "customer", "signal");
        assertThat(delivered).isGreaterThanOrEqualTo(3);
        assertThat(notifier.staff()).filteredOn(n -> n.caseId().orderId().equals(o("SO-1")))
                .containsExactly(pending.get(0).staff());
        assertThat(notifier.customer()).filteredOn(n -> n.orderId().equals(o("SO-1")))
                .containsExactly(pending.get(1).customer());
        assertThat(flow.signals(o("SO-1"))).extracting(RecordingOrderFlow.Signal::action)
                .containsExactly(OrderSignal.HELD);
        assertThat(store.pending(o("SO-1"))).isEmpty();
    }

    @Test
    void should_keep_a_findings_actions_and_an_action_in_the_outbox_and_read_them_back_equal() {
        // GIVEN a case whose finding carries a refund approval, a runner that leaves delivery to the job
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("refundId", "R-1");
        parameters.put("amount", new java.math.BigDecimal("59.90"));
        parameters.put("lines", List.of(0, 2));
        io.omsexception.Finding f = paymentTimeout();
        io.omsexception.Finding withAction = new io.omsexception.Finding(f.code(), f.category(), f.priority(),
                f.department(), f.blocking(), f.guidance(), f.customerMessage(), f.evidence(), f.rules(), f.skus(),
                f.lines(), List.of(new io.omsexception.Action(io.omsexception.ActionType.APPROVE_REFUND, parameters)));
        List<io.omsexception.handling.ActionRequest> executed = new java.util.ArrayList<>();
        ExceptionHandling deferred = ExceptionHandling.builder().clock(clock).store(store).notifier(notifier)
                .orderFlow(flow).deliverAfterChange(false)
                .actionPolicies(io.omsexception.handling.ActionPolicies.parse("AUTO APPROVE_REFUND", "policy"))
                .actionExecutor(r -> {
                    executed.add(r);
                    return "paid";
                }).build();
        ExceptionCase c = deferred.reconcile(order(o("SO-1")), evaluation(o("SO-1"), withAction)).opened().get(0);

        // WHEN
        io.omsexception.handling.ActionRunner.Run run = io.omsexception.handling.ActionRunner.of(deferred).run(o("SO-1"));
        List<Delivery> pending = store.pending(o("SO-1"));
        deferred.deliverPending();

        // THEN the case, the delivery and the request read back equal, and the trail has both steps
        assertThat(store.find(c.id()).orElseThrow().finding()).isEqualTo(withAction);
        assertThat(pending).filteredOn(d -> d.action() != null).extracting(Delivery::action)
                .containsExactly(run.queued().get(0));
        assertThat(executed).containsExactly(run.queued().get(0));
        assertThat(store.trail(o("SO-1"))).extracting(AuditEntry::action).containsSubsequence(
                io.omsexception.handling.CaseAction.ACTION_QUEUED, io.omsexception.handling.CaseAction.ACTION_EXECUTED);
        assertThat(store.pending(o("SO-1"))).isEmpty();
    }

    @Test
    void should_cancel_an_order_once_and_close_its_other_cases() {
        // GIVEN
        handling.reconcile(order(o("SO-1")), evaluation(o("SO-1"), paymentTimeout(), addressIncomplete()));

        // WHEN
        handling.confirm(handling.find(CaseId.rule(o("SO-1"), "PAYMENT_TIMEOUT")).orElseThrow(), "张三", "未付款");

        // THEN
        assertThat(store.findByOrder(o("SO-1"))).extracting(ExceptionCase::state)
                .containsExactly(CaseState.CONFIRMED, CaseState.RESOLVED);
        assertThat(flow.signals()).extracting(RecordingOrderFlow.Signal::action)
                .containsExactly(OrderSignal.HELD, OrderSignal.CANCELLED);
        assertThat(handling.status(o("SO-1")).cancelled()).isTrue();
    }
}
