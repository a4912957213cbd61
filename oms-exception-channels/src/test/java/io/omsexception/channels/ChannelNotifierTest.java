package io.omsexception.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.handling.Channel;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.Notifier;
import io.omsexception.handling.StaffNotification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ChannelNotifierTest {

    /** Records what it is given, as "name:staff:key" or "name:customer:key", and fails when told to. */
    static final class Target implements Notifier {
        final String name;
        final List<String> log;
        final boolean fails;

        Target(String name, List<String> log, boolean fails) {
            this.name = name;
            this.log = log;
            this.fails = fails;
        }

        @Override
        public void notifyStaff(StaffNotification n) {
            log.add(name + ":staff:" + n.idempotencyKey());
            if (fails) {
                throw new ChannelException(name, n.idempotencyKey(), 3, "HTTP 500");
            }
        }

        @Override
        public void notifyCustomer(CustomerNotification n) {
            log.add(name + ":customer:" + n.idempotencyKey());
            if (fails) {
                throw new ChannelException(name, n.idempotencyKey(), 3, "HTTP 500");
            }
        }
    }

    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void should_send_a_notification_to_the_targets_of_the_channels_it_names_once_each() {
        // GIVEN staff on EMAIL and IN_APP (the sample names both), the robot on both, SMS for customers
        Target robot = new Target("robot", log, false);
        Target email = new Target("email", log, false);
        Target sms = new Target("sms", log, false);
        ChannelNotifier notifier = ChannelNotifier.builder().staff(Channel.IN_APP, robot).staff(Channel.EMAIL, email)
                .staff(Channel.EMAIL, robot).staff(Channel.SMS, sms).customer(Channel.SMS, sms).build();

        // WHEN
        notifier.notifyStaff(Samples.staff("张三"));
        notifier.notifyCustomer(Samples.customer("C-1"));

        // THEN in the order of the channels (SMS, EMAIL, IN_APP), SMS not named by the staff notification
        assertThat(log).containsExactly("email:staff:" + Samples.STAFF_KEY, "robot:staff:" + Samples.STAFF_KEY,
                "sms:customer:" + Samples.CUSTOMER_KEY);
    }

    @Test
    void should_try_every_target_and_then_throw_the_first_failure_with_the_others_suppressed() {
        // GIVEN
        Target down = new Target("down", log, true);
        Target alsoDown = new Target("also-down", log, true);
        Target up = new Target("up", log, false);
        ChannelNotifier notifier = ChannelNotifier.builder().staff(Channel.EMAIL, down).staff(Channel.EMAIL, up)
                .staff(Channel.IN_APP, alsoDown).build();

        // WHEN / THEN
        assertThatThrownBy(() -> notifier.notifyStaff(Samples.staff("张三")))
                .isInstanceOf(ChannelException.class)
                .hasMessage("down could not deliver " + Samples.STAFF_KEY + " after 3 attempts: HTTP 500")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
                        "also-down could not deliver " + Samples.STAFF_KEY + " after 3 attempts: HTTP 500"));
        assertThat(log).containsExactly("down:staff:" + Samples.STAFF_KEY, "up:staff:" + Samples.STAFF_KEY,
                "also-down:staff:" + Samples.STAFF_KEY);
    }

    @Test
    void should_refuse_no_routes_and_the_same_target_twice_on_a_channel() {
        Target t = new Target("t", log, false);
        assertThatThrownBy(() -> ChannelNotifier.builder().build()).hasMessage("routes: must route at least one channel");
        assertThatThrownBy(() -> ChannelNotifier.builder().staff(Channel.EMAIL, t).staff(Channel.EMAIL, t))
                .isInstanceOf(IllegalStateException.class).hasMessage("staff(EMAIL, " + t + ") was already set");
    }
}
