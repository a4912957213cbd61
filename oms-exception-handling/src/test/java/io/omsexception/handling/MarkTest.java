package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MarkTest extends HandlingTestBase {
    private static final Instant TOMORROW = T0.plus(Duration.ofDays(1));

    private static MarkRequest delay(String handle) {
        return MarkRequest.builder(handle, MarkReason.DELIVERY_DELAY, "张三").delayUntil(TOMORROW)
                .note("carrier backlog").build();
    }

    @Test
    void should_open_a_blocking_customer_service_case_with_the_defaults() {
        // GIVEN
        MarkRequest request = MarkRequest.builder("H-1", MarkReason.CUSTOMER_CHANGED_DELIVERY_TIME, "张三").build();

        // WHEN
        ExceptionCase c = handling.mark(order("SO-1", CustomerTier.VIP), request);

        // THEN
        assertThat(c.id()).isEqualTo(CaseId.mark("SO-1", "H-1"));
        assertThat(c.id()).hasToString("SO-1/mark:H-1");
        assertThat(c.kind()).isEqualTo(CaseKind.MARK);
        assertThat(c.code()).isEqualTo("CUSTOMER_CHANGED_DELIVERY_TIME");
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.blocking()).isTrue();
        assertThat(c.priority()).isEqualTo(Priority.P3);
        assertThat(c.department()).isEqualTo(Department.CUSTOMER_SERVICE);
        assertThat(c.customerTier()).isEqualTo(CustomerTier.VIP);
        assertThat(c.customerId()).isEqualTo("C-SO-1");
        assertThat(c.finding()).isNull();
        assertThat(c.category()).isEqualTo(Category.INFORMATION);
        assertThat(c.mark()).isEqualTo(request);
        assertThat(c.dueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
    }

    @Test
    void should_make_a_delayed_mark_due_when_the_delay_ends() {
        // GIVEN / WHEN
        ExceptionCase c = handling.mark(order("SO-1"), delay("H-1"));

        // THEN
        assertThat(c.dueAt()).isEqualTo(TOMORROW);
        assertThat(c.mark().delayUntil()).isEqualTo(TOMORROW);
        assertThat(c.mark().note()).isEqualTo("carrier backlog");
    }

    @Test
    void should_create_one_case_when_the_same_handle_is_marked_twice() {
        // GIVEN
        ExceptionCase first = handling.mark(order("SO-1"), delay("H-1"));
        minutes(1);

        // WHEN
        ExceptionCase second = handling.mark(order("SO-1"), delay("H-1"));

        // THEN
        assertThat(second).isEqualTo(first);
        assertThat(handling.cases("SO-1")).hasSize(1);
        assertThat(trailActions("SO-1")).containsExactly(CaseAction.OPEN, OrderSignal.HELD);
        assertThat(notifier.staff()).hasSize(1);
        assertThat(flow.signals()).hasSize(1);
    }

    @Test
    void should_return_the_current_case_when_a_mark_is_repeated_after_it_was_resolved() {
        // GIVEN
        handling.mark(order("SO-1"), delay("H-1"));
        handling.resolve(current(CaseId.mark("SO-1", "H-1")), "张三", "parcel left");

        // WHEN
        ExceptionCase again = handling.mark(order("SO-1"), delay("H-1"));

        // THEN
        assertThat(again.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(handling.cases("SO-1")).hasSize(1);
    }

    @Test
    void should_refuse_a_handle_reused_for_a_different_request() {
        // GIVEN
        handling.mark(order("SO-1"), delay("H-1"));
        MarkRequest other = MarkRequest.builder("H-1", MarkReason.EPIDEMIC_DELAY, "张三").build();

        // WHEN / THEN
        assertThatThrownBy(() -> handling.mark(order("SO-1"), other))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("handle: 'H-1' already marks order SO-1 with a different request");
        assertThat(handling.cases("SO-1")).hasSize(1);
    }

    @Test
    void should_keep_several_open_cases_from_rules_and_people_on_one_order() {
        // GIVEN
        raise("SO-1", paymentTimeout());

        // WHEN
        handling.mark(order("SO-1"), delay("H-1"));
        handling.mark(order("SO-1"), MarkRequest.builder("H-2", MarkReason.EPIDEMIC_DELAY, "李四").blocking(false)
                .department(Department.LOGISTICS).build());

        // THEN
        assertThat(handling.status("SO-1").openCases()).containsExactly(CaseId.rule("SO-1", "PAYMENT_TIMEOUT"),
                CaseId.mark("SO-1", "H-1"), CaseId.mark("SO-1", "H-2"));
        assertThat(handling.status("SO-1").blockingCases()).containsExactly(CaseId.rule("SO-1", "PAYMENT_TIMEOUT"),
                CaseId.mark("SO-1", "H-1"));
    }

    @Test
    void should_accept_a_host_defined_reason() {
        // GIVEN
        MarkReason invoice = MarkReason.of("WAITING_FOR_INVOICE");

        // WHEN
        ExceptionCase c = handling.mark(order("SO-1"), MarkRequest.builder("INV-1", invoice, "财务小李")
                .priority(Priority.P2).department(Department.FINANCE).category(Category.PAYMENT).build());

        // THEN
        assertThat(c.code()).isEqualTo("WAITING_FOR_INVOICE");
        assertThat(c.category()).isEqualTo(Category.PAYMENT);
        assertThat(invoice.isStandard()).isFalse();
        assertThat(MarkReason.EPIDEMIC_DELAY.isStandard()).isTrue();
        assertThat(MarkReason.of("DELIVERY_DELAY")).isEqualTo(MarkReason.DELIVERY_DELAY);
        assertThat(c.department()).isEqualTo(Department.FINANCE);
    }

    @Test
    void should_refuse_an_invalid_reason_code() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> MarkReason.of("waiting for invoice"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("reason: must be upper snake case of at most 64 characters but was 'waiting for invoice'");
        assertThatThrownBy(() -> MarkReason.of(null))
                .isInstanceOf(InvalidFieldException.class).hasMessage("reason: is required");
    }

    @Test
    void should_require_a_note_when_the_reason_is_other() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> MarkRequest.builder("H-1", MarkReason.OTHER, "张三").note(" ").build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("note: is required when the reason is OTHER");
    }

    @Test
    void should_refuse_an_invalid_handle_or_a_missing_actor() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> MarkRequest.builder("H 1/x", MarkReason.DELIVERY_DELAY, "张三").build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("handle: must be 1 to 64 of A-Z a-z 0-9 . _ : - but was 'H 1/x'");
        assertThatThrownBy(() -> MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, null).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor: is required");
        assertThatThrownBy(() -> MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三").priority(null).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("priority: is required");
    }

    @Test
    void should_refuse_a_delay_that_is_not_in_the_future() {
        // GIVEN
        MarkRequest request = MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三").delayUntil(T0).build();

        // WHEN / THEN
        assertThatThrownBy(() -> handling.mark(order("SO-1"), request))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("delayUntil: must be after the current time 2026-11-22T01:00:00Z but was 2026-11-22T01:00:00Z");
        assertThat(handling.cases("SO-1")).isEmpty();
    }

    @Test
    void should_refuse_to_mark_a_cancelled_order() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        handling.confirm(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "张三", "payment never arrived");

        // WHEN / THEN
        assertThatThrownBy(() -> handling.mark(order("SO-1"), delay("H-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("order SO-1 is cancelled (case SO-1/PAYMENT_TIMEOUT was confirmed): cannot mark it");
    }

    @Test
    void should_send_the_customer_the_marks_message_only_when_it_has_one() {
        // GIVEN
        LocalizedText message = new LocalizedText("因疫情延迟发货", "Your delivery is delayed by local restrictions");

        // WHEN
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.EPIDEMIC_DELAY, "张三")
                .customerMessage(message).build());
        handling.mark(order("SO-2"), MarkRequest.builder("H-1", MarkReason.EPIDEMIC_DELAY, "张三").build());

        // THEN
        assertThat(notifier.customer()).singleElement().satisfies(n -> {
            assertThat(n.orderId()).isEqualTo("SO-1");
            assertThat(n.kind()).isEqualTo(NotificationKind.CUSTOMER_PROGRESS);
            assertThat(n.message()).isEqualTo(message);
        });
    }

    @Test
    void should_never_touch_a_mark_when_the_order_is_reevaluated() {
        // GIVEN
        ExceptionCase mark = handling.mark(order("SO-1"), delay("H-1"));
        raise("SO-1", paymentTimeout());

        // WHEN
        Reconciliation r = handling.reconcile(order("SO-1"), Fixtures.evaluation("SO-1"));

        // THEN
        assertThat(r.resolved()).extracting(ExceptionCase::id).containsExactly(CaseId.rule("SO-1", "PAYMENT_TIMEOUT"));
        assertThat(r.unchanged()).isEmpty();
        assertThat(handling.find(mark.id())).contains(mark);
    }
}
