package io.omsexception.channels;

import static io.omsexception.channels.Samples.CUSTOMER_KEY;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("oms@shop.example", "pw-Secret-1"));

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private EmailChannel.Builder channel() {
        return EmailChannel.builder("127.0.0.1", SMTP.getSmtp().getPort()).security(EmailChannel.Security.NONE)
                .from("oms@shop.example", "异常订单提醒").login("oms@shop.example", "pw-Secret-1")
                .clock(Samples.CLOCK).retry(sleeper.retry());
    }

    @Test
    void should_mail_a_staff_notification_in_utf8_to_the_addresses_of_its_department() throws Exception {
        // GIVEN
        EmailChannel email = channel()
                .staffRecipients(n -> List.of("finance@shop.example", "lead@shop.example")).build();

        // WHEN
        email.notifyStaff(Samples.staff("张三"));

        // THEN
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage m = received[0];
        assertThat(m.getFrom()).containsExactly(new InternetAddress("oms@shop.example", "异常订单提醒", "UTF-8"));
        assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("异常订单提醒");
        assertThat(m.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("finance@shop.example", "lead@shop.example");
        assertThat(m.getSubject()).isEqualTo("新异常 P1 · 财务");
        assertThat(m.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(m.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(m.getContent()).isEqualTo("财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\n"
                + "截止：2026-11-22 11:00 +08:00\n处理人：张三");
        assertThat(m.getHeader("X-Oms-Idempotency-Key", null)).isEqualTo(STAFF_KEY);
        assertThat(m.getSentDate()).isEqualTo(Date.from(Samples.NOW));
    }

    @Test
    void should_mail_the_customer_and_skip_a_masked_address() throws Exception {
        // GIVEN
        EmailChannel email = channel().customerRecipients(n -> List.of("b***@qq.example", "buyer@example.cn")).build();

        // WHEN
        email.notifyCustomer(Samples.customer("C-1"));

        // THEN
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                    .containsExactly("buyer@example.cn");
            assertThat(m.getSubject()).isEqualTo("您的订单 SO-1 处理进度");
            assertThat(m.getContent()).isEqualTo("您的订单尚未支付，请在 30 分钟内完成支付");
            assertThat(m.getHeader("X-Oms-Idempotency-Key", null)).isEqualTo(CUSTOMER_KEY);
        });
    }

    @Test
    void should_send_nothing_when_the_host_names_no_recipient() {
        // GIVEN staff recipients only
        EmailChannel email = channel().staffRecipients(n -> List.of()).build();

        // WHEN
        email.notifyStaff(Samples.staff("张三"));
        email.notifyCustomer(Samples.customer("C-1"));

        // THEN
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void should_not_retry_a_refused_login_and_never_show_the_password() {
        // GIVEN
        EmailChannel email = EmailChannel.builder("127.0.0.1", SMTP.getSmtp().getPort())
                .security(EmailChannel.Security.NONE).from("oms@shop.example", null)
                .login("oms@shop.example", "wrong-Pass-9").staffRecipients(n -> List.of("finance@shop.example"))
                .retry(sleeper.retry()).build();

        // WHEN / THEN
        assertThatThrownBy(() -> email.notifyStaff(Samples.staff("张三")))
                .isInstanceOf(ChannelException.class)
                .hasMessage("Email could not deliver " + STAFF_KEY + " after 1 attempt: the server refused the login");
        assertThat(sleeper.waits()).isEmpty();
        assertThat(email.toString()).isEqualTo("EmailChannel[127.0.0.1:" + SMTP.getSmtp().getPort()
                + ", NONE, from oms@shop.example, login oms@shop.example]").doesNotContain("wrong-Pass-9");
    }

    @Test
    void should_retry_a_refused_connection_and_then_report_it() throws Exception {
        // GIVEN a port nobody listens on
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        EmailChannel email = EmailChannel.builder("127.0.0.1", port).security(EmailChannel.Security.NONE)
                .from("oms@shop.example", null).staffRecipients(n -> List.of("finance@shop.example"))
                .retry(sleeper.retry()).build();

        // WHEN / THEN
        assertThatThrownBy(() -> email.notifyStaff(Samples.staff("张三")))
                .isInstanceOf(ChannelException.class)
                .hasMessageStartingWith("Email could not deliver " + STAFF_KEY + " after 3 attempts: MailConnectException: "
                        + "Couldn't connect to host, port: 127.0.0.1, " + port + ";");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void should_refuse_a_sender_that_is_not_an_address_and_a_missing_sender() {
        assertThatThrownBy(() -> EmailChannel.builder("smtp.example", 587).from("oms at shop", null))
                .hasMessage("from: must be an email address but was 'oms at shop'");
        assertThatThrownBy(() -> EmailChannel.builder("smtp.example", 587).build()).hasMessage("from: is required");
        assertThatThrownBy(() -> EmailChannel.builder("smtp.example", 0)).hasMessage("port: must be between 1 and 65535 but was 0");
    }
}
