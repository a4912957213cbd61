package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.evaluation;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationTest extends HandlingTestBase {
    private static final CaseId ADDRESS = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");

    private void flap() {
        handling.reconcile(order("SO-1"), evaluation("SO-1"));
        handling.reconcile(order("SO-1"), evaluation("SO-1", addressIncomplete()));
    }

    @Test
    void should_tell_the_department_and_the_customer_when_a_case_opens() {
        // GIVEN / WHEN
        raise("SO-1", addressIncomplete());

        // THEN
        assertThat(notifier.staff()).containsExactly(new StaffNotification(NotificationKind.CASE_OPENED,
                Department.CUSTOMER_SERVICE, ADDRESS, Priority.P3, null, T0.plus(Duration.ofHours(8)),
                new LocalizedText("客服队列新增 P3 异常 SO-1/ADDRESS_INCOMPLETE：处理 ADDRESS_INCOMPLETE",
                        "New P3 case SO-1/ADDRESS_INCOMPLETE in Customer service: Handle ADDRESS_INCOMPLETE"),
                java.util.Set.of(Channel.IN_APP), T0, "SO-1/ADDRESS_INCOMPLETE/CASE_OPENED/CUSTOMER_SERVICE/1"));
        assertThat(notifier.customer()).containsExactly(new CustomerNotification(NotificationKind.CUSTOMER_PROGRESS,
                "SO-1", "C-SO-1", ADDRESS, addressIncomplete().customerMessage(), java.util.Set.of(Channel.SMS), T0,
                "SO-1/ADDRESS_INCOMPLETE/CUSTOMER_PROGRESS/1"));
        assertThat(notifier.customer().get(0).message().en())
                .isEqualTo("Your order is waiting for the house number, expected within 2 hours");
    }

    @Test
    void should_describe_a_mark_to_the_staff() {
        // GIVEN / WHEN
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三")
                .note("carrier backlog").department(Department.LOGISTICS).build());

        // THEN
        assertThat(notifier.staff()).singleElement().satisfies(n -> {
            assertThat(n.department()).isEqualTo(Department.LOGISTICS);
            assertThat(n.message()).isEqualTo(new LocalizedText(
                    "物流队列新增 P3 异常 SO-1/mark:H-1：张三 标记为配送延迟：carrier backlog",
                    "New P3 case SO-1/mark:H-1 in Logistics: marked DELIVERY_DELAY by 张三: carrier backlog"));
        });
    }

    @Test
    void should_name_departments_in_chinese_and_show_times_in_the_hosts_zone_in_every_chinese_staff_text() {
        // GIVEN a delay mark and a rule case of each standard department
        handling.mark(order("SO-1"), MarkRequest.builder("H-1", MarkReason.EPIDEMIC_DELAY, "张三")
                .delayUntil(T0.plus(Duration.ofDays(1))).department(Department.AFTER_SALES).build());
        raise("SO-2", paymentTimeout(), addressIncomplete(), Fixtures.outOfStock(), Fixtures.unusualAmount());
        clock.set(T0.plus(Duration.ofDays(2)));
        raise("SO-3", Fixtures.finding("PARCEL_STRANDED", io.omsexception.Category.LOGISTICS, Priority.P1,
                Department.LOGISTICS, false, new LocalizedText("包裹滞留", "Parcel stranded")));
        clock.set(T0.plus(Duration.ofDays(3)));

        // WHEN
        handling.checkOverdue();

        // THEN
        List<String> zh = notifier.staff().stream().map(n -> n.message().zh()).toList();
        assertThat(zh).hasSizeGreaterThan(8).allSatisfy(text -> {
            assertThat(text).doesNotContainPattern("[0-9]Z").doesNotContain("FINANCE", "CUSTOMER_SERVICE", "WAREHOUSE",
                    "LOGISTICS", "RISK_CONTROL", "AFTER_SALES", "EPIDEMIC_DELAY");
        });
        assertThat(zh).contains("售后队列新增 P3 异常 SO-1/mark:H-1：张三 标记为疫情延迟，延后至 2026-11-23 09:00 +08:00",
                "财务队列的 P2 异常 SO-2/PAYMENT_TIMEOUT 已超时：应在 2026-11-22 11:00 +08:00 前处理");
        assertThat(zh).anySatisfy(t -> assertThat(t).startsWith("客服队列")).anySatisfy(t -> assertThat(t)
                .startsWith("仓储队列")).anySatisfy(t -> assertThat(t).startsWith("风控队列"))
                .anySatisfy(t -> assertThat(t).startsWith("物流队列"));
    }

    @Test
    void should_suppress_repeats_for_the_same_case_within_the_window() {
        // GIVEN
        raise("SO-1", addressIncomplete());

        // WHEN the finding disappears and comes back 10 minutes later
        minutes(10);
        flap();

        // THEN nobody is told twice
        assertThat(handling.find(ADDRESS).orElseThrow().state()).isEqualTo(CaseState.OPEN);
        assertThat(notifier.staff()).hasSize(1);
        assertThat(notifier.customer()).hasSize(1);

        // WHEN it flaps again just before the window ends
        clock.set(T0.plus(Duration.ofMinutes(30)).minusSeconds(1));
        flap();

        // THEN
        assertThat(notifier.staff()).hasSize(1);
        assertThat(notifier.customer()).hasSize(1);

        // WHEN it flaps again once the window has passed
        clock.set(T0.plus(Duration.ofMinutes(30)));
        flap();

        // THEN
        assertThat(notifier.staff()).extracting(StaffNotification::at).containsExactly(T0,
                T0.plus(Duration.ofMinutes(30)));
        assertThat(notifier.customer()).extracting(CustomerNotification::at).containsExactly(T0,
                T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void should_not_suppress_another_kind_or_another_case() {
        // GIVEN
        raise("SO-1", addressIncomplete());
        raise("SO-2", addressIncomplete());

        // WHEN
        clock.set(T0.plus(Duration.ofHours(8)).plusSeconds(1));
        handling.checkOverdue();

        // THEN
        assertThat(notifier.staff()).extracting(StaffNotification::kind, n -> n.caseId().orderId()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NotificationKind.CASE_OPENED, "SO-1"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.CASE_OPENED, "SO-2"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.CASE_OVERDUE, "SO-1"),
                org.assertj.core.groups.Tuple.tuple(NotificationKind.CASE_OVERDUE, "SO-2"));
    }

    @Test
    void should_tell_the_new_department_when_a_case_moves_within_the_window() {
        // GIVEN
        raise("SO-1", addressIncomplete());
        Finding moved = new Finding("ADDRESS_INCOMPLETE", addressIncomplete().category(), Priority.P3,
                Department.LOGISTICS, true, addressIncomplete().guidance(), addressIncomplete().customerMessage(),
                addressIncomplete().evidence(), addressIncomplete().rules());

        // WHEN
        minutes(1);
        handling.reconcile(order("SO-1"), evaluation("SO-1", moved));

        // THEN
        assertThat(notifier.staff()).extracting(StaffNotification::department)
                .containsExactly(Department.CUSTOMER_SERVICE, Department.LOGISTICS);
        assertThat(notifier.customer()).hasSize(1);
    }

    @Test
    void should_send_every_repeat_when_the_window_is_zero() {
        // GIVEN
        handling = builder().notificationWindow(Duration.ZERO).build();
        raise("SO-1", addressIncomplete());

        // WHEN
        flap();
        flap();

        // THEN
        assertThat(notifier.staff()).hasSize(3);
        assertThat(notifier.customer()).hasSize(3);
    }

    @Test
    void should_deliver_on_the_configured_channels() {
        // GIVEN
        handling = builder().staffChannels(Channel.EMAIL, Channel.IN_APP).customerChannels(Channel.SMS, Channel.EMAIL)
                .build();

        // WHEN
        raise("SO-1", paymentTimeout());

        // THEN
        assertThat(notifier.staff().get(0).channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.IN_APP);
        assertThat(notifier.customer().get(0).channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL);
    }

    @Test
    void should_tell_staff_again_when_a_case_is_reopened_after_the_window() {
        // GIVEN
        raise("SO-1", paymentTimeout());
        CaseId id = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
        handling.resolve(current(id), "张三", "paid");

        // WHEN
        minutes(45);
        handling.reopen(current(id), "张三", "payment reversed");

        // THEN
        assertThat(notifier.staff()).extracting(StaffNotification::kind)
                .containsExactly(NotificationKind.CASE_OPENED, NotificationKind.CASE_OPENED);
    }

    @Test
    void should_refuse_an_invalid_configuration_naming_the_setting() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> builder().notificationWindow(Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("notificationWindow: must not be negative but was PT-1M");
        assertThatThrownBy(() -> builder().staffChannels())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("staffChannels: must not be empty");
        assertThatThrownBy(() -> builder().customerChannels(Channel.SMS, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("customerChannels[1]: is required");
        assertThatThrownBy(() -> ExceptionHandling.builder().orderFlow(flow).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("notifier: is required");
        assertThatThrownBy(() -> ExceptionHandling.builder().notifier(notifier).build())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("orderFlow: is required");
        assertThatThrownBy(() -> builder().clock(null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("clock: is required");
    }

    @Test
    void should_give_each_built_front_door_its_own_default_store() {
        // GIVEN
        ExceptionHandlingBuilder b = ExceptionHandling.builder().clock(clock).notifier(notifier).orderFlow(flow);
        ExceptionHandling first = b.build();
        ExceptionHandling second = b.build();

        // WHEN
        first.reconcile(order("SO-1"), evaluation("SO-1", paymentTimeout()));

        // THEN
        assertThat(first.cases("SO-1")).hasSize(1);
        assertThat(second.cases("SO-1")).isEmpty();
        assertThat(first.notificationWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(first.clock()).isSameAs(clock);
    }
}
