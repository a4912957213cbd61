package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.ZONE;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTrailTest extends HandlingTestBase {
    private static final CaseId ADDRESS = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");

    @Test
    void should_record_one_entry_per_action_in_order_with_who_when_what_before_after_and_note() {
        // GIVEN / WHEN
        raise("SO-1", addressIncomplete());
        minutes(5);
        handling.start(current(ADDRESS), "张三");
        minutes(5);
        handling.assign(current(ADDRESS), "组长", "李四");
        minutes(5);
        handling.addNote(current(ADDRESS), "李四", "客户电话未接通");
        minutes(75);
        handling.resolve(current(ADDRESS), "李四", "changed the shipping address to 朝阳路 88 号");
        clock.set(T0.plus(Duration.ofDays(1)));
        handling.reopen(current(ADDRESS), "王五", "courier says the number is wrong");
        minutes(20);
        handling.ignore(current(ADDRESS), "王五", "courier will call the recipient",
                new IgnoreOverride("王经理", "VIP, recipient known to courier"));

        // THEN
        AuditTrail trail = handling.trail("SO-1");
        assertThat(trail.toText(ZONE)).isEqualTo("""
                2026-11-22
                09:00 system opened SO-1/ADDRESS_INCOMPLETE (OPEN) — P3, CUSTOMER_SERVICE, blocking
                09:00 system held order SO-1 — blocking: SO-1/ADDRESS_INCOMPLETE
                09:05 张三 started SO-1/ADDRESS_INCOMPLETE (OPEN → IN_PROGRESS) — assignee: none → 张三
                09:10 组长 assigned SO-1/ADDRESS_INCOMPLETE (IN_PROGRESS) — assignee: 张三 → 李四
                09:15 李四 added a note to SO-1/ADDRESS_INCOMPLETE (IN_PROGRESS): 客户电话未接通
                10:30 李四 resolved SO-1/ADDRESS_INCOMPLETE (IN_PROGRESS → RESOLVED): changed the shipping address to 朝阳路 88 号
                10:30 system released order SO-1 — back to pending, re-enter the picking queue
                2026-11-23
                09:00 王五 reopened SO-1/ADDRESS_INCOMPLETE (RESOLVED → OPEN): courier says the number is wrong
                09:00 system held order SO-1 — blocking: SO-1/ADDRESS_INCOMPLETE
                09:20 王五 ignored SO-1/ADDRESS_INCOMPLETE (OPEN → IGNORED): courier will call the recipient \
                [override by 王经理: VIP, recipient known to courier]
                09:20 system released order SO-1 — back to pending, re-enter the picking queue
                """);
        List<AuditEntry> caseEntries = trail.of(ADDRESS);
        assertThat(caseEntries).extracting(AuditEntry::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(caseEntries).extracting(AuditEntry::before).containsExactly(null, CaseState.OPEN,
                CaseState.IN_PROGRESS, CaseState.IN_PROGRESS, CaseState.IN_PROGRESS, CaseState.RESOLVED, CaseState.OPEN);
        assertThat(caseEntries).extracting(AuditEntry::after).containsExactly(CaseState.OPEN, CaseState.IN_PROGRESS,
                CaseState.IN_PROGRESS, CaseState.IN_PROGRESS, CaseState.RESOLVED, CaseState.OPEN, CaseState.IGNORED);
        assertThat(handling.find(ADDRESS).orElseThrow().version()).isEqualTo(7);
    }

    @Test
    void should_record_a_mark_with_its_reason_delay_and_note_and_a_work_order_with_its_request() {
        // GIVEN / WHEN
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.CUSTOMER_CHANGED_DELIVERY_TIME, "张三")
                .delayUntil(T0.plus(Duration.ofDays(3))).note("customer travels until Friday").blocking(false).build());
        minutes(1);
        handling.openWorkOrder(current(CaseId.mark("SO-1", "H-1")), "张三", order("SO-1"), "deliver on Saturday morning", "李四");

        // THEN
        assertThat(trailText("SO-1")).containsExactly(
                "09:00 张三 opened SO-1/mark:H-1 (OPEN) — CUSTOMER_CHANGED_DELIVERY_TIME, INFORMATION, P3, CUSTOMER_SERVICE,"
                        + " advisory,"
                        + " delay until 2026-11-25T01:00:00Z: customer travels until Friday",
                "09:01 张三 opened a work order for SO-1/mark:H-1 (OPEN → IN_PROGRESS) — customer request: deliver on"
                        + " Saturday morning; assignee: none → 李四");
    }

    @Test
    void should_record_the_cancellation_and_the_system_closing_the_other_cases() {
        // GIVEN
        raise("SO-1", paymentTimeout(), addressIncomplete());
        minutes(30);

        // WHEN
        handling.confirm(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "财务小李", "payment not received within 24 hours");

        // THEN
        assertThat(trailText("SO-1")).containsExactly(
                "09:00 system opened SO-1/PAYMENT_TIMEOUT (OPEN) — P2, FINANCE, blocking",
                "09:00 system opened SO-1/ADDRESS_INCOMPLETE (OPEN) — P3, CUSTOMER_SERVICE, blocking",
                "09:00 system held order SO-1 — blocking: SO-1/PAYMENT_TIMEOUT, SO-1/ADDRESS_INCOMPLETE",
                "09:30 财务小李 confirmed SO-1/PAYMENT_TIMEOUT (OPEN → CONFIRMED): payment not received within 24 hours",
                "09:30 system resolved SO-1/ADDRESS_INCOMPLETE (OPEN → RESOLVED): order cancelled: case"
                        + " SO-1/PAYMENT_TIMEOUT was confirmed",
                "09:30 system cancelled order SO-1 — case SO-1/PAYMENT_TIMEOUT confirmed: payment not received within"
                        + " 24 hours");
    }

    @Test
    void should_return_trails_that_cannot_be_changed() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        AuditTrail trail = handling.trail("SO-1");
        AuditEntry forged = AuditEntry.opened(handling.find(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")).orElseThrow(),
                "mallory", "forged");

        // WHEN / THEN
        assertThatThrownBy(() -> trail.entries().add(forged)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trail.entries().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> store.trail("SO-1").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(handling.trail("SO-1").entries()).isEqualTo(trail.entries()).doesNotContain(forged);
    }

    @Test
    void should_keep_every_entry_when_later_actions_are_appended() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        List<AuditEntry> before = handling.trail("SO-1").entries();

        // WHEN
        handling.start(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "张三");
        handling.resolve(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "张三", "paid");

        // THEN
        List<AuditEntry> after = handling.trail("SO-1").entries();
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after).hasSize(before.size() + 3);
    }

    @Test
    void should_keep_the_trails_of_orders_apart() {
        // GIVEN / WHEN
        raise("SO-1", paymentTimeout());
        raise("SO-2", addressIncomplete());

        // THEN
        assertThat(handling.trail("SO-1").entries()).allSatisfy(e -> assertThat(e.orderId()).isEqualTo("SO-1"));
        assertThat(handling.trail("SO-2").entries()).allSatisfy(e -> assertThat(e.orderId()).isEqualTo("SO-2"));
        assertThat(handling.trail("SO-3").entries()).isEmpty();
        assertThat(handling.trail("SO-3").toText(ZONE)).isEmpty();
    }

    @Test
    void should_refuse_inconsistent_entries_naming_the_component() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> new AuditEntry("SO-1", CaseId.rule("SO-2", "X"), 1, T0, "a", CaseAction.START,
                CaseState.OPEN, CaseState.IN_PROGRESS, null, null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("caseId: must belong to order SO-1 but was SO-2/X");
        assertThatThrownBy(() -> new AuditEntry("SO-1", null, 1, T0, "a", CaseAction.START,
                CaseState.OPEN, CaseState.IN_PROGRESS, null, null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("caseId: is required");
        assertThatThrownBy(() -> new AuditEntry("SO-1", null, 3, T0, "system", OrderSignal.RELEASED,
                null, null, null, null, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("version: must be 0, with no states, for RELEASED");
        assertThatThrownBy(() -> new AuditEntry("SO-1", CaseId.rule("SO-1", "X"), 0, T0, "a", CaseAction.NOTE,
                CaseState.OPEN, CaseState.OPEN, null, "n", null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("version: must be at least 1 but was 0");
        assertThatThrownBy(() -> new AuditEntry("SO-1", CaseId.rule("SO-1", "X"), 1, T0, " ", CaseAction.NOTE,
                CaseState.OPEN, CaseState.OPEN, null, "n", null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor: is required");
    }

    @Test
    void should_refuse_factory_arguments_that_make_no_entry_naming_them() {
        // GIVEN
        ExceptionCase payment = raise("SO-1", paymentTimeout()).get(0);
        ExceptionCase address = raise("SO-2", addressIncomplete()).get(0);

        // WHEN / THEN
        assertThatThrownBy(() -> AuditEntry.transition(payment, address, "张三", CaseAction.NOTE, "n"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("after.id: must be SO-1/PAYMENT_TIMEOUT but was SO-2/ADDRESS_INCOMPLETE");
        assertThatThrownBy(() -> AuditEntry.transition(payment, payment, "张三", CaseAction.OPEN, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("action: must not be OPEN for a transition");
        assertThatThrownBy(() -> AuditEntry.cancelled(payment, T0))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("confirmed.state: must be CONFIRMED but was OPEN");
        assertThatThrownBy(() -> AuditEntry.opened(payment, " ", null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("actor: is required");
    }
}
