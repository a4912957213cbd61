package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.model.Order;
import io.omsexception.model.ShippingAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor, driven through runDue with a test clock: schedules per family, escalations, progress messages. */
class ExceptionMonitorTest extends HandlingTestBase {
    /** Raises NO_PHONE (P2, customer service, blocking) on an order without a phone. */
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().addRules(RulePack.builder("monitor")
            .drl("monitor.drl", """
                    package monitor.rules;
                    import io.omsexception.facts.*;
                    global Findings findings;
                    rule "NO_PHONE: the phone is blank"
                        @code("NO_PHONE")
                    when
                        $o : OrderFacts(contact.phoneBlank)
                    then
                        findings.raise($o);
                    end
                    """)
            .code("NO_PHONE", Category.INFORMATION, Priority.P2, Department.CUSTOMER_SERVICE, BlockingPolicy.ALWAYS)
            .texts("zh", "NO_PHONE", "联系买家补充电话", "您的订单正在等待联系电话")
            .texts("en", "NO_PHONE", "Ask the buyer for a phone", "Your order is waiting for a phone number")
            .build()).build();

    final Map<String, List<Order>> open = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    ExceptionMonitor monitor;

    @BeforeEach
    void setUpMonitor() {
        open.put("IN_TRANSIT", List.of());
        open.put("UNPAID", List.of(Fixtures.order("SO-1")));
        monitor = ExceptionMonitor.builder(handling, ENGINE, family -> {
            asked.add(family);
            return open.get(family);
        }).family("IN_TRANSIT", Duration.ofHours(1)).family("UNPAID", Duration.ofMinutes(5)).build();
    }

    private ExceptionMonitor.Run at(long minutes) {
        clock.set(T0.plus(Duration.ofMinutes(minutes)));
        return monitor.runDue(clock.instant());
    }

    static Order withPhone(Order order) {
        return order.toBuilder().shippingAddress(new ShippingAddress("张三", "13812345678", "CN", "浙江省", "杭州市",
                "西湖区", "文三路 1 号", "310000")).build();
    }

    @Test
    void each_family_is_re_evaluated_on_its_own_schedule_and_reconciled() {
        assertThat(at(0).families()).containsExactly("IN_TRANSIT", "UNPAID");
        assertThat(handling.cases("SO-1")).extracting(ExceptionCase::code).containsExactly("NO_PHONE");
        assertThat(at(4).families()).isEmpty();
        assertThat(at(5).families()).containsExactly("UNPAID");
        // WHEN the buyer adds a phone: the next unpaid run resolves the case
        open.put("UNPAID", List.of(withPhone(Fixtures.order("SO-1"))));
        assertThat(at(10).ordersEvaluated()).isEqualTo(1);
        assertThat(handling.cases("SO-1")).extracting(ExceptionCase::state).containsExactly(CaseState.RESOLVED);
        assertThat(at(60).families()).containsExactly("IN_TRANSIT", "UNPAID");
        assertThat(asked).containsExactly("IN_TRANSIT", "UNPAID", "UNPAID", "UNPAID", "IN_TRANSIT", "UNPAID");
    }

    @Test
    void an_overdue_case_goes_to_the_department_lead_after_the_target_and_to_a_manager_after_twice_it() {
        // GIVEN a P2 case (2 hours) opened at 09:00
        at(0);
        assertThat(at(119).escalated()).isEmpty();
        // WHEN / THEN
        assertThat(at(120).escalated()).extracting(ExceptionCase::code).containsExactly("NO_PHONE");
        assertThat(at(180).escalated()).isEmpty();
        assertThat(at(240).escalated()).hasSize(1);
        assertThat(at(600).escalated()).isEmpty();
        assertThat(notifier.staff()).filteredOn(n -> n.kind() == NotificationKind.ESCALATED_TO_LEAD
                || n.kind() == NotificationKind.ESCALATED_TO_MANAGER).extracting(StaffNotification::message)
                .containsExactly(new LocalizedText(
                        "客服队列的 P2 异常 SO-1/NO_PHONE 已超过响应时限（应在 2026-11-22 11:00 +08:00 前处理），升级至部门主管",
                        "Case SO-1/NO_PHONE (P2) in Customer service is past its response target (due at "
                                + "2026-11-22 11:00 +08:00): escalated to the department's lead"),
                        new LocalizedText(
                        "客服队列的 P2 异常 SO-1/NO_PHONE 已超过两倍响应时限（应在 2026-11-22 11:00 +08:00 前处理），升级至经理",
                        "Case SO-1/NO_PHONE (P2) in Customer service is past twice its response target (due at "
                                + "2026-11-22 11:00 +08:00): escalated to a manager"));
        assertThat(trailText("SO-1")).contains(
                "11:00 system escalated SO-1/NO_PHONE (OPEN) — to the CUSTOMER_SERVICE lead: due at 2026-11-22 11:00 +08:00",
                "13:00 system escalated SO-1/NO_PHONE (OPEN) — to a manager: due at 2026-11-22 11:00 +08:00");
    }

    @Test
    void the_customer_hears_how_the_order_goes_with_an_expected_time_at_most_once_per_frequency() {
        at(0);
        at(30);
        at(239);
        at(240);

        assertThat(notifier.customer()).filteredOn(n -> n.kind() == NotificationKind.CUSTOMER_PROGRESS
                && n.idempotencyKey().contains("/PROGRESS/")).extracting(CustomerNotification::message)
                .containsExactly(new LocalizedText("您的订单正在等待联系电话（预计 2026-11-22 11:00 +08:00 前处理完毕）",
                        "Your order is waiting for a phone number (expected by 2026-11-22 11:00 +08:00)"),
                        new LocalizedText("您的订单正在等待联系电话（预计 2026-11-22 11:00 +08:00 前处理完毕）",
                        "Your order is waiting for a phone number (expected by 2026-11-22 11:00 +08:00)"));
    }

    @Test
    void should_refuse_a_monitor_without_families_and_a_family_given_twice() {
        assertThatThrownBy(() -> ExceptionMonitor.builder(handling, ENGINE, f -> List.of()).build())
                .hasMessage("families: give at least one family(name, every)");
        assertThatThrownBy(() -> ExceptionMonitor.builder(handling, ENGINE, f -> List.of())
                .family("UNPAID", Duration.ofMinutes(5)).family("UNPAID", Duration.ofMinutes(1)))
                .hasMessage("family UNPAID was already set");
        assertThatThrownBy(() -> ExceptionMonitor.builder(handling, ENGINE, f -> List.of())
                .family("UNPAID", Duration.ZERO))
                .hasMessage("every: must be positive but was PT0S");
    }
}
