package io.omsexception.channels.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Department;
import io.omsexception.channels.ChannelNotifier;
import io.omsexception.channels.EmailChannel;
import io.omsexception.channels.RobotFormat;
import io.omsexception.channels.SmsChannel;
import io.omsexception.channels.SmsMessage;
import io.omsexception.channels.WeComRobot;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.Channel;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.OrderFlow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wiring of docs/channels.md, written as a host outside the channels' package writes it: every
 * builder method, the inherited ones too, is reachable from there.
 */
class HostWiringTest {

    @Test
    void should_wire_the_documented_channels_into_exception_handling_from_a_hosts_package() {
        // GIVEN the host's own lookups and SMS gateway
        List<SmsMessage> gateway = new ArrayList<>();
        OrderFlow orderFlow = new OrderFlow() {
            @Override
            public void hold(String orderId, List<CaseId> blockingCases) {
            }

            @Override
            public void release(String orderId) {
            }

            @Override
            public void cancel(String orderId, String reason, CaseId confirmedCase) {
            }
        };

        // WHEN
        WeComRobot financeGroup = WeComRobot.builder("wecom-key")
                .format(RobotFormat.MARKDOWN)
                .requestTimeout(Duration.ofSeconds(3))
                .language("zh")
                .build();
        EmailChannel email = EmailChannel.builder("smtp.exmail.qq.com", 465)
                .security(EmailChannel.Security.SSL)
                .from("oms@shop.example", "异常订单提醒")
                .login("oms@shop.example", "smtp-password")
                .staffRecipients(n -> n.department().equals(Department.FINANCE) ? List.of("finance@shop.example") : List.of())
                .build();
        SmsChannel sms = SmsChannel.builder(gateway::add)
                .signName("某某商城")
                .template(NotificationKind.CUSTOMER_PROGRESS, "SMS_276300001")
                .template(NotificationKind.ORDER_CANCELLED, "SMS_276300002")
                .customerPhones(n -> List.of())
                .build();
        ExceptionHandling handling = ExceptionHandling.builder()
                .notifier(ChannelNotifier.builder()
                        .staff(Channel.IN_APP, financeGroup)
                        .staff(Channel.EMAIL, email)
                        .customer(Channel.SMS, sms)
                        .build())
                .staffChannels(Channel.IN_APP, Channel.EMAIL)
                .customerChannels(Channel.SMS)
                .orderFlow(orderFlow)
                .build();

        // THEN
        assertThat(handling.notificationWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(financeGroup.toString()).isEqualTo("WeComRobot[https://qyapi.weixin.qq.com/cgi-bin/webhook/send, MARKDOWN]");
        assertThat(email.toString()).isEqualTo(
                "EmailChannel[smtp.exmail.qq.com:465, SSL, from oms@shop.example, login oms@shop.example]");
        assertThat(sms.toString()).isEqualTo("SmsChannel[templates [CUSTOMER_PROGRESS, ORDER_CANCELLED], sign 某某商城]");
    }
}
