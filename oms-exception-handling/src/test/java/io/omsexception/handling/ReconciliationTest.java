package io.omsexception.handling;

import io.omsexception.testkit.RecordingOrderFlow;
import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.evaluation;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.outOfStock;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static io.omsexception.handling.Fixtures.unusualAmount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest extends HandlingTestBase {
    private static final CaseId PAYMENT = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
    private static final CaseId ADDRESS = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");
    private static final CaseId STOCK = CaseId.rule("SO-1", "OUT_OF_STOCK");
    private static final CaseId AMOUNT = CaseId.rule("SO-1", "UNUSUAL_AMOUNT");

    private Reconciliation reconcile(Finding... findings) {
        return handling.reconcile(order("SO-1"), evaluation("SO-1", findings));
    }

    private static Finding with(Finding f, Priority priority, Department department, boolean blocking) {
        return new Finding(f.code(), f.category(), priority, department, blocking, f.guidance(), f.customerMessage(),
                f.evidence(), f.rules());
    }

    @Test
    void should_open_a_case_per_finding_of_a_first_evaluation() {
        // GIVEN / WHEN
        Reconciliation r = reconcile(paymentTimeout(), addressIncomplete());

        // THEN
        assertThat(r.opened()).extracting(ExceptionCase::id).containsExactly(PAYMENT, ADDRESS);
        assertThat(r.opened().get(0).finding()).isEqualTo(paymentTimeout());
        assertThat(r.reopened()).isEmpty();
        assertThat(r.updated()).isEmpty();
        assertThat(r.resolved()).isEmpty();
        assertThat(r.unchanged()).isEmpty();
        assertThat(r.changed()).isTrue();
        assertThat(r.status().held()).isTrue();
    }

    @Test
    void should_resolve_by_system_the_cases_whose_finding_disappeared_open_new_ones_and_leave_the_rest() {
        // GIVEN the address was incomplete and stock was missing
        reconcile(paymentTimeout(), addressIncomplete(), outOfStock());
        handling.start(current(PAYMENT), "张三");
        minutes(40);

        // WHEN the address was completed and the stock arrived, but a risk finding appears
        Reconciliation r = reconcile(paymentTimeout(), unusualAmount());

        // THEN
        assertThat(r.resolved()).extracting(ExceptionCase::id).containsExactly(ADDRESS, STOCK);
        assertThat(r.opened()).extracting(ExceptionCase::id).containsExactly(AMOUNT);
        assertThat(r.unchanged()).containsExactly(PAYMENT);
        ExceptionCase address = handling.find(ADDRESS).orElseThrow();
        assertThat(address.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(address.closure()).isEqualTo(new Closure(ExceptionHandling.SYSTEM, T0.plus(Duration.ofMinutes(40)),
                "no longer raised by the rules", null));
        ExceptionCase payment = handling.find(PAYMENT).orElseThrow();
        assertThat(payment.state()).isEqualTo(CaseState.IN_PROGRESS);
        assertThat(payment.version()).isEqualTo(2);
    }

    @Test
    void should_change_nothing_when_the_evaluation_is_the_same_even_if_evidence_moved() {
        // GIVEN
        reconcile(paymentTimeout());
        int trailSize = handling.trail("SO-1").size();
        Finding later = new Finding("PAYMENT_TIMEOUT", paymentTimeout().category(), Priority.P2, Department.FINANCE,
                true, paymentTimeout().guidance(), paymentTimeout().customerMessage(),
                Map.of("minutesSinceCreated", 95), paymentTimeout().rules());

        // WHEN
        Reconciliation r = reconcile(later);

        // THEN
        assertThat(r.changed()).isFalse();
        assertThat(r.unchanged()).containsExactly(PAYMENT);
        assertThat(handling.find(PAYMENT).orElseThrow().version()).isEqualTo(1);
        assertThat(handling.find(PAYMENT).orElseThrow().finding()).isEqualTo(paymentTimeout());
        assertThat(handling.trail("SO-1").size()).isEqualTo(trailSize);
    }

    @Test
    void should_release_the_order_when_reevaluation_finds_no_blocking_exception_left() {
        // GIVEN
        reconcile(paymentTimeout(), addressIncomplete());

        // WHEN
        Reconciliation r = reconcile();

        // THEN
        assertThat(r.resolved()).extracting(ExceptionCase::id).containsExactly(PAYMENT, ADDRESS);
        assertThat(r.status().held()).isFalse();
        assertThat(flow.signals()).extracting(RecordingOrderFlow.Signal::action)
                .containsExactly(OrderSignal.HELD, OrderSignal.RELEASED);
    }

    @Test
    void should_reopen_a_resolved_case_when_its_finding_is_raised_again() {
        // GIVEN stock arrived, then sold out again
        reconcile(outOfStock());
        reconcile();
        minutes(90);

        // WHEN
        Reconciliation r = reconcile(outOfStock());

        // THEN
        assertThat(r.reopened()).extracting(ExceptionCase::id).containsExactly(STOCK);
        ExceptionCase stock = handling.find(STOCK).orElseThrow();
        assertThat(stock.state()).isEqualTo(CaseState.OPEN);
        assertThat(stock.closure()).isNull();
        assertThat(stock.openedAt()).isEqualTo(T0.plus(Duration.ofMinutes(90)));
        assertThat(stock.createdAt()).isEqualTo(T0);
        assertThat(trailText("SO-1")).last().isEqualTo("10:30 system held order SO-1 — blocking: SO-1/OUT_OF_STOCK");
        assertThat(handling.trail("SO-1").of(STOCK)).extracting(AuditEntry::action)
                .containsExactly(CaseAction.OPEN, CaseAction.RESOLVE, CaseAction.REOPEN);
    }

    @Test
    void should_reopen_a_case_resolved_by_staff_while_the_rules_still_raise_it() {
        // GIVEN
        reconcile(addressIncomplete());
        handling.resolve(current(ADDRESS), "张三", "called the customer");

        // WHEN the host re-evaluates before the address was fixed
        Reconciliation r = reconcile(addressIncomplete());

        // THEN
        assertThat(r.reopened()).extracting(ExceptionCase::id).containsExactly(ADDRESS);
        assertThat(handling.status("SO-1").held()).isTrue();
    }

    @Test
    void should_leave_ignored_and_confirmed_cases_alone() {
        // GIVEN
        reconcile(unusualAmount(), paymentTimeout());
        handling.ignore(current(AMOUNT), "风控小王", "regular bulk buyer");
        ExceptionCase ignored = handling.find(AMOUNT).orElseThrow();

        // WHEN the finding is still raised
        Reconciliation r = reconcile(unusualAmount(), paymentTimeout());

        // THEN
        assertThat(r.unchanged()).containsExactly(AMOUNT, PAYMENT);
        assertThat(handling.find(AMOUNT)).contains(ignored);

        // WHEN the finding is gone
        r = reconcile(paymentTimeout());

        // THEN
        assertThat(r.unchanged()).containsExactly(PAYMENT, AMOUNT);
        assertThat(handling.find(AMOUNT)).contains(ignored);
    }

    @Test
    void should_update_an_open_case_when_its_finding_changes_priority_department_or_blocking() {
        // GIVEN
        reconcile(paymentTimeout());
        minutes(10);

        // WHEN the finding became advisory, more urgent and moved to risk control
        Finding changed = with(paymentTimeout(), Priority.P1, Department.RISK_CONTROL, false);
        Reconciliation r = reconcile(changed);

        // THEN
        assertThat(r.updated()).extracting(ExceptionCase::id).containsExactly(PAYMENT);
        ExceptionCase c = handling.find(PAYMENT).orElseThrow();
        assertThat(c.priority()).isEqualTo(Priority.P1);
        assertThat(c.department()).isEqualTo(Department.RISK_CONTROL);
        assertThat(c.blocking()).isFalse();
        assertThat(c.finding()).isEqualTo(changed);
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(trailText("SO-1")).containsExactly(
                "09:00 system opened SO-1/PAYMENT_TIMEOUT (OPEN) — P2, FINANCE, blocking",
                "09:00 system held order SO-1 — blocking: SO-1/PAYMENT_TIMEOUT",
                "09:10 system updated SO-1/PAYMENT_TIMEOUT (OPEN) — priority P2 → P1; department FINANCE → RISK_CONTROL;"
                        + " blocking true → false",
                "09:10 system released order SO-1 — back to pending, re-enter the picking queue");
        assertThat(handling.queue(Department.FINANCE)).isEmpty();
        assertThat(handling.queue(Department.RISK_CONTROL)).extracting(QueueEntry::caseId).containsExactly(PAYMENT);
    }

    @Test
    void should_refuse_an_evaluation_of_another_order() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> handling.reconcile(order("SO-1"), evaluation("SO-2", paymentTimeout())))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("evaluation.orderId: must be SO-1 but was SO-2");
        assertThat(handling.cases("SO-1")).isEmpty();
        assertThat(handling.cases("SO-2")).isEmpty();
    }
}
