package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.model.Order;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueTest extends HandlingTestBase {

    private static Finding address(Priority priority) {
        return Fixtures.finding("ADDRESS_INCOMPLETE", Category.INFORMATION, priority, Department.CUSTOMER_SERVICE,
                true, new LocalizedText("等待门牌号", "Waiting for the house number"));
    }

    private void raiseAt(long minute, String orderId, CustomerTier tier, Priority priority) {
        clock.set(T0.plus(Duration.ofMinutes(minute)));
        Order order = tier == null
                ? Order.builder(orderId, OffsetDateTime.parse("2026-11-22T08:00:00+08:00")).build()
                : order(orderId, tier);
        raise(order, address(priority));
    }

    @Test
    void should_list_a_queue_by_priority_then_customer_tier_then_age() {
        // GIVEN
        raiseAt(0, "SO-REG-OLD", CustomerTier.REGULAR, Priority.P3);
        raiseAt(1, "SO-UNKNOWN", null, Priority.P3);
        raiseAt(2, "SO-NEW", CustomerTier.NEW, Priority.P3);
        raiseAt(3, "SO-VIP-NEW", CustomerTier.VIP, Priority.P3);
        raiseAt(4, "SO-P2-NEW", CustomerTier.NEW, Priority.P2);
        raiseAt(5, "SO-REG-YOUNG", CustomerTier.REGULAR, Priority.P3);
        raiseAt(6, "SO-VIP-OLD", CustomerTier.VIP, Priority.P3);
        raiseAt(7, "SO-P4-VIP", CustomerTier.VIP, Priority.P4);
        raiseAt(8, "SO-P1", CustomerTier.REGULAR, Priority.P1);
        clock.set(T0.plus(Duration.ofMinutes(10)));

        // WHEN
        var queue = handling.queue(Department.CUSTOMER_SERVICE);

        // THEN
        assertThat(queue).extracting(e -> e.caseId().orderId()).containsExactly(
                "SO-P1", "SO-P2-NEW", "SO-VIP-NEW", "SO-VIP-OLD", "SO-REG-OLD", "SO-REG-YOUNG", "SO-NEW",
                "SO-UNKNOWN", "SO-P4-VIP");
        assertThat(queue.get(0).age()).isEqualTo(Duration.ofMinutes(2));
        assertThat(queue.get(4).age()).isEqualTo(Duration.ofMinutes(10));
        assertThat(handling.queue(Department.FINANCE)).isEmpty();
    }

    @Test
    void should_flag_a_case_overdue_only_after_its_priority_target() {
        // GIVEN a P1 case, due 15 minutes after it opened
        raiseAt(0, "SO-1", CustomerTier.REGULAR, Priority.P1);

        // WHEN exactly at the target
        clock.set(T0.plus(Duration.ofMinutes(15)));

        // THEN
        assertThat(handling.queue(Department.CUSTOMER_SERVICE)).singleElement()
                .satisfies(e -> assertThat(e.overdue()).isFalse());

        // WHEN one second later
        clock.advance(Duration.ofSeconds(1));

        // THEN
        assertThat(handling.queue(Department.CUSTOMER_SERVICE)).singleElement()
                .satisfies(e -> assertThat(e.overdue()).isTrue());
    }

    @Test
    void should_use_the_standard_targets_per_priority() {
        // GIVEN / WHEN
        ResponseTargets standard = handling.responseTargets();

        // THEN
        assertThat(standard).isEqualTo(ResponseTargets.standard());
        assertThat(standard.of(Priority.P1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(standard.of(Priority.P2)).isEqualTo(Duration.ofHours(2));
        assertThat(standard.of(Priority.P3)).isEqualTo(Duration.ofHours(8));
        assertThat(standard.of(Priority.P4)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void should_flag_overdue_cases_of_each_priority_after_its_own_target() {
        // GIVEN one case of each priority, opened at T0
        for (Priority p : Priority.values()) {
            raiseAt(0, "SO-" + p, CustomerTier.REGULAR, p);
        }

        // WHEN / THEN
        clock.set(T0.plus(Duration.ofMinutes(16)));
        assertThat(overdueOrders()).containsExactly("SO-P1");
        clock.set(T0.plus(Duration.ofHours(2)).plusSeconds(1));
        assertThat(overdueOrders()).containsExactly("SO-P1", "SO-P2");
        clock.set(T0.plus(Duration.ofHours(8)).plusSeconds(1));
        assertThat(overdueOrders()).containsExactly("SO-P1", "SO-P2", "SO-P3");
        clock.set(T0.plus(Duration.ofHours(24)).plusSeconds(1));
        assertThat(overdueOrders()).containsExactly("SO-P1", "SO-P2", "SO-P3", "SO-P4");
    }

    private java.util.List<String> overdueOrders() {
        return handling.queue(Department.CUSTOMER_SERVICE).stream().filter(QueueEntry::overdue)
                .map(e -> e.caseId().orderId()).toList();
    }

    @Test
    void should_use_configured_targets() {
        // GIVEN
        handling = builder().responseTarget(Priority.P1, Duration.ofMinutes(5)).build();
        raiseAt(0, "SO-1", CustomerTier.REGULAR, Priority.P1);

        // WHEN
        clock.set(T0.plus(Duration.ofMinutes(6)));

        // THEN
        assertThat(handling.find(CaseId.rule("SO-1", "ADDRESS_INCOMPLETE")).orElseThrow().dueAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(handling.queue(Department.CUSTOMER_SERVICE).get(0).overdue()).isTrue();
    }

    @Test
    void should_not_flag_a_delayed_mark_before_its_delay_ends() {
        // GIVEN
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.EPIDEMIC_DELAY, "张三")
                .priority(Priority.P1).delayUntil(T0.plus(Duration.ofDays(2))).build());

        // WHEN / THEN
        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(handling.queue(Department.CUSTOMER_SERVICE).get(0).overdue()).isFalse();
        clock.set(T0.plus(Duration.ofDays(2)).plusSeconds(1));
        assertThat(handling.queue(Department.CUSTOMER_SERVICE).get(0).overdue()).isTrue();
    }

    @Test
    void should_drop_a_case_from_its_queue_when_it_is_closed() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        assertThat(handling.queue(Department.FINANCE)).hasSize(1);

        // WHEN
        handling.resolve(current(CaseId.rule("SO-1", "PAYMENT_TIMEOUT")), "张三", "paid");

        // THEN
        assertThat(handling.queue(Department.FINANCE)).isEmpty();
        assertThat(handling.checkOverdue()).isEmpty();
    }

    @Test
    void should_tell_staff_once_per_window_when_a_case_goes_overdue() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        CaseId id = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
        notifier.clear();

        // WHEN the job runs before the due time
        clock.set(T0.plus(Duration.ofHours(2)));
        assertThat(handling.checkOverdue()).isEmpty();

        // WHEN it runs after the due time, twice within the window
        clock.set(T0.plus(Duration.ofHours(2)).plusSeconds(60));
        var overdue = handling.checkOverdue();
        clock.advance(Duration.ofMinutes(1));
        handling.checkOverdue();

        // THEN
        assertThat(overdue).extracting(QueueEntry::caseId).containsExactly(id);
        assertThat(overdue.get(0).overdue()).isTrue();
        assertThat(notifier.staff()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CASE_OVERDUE);
            assertThat(n.department()).isEqualTo(Department.FINANCE);
            assertThat(n.caseId()).isEqualTo(id);
            assertThat(n.priority()).isEqualTo(Priority.P2);
            assertThat(n.dueAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
            assertThat(n.at()).isEqualTo(T0.plus(Duration.ofHours(2)).plusSeconds(60));
            assertThat(n.channels()).containsExactly(Channel.IN_APP);
            assertThat(n.message().en()).isEqualTo(
                    "Case SO-1/PAYMENT_TIMEOUT (P2) in Finance is overdue: it was due at 2026-11-22 11:00 +08:00");
            assertThat(n.message().zh()).isEqualTo(
                    "财务队列的 P2 异常 SO-1/PAYMENT_TIMEOUT 已超时：应在 2026-11-22 11:00 +08:00 前处理");
        });

        // WHEN the window has passed and the case is still overdue
        clock.set(T0.plus(Duration.ofHours(2)).plusSeconds(60).plus(Duration.ofMinutes(30)));
        handling.checkOverdue();

        // THEN the staff are reminded
        assertThat(notifier.staff()).hasSize(2);
    }

    @Test
    void should_refuse_invalid_targets_naming_the_priority() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> ResponseTargets.standard().with(Priority.P2, Duration.ZERO))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("targets[P2]: must be positive but was PT0S");
        assertThatThrownBy(() -> new ResponseTargets(Map.of(Priority.P1, Duration.ofMinutes(1))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("targets[P2]: is required");
        assertThatThrownBy(() -> builder().responseTarget(Priority.P4, Duration.ofHours(-1)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("targets[P4]: must be positive but was PT-1H");
    }
}
