package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.addressIncomplete;
import static io.omsexception.handling.Fixtures.finding;
import static io.omsexception.handling.Fixtures.outOfStock;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import io.omsexception.testkit.RecordingOrderFlow.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff move cases between departments and confirm an exception for some lines only. */
class MoveAndLinesTest extends HandlingTestBase {
    private static final CaseId ADDRESS = CaseId.rule("SO-1", "ADDRESS_INCOMPLETE");
    private static final CaseId STOCK = CaseId.rule("SO-1", "OUT_OF_STOCK");

    @Test
    void should_move_an_open_case_to_another_department_audited_and_tell_that_department() {
        // GIVEN
        raise("SO-1", addressIncomplete());
        notifier.clear();

        // WHEN
        minutes(5);
        ExceptionCase moved = handling.move(current(ADDRESS), "客服小王", Department.LOGISTICS, "快递员可以联系到收件人");

        // THEN
        assertThat(moved.department()).isEqualTo(Department.LOGISTICS);
        assertThat(moved.state()).isEqualTo(CaseState.OPEN);
        assertThat(handling.queue(Department.LOGISTICS)).extracting(QueueEntry::caseId).containsExactly(ADDRESS);
        assertThat(handling.queue(Department.CUSTOMER_SERVICE)).isEmpty();
        assertThat(trailText("SO-1")).last().isEqualTo("09:05 客服小王 moved SO-1/ADDRESS_INCOMPLETE (OPEN) — department"
                + " CUSTOMER_SERVICE → LOGISTICS: 快递员可以联系到收件人");
        assertThat(notifier.staff()).singleElement().satisfies(n -> {
            assertThat(n.department()).isEqualTo(Department.LOGISTICS);
            assertThat(n.message().zh()).startsWith("物流队列新增 P3 异常 SO-1/ADDRESS_INCOMPLETE：");
        });
    }

    @Test
    void should_keep_the_department_staff_chose_when_the_order_is_reevaluated() {
        // GIVEN
        raise("SO-1", addressIncomplete());
        handling.move(current(ADDRESS), "客服小王", Department.LOGISTICS, null);

        // WHEN re-evaluated with the same finding, then with a higher priority
        handling.reconcile(Fixtures.order("SO-1"), Fixtures.evaluation("SO-1", addressIncomplete()));
        handling.reconcile(Fixtures.order("SO-1"), Fixtures.evaluation("SO-1", finding("ADDRESS_INCOMPLETE",
                Category.INFORMATION, Priority.P2, Department.CUSTOMER_SERVICE, true,
                new LocalizedText("请补充门牌号", "Please add the house number"))));

        // THEN
        assertThat(current(ADDRESS).department()).isEqualTo(Department.LOGISTICS);
        assertThat(current(ADDRESS).priority()).isEqualTo(Priority.P2);
    }

    @Test
    void should_refuse_to_move_a_case_to_its_own_department() {
        // GIVEN
        raise("SO-1", addressIncomplete());

        // WHEN / THEN
        assertThatThrownBy(() -> handling.move(current(ADDRESS), "客服小王", Department.CUSTOMER_SERVICE, null))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("department: must differ from the case's department CUSTOMER_SERVICE");
    }

    @Test
    void should_cancel_only_the_chosen_lines_and_release_the_rest_of_the_order() {
        // GIVEN
        raise("SO-1", outOfStock());
        notifier.clear();

        // WHEN
        ExceptionCase confirmed = handling.confirm(current(STOCK), "仓储小赵", "缺货，取消该商品", List.of("L2", "L3"));

        // THEN the lines are cancelled, the order is not, and it goes on
        assertThat(confirmed.state()).isEqualTo(CaseState.CONFIRMED);
        assertThat(confirmed.closure().lineIds()).containsExactly("L2", "L3");
        assertThat(flow.signals()).containsExactly(new Signal(OrderSignal.HELD, "SO-1", List.of(STOCK), null),
                new Signal(OrderSignal.LINES_CANCELLED, "SO-1", List.of(STOCK), "缺货，取消该商品", List.of("L2", "L3")),
                new Signal(OrderSignal.RELEASED, "SO-1", List.of(), null));
        assertThat(handling.status("SO-1").cancelled()).isFalse();
        assertThat(notifier.customer()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.LINES_CANCELLED);
            assertThat(n.message()).isEqualTo(new LocalizedText("您的订单 SO-1 中的商品 L2、L3 已取消：缺货，取消该商品",
                    "Lines L2, L3 of your order SO-1 have been cancelled: 缺货，取消该商品"));
        });
        assertThat(trailText("SO-1")).contains(
                "09:00 system cancelled lines of order SO-1 — lines L2, L3: case SO-1/OUT_OF_STOCK confirmed: 缺货，取消该商品");

        // WHEN the order gets another blocking case later, it can still be held
        raise("SO-1", outOfStock(), paymentTimeout());
        assertThat(handling.status("SO-1").held()).isTrue();
    }

    @Test
    void should_refuse_a_repeated_line() {
        // GIVEN
        raise("SO-1", outOfStock());

        // WHEN / THEN
        assertThatThrownBy(() -> handling.confirm(current(STOCK), "仓储小赵", "缺货", List.of("L2", "L2")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("lineIds[1]: repeats line L2");
    }
}
