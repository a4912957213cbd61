package io.omsexception.handling;

import static io.omsexception.handling.Fixtures.T0;
import static io.omsexception.handling.Fixtures.evaluation;
import static io.omsexception.handling.Fixtures.order;
import static io.omsexception.handling.Fixtures.paymentTimeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.model.InvalidFieldException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BuilderTest extends HandlingTestBase {

    @Test
    void should_refuse_a_setting_of_the_front_door_given_twice_naming_it() {
        // GIVEN
        ResponseTargets standard = ResponseTargets.standard();

        // WHEN / THEN
        assertThatThrownBy(() -> ExceptionHandling.builder().clock(clock).clock(Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessage("clock was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().store(store).store(new InMemoryCaseStore()))
                .isInstanceOf(IllegalStateException.class).hasMessage("store was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().notifier(notifier).notifier(notifier))
                .isInstanceOf(IllegalStateException.class).hasMessage("notifier was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().orderFlow(flow).orderFlow(flow))
                .isInstanceOf(IllegalStateException.class).hasMessage("orderFlow was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().responseTargets(standard).responseTargets(standard))
                .isInstanceOf(IllegalStateException.class).hasMessage("responseTargets was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().responseTarget(Priority.P1, Duration.ofMinutes(5))
                .responseTarget(Priority.P1, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalStateException.class).hasMessage("responseTarget(P1) was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().notificationWindow(Duration.ZERO)
                .notificationWindow(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessage("notificationWindow was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().staffChannels(Channel.EMAIL).staffChannels(Channel.SMS))
                .isInstanceOf(IllegalStateException.class).hasMessage("staffChannels was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().customerChannels(Channel.SMS)
                .customerChannels(Channel.EMAIL))
                .isInstanceOf(IllegalStateException.class).hasMessage("customerChannels was already set");
    }

    @Test
    void should_refuse_all_response_targets_after_one_of_them_and_one_after_all_of_them() {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> ExceptionHandling.builder().responseTarget(Priority.P2, Duration.ofHours(1))
                .responseTargets(ResponseTargets.standard()))
                .isInstanceOf(IllegalStateException.class).hasMessage("responseTarget(P2) was already set");
        assertThatThrownBy(() -> ExceptionHandling.builder().responseTargets(ResponseTargets.standard())
                .responseTarget(Priority.P2, Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("responseTargets was already set");
    }

    @Test
    void should_take_one_response_target_per_priority() {
        // GIVEN / WHEN
        ExceptionHandling h = builder().responseTarget(Priority.P1, Duration.ofMinutes(5))
                .responseTarget(Priority.P2, Duration.ofHours(1)).build();

        // THEN
        assertThat(h.responseTargets()).isEqualTo(ResponseTargets.standard()
                .with(Priority.P1, Duration.ofMinutes(5)).with(Priority.P2, Duration.ofHours(1)));
    }

    @Test
    void should_keep_the_first_setting_when_a_second_one_is_refused() {
        // GIVEN
        InMemoryCaseStore other = new InMemoryCaseStore();
        ExceptionHandlingBuilder b = builder();

        // WHEN
        assertThatThrownBy(() -> b.store(other)).isInstanceOf(IllegalStateException.class);
        ExceptionHandling h = b.build();
        h.reconcile(order("SO-1"), evaluation("SO-1", paymentTimeout()));

        // THEN
        assertThat(store.findByOrder("SO-1")).hasSize(1);
        assertThat(other.findByOrder("SO-1")).isEmpty();
    }

    @Test
    void should_take_a_setting_again_after_its_invalid_value_was_refused() {
        // GIVEN
        ExceptionHandlingBuilder b = builder();
        assertThatThrownBy(() -> b.notificationWindow(Duration.ofMinutes(-1)))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> b.responseTarget(Priority.P1, Duration.ZERO))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> b.staffChannels()).isInstanceOf(InvalidFieldException.class);

        // WHEN
        ExceptionHandling h = b.notificationWindow(Duration.ZERO).responseTarget(Priority.P1, Duration.ofMinutes(1))
                .staffChannels(Channel.EMAIL).build();

        // THEN
        assertThat(h.notificationWindow()).isEqualTo(Duration.ZERO);
        assertThat(h.responseTargets().of(Priority.P1)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void should_refuse_a_setting_of_a_mark_request_given_twice_naming_it() {
        // GIVEN
        LocalizedText message = new LocalizedText("延迟", "Delayed");

        // WHEN / THEN
        assertThatThrownBy(() -> mark().delayUntil(T0.plus(Duration.ofDays(1))).delayUntil(null))
                .isInstanceOf(IllegalStateException.class).hasMessage("delayUntil was already set");
        assertThatThrownBy(() -> mark().note("a").note("b"))
                .isInstanceOf(IllegalStateException.class).hasMessage("note was already set");
        assertThatThrownBy(() -> mark().blocking(false).blocking(true))
                .isInstanceOf(IllegalStateException.class).hasMessage("blocking was already set");
        assertThatThrownBy(() -> mark().priority(Priority.P1).priority(Priority.P2))
                .isInstanceOf(IllegalStateException.class).hasMessage("priority was already set");
        assertThatThrownBy(() -> mark().department(Department.FINANCE).department(Department.LOGISTICS))
                .isInstanceOf(IllegalStateException.class).hasMessage("department was already set");
        assertThatThrownBy(() -> mark().customerMessage(message).customerMessage(null))
                .isInstanceOf(IllegalStateException.class).hasMessage("customerMessage was already set");
    }

    @Test
    void should_build_equal_mark_requests_from_one_builder() {
        // GIVEN
        MarkRequest.Builder b = mark().priority(Priority.P1).blocking(false);

        // WHEN / THEN
        assertThat(b.build()).isEqualTo(b.build());
        assertThat(b.build().priority()).isEqualTo(Priority.P1);
        assertThat(b.build().blocking()).isFalse();
    }

    private static MarkRequest.Builder mark() {
        return MarkRequest.builder("H-1", MarkReason.DELIVERY_DELAY, "张三");
    }
}
