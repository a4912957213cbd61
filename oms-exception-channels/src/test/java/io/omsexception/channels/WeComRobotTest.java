package io.omsexception.channels;

import static io.omsexception.channels.LocalServer.ok;
import static io.omsexception.channels.LocalServer.status;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.InvalidFieldException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WeComRobotTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private WeComRobot.Builder robot(LocalServer server) {
        return WeComRobot.builder("k-5f1c").endpoint(server.uri("/cgi-bin/webhook/send")).clock(Samples.CLOCK)
                .retry(sleeper.retry());
    }

    @Test
    void should_post_a_text_message_with_the_key_in_the_query() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
                assertThat(r.query()).isEqualTo("key=k-5f1c");
                assertThat(r.headers()).containsEntry("content-type", "application/json; charset=utf-8");
                assertThat(r.body()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"新异常 P1 · 财务\\n"
                        + "财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n截止：2026-11-22 11:00 +08:00\\n"
                        + "处理人：张三\"}}");
            });
            assertThat(sleeper.waits()).isEmpty();
        }
    }

    @Test
    void should_post_markdown_in_english_without_an_assignee_line_when_nobody_has_the_case() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).format(RobotFormat.MARKDOWN).language("en").build().notifyStaff(Samples.staff(null));

            // THEN
            assertThat(server.received()).singleElement().extracting(LocalServer.Received::body).isEqualTo(
                    "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"**New case P1 · Finance**\\n"
                            + "New P1 case SO-1/PAYMENT_TIMEOUT in Finance: Ask the buyer to pay\\n"
                            + "> Due: 2026-11-22 11:00 +08:00\"}}");
        }
    }

    @Test
    void should_retry_a_server_error_after_the_first_backoff_and_then_deliver() throws Exception {
        try (LocalServer server = new LocalServer(status(500), ok(OK))) {
            // WHEN
            robot(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).hasSize(2);
            assertThat(server.received().get(1).body()).isEqualTo(server.received().get(0).body());
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
        }
    }

    @Test
    void should_report_an_errcode_after_three_attempts_without_showing_the_key() throws Exception {
        try (LocalServer server = new LocalServer(ok("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"))) {
            WeComRobot robot = robot(server).build();

            // WHEN / THEN
            assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("WeCom robot could not deliver " + STAFF_KEY
                            + " after 3 attempts: errcode 45009 (api freq out of limit)")
                    .satisfies(e -> assertThat(((ChannelException) e).attempts()).isEqualTo(3));
            assertThat(server.received()).hasSize(3);
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        }
    }

    @Test
    void should_not_retry_a_refused_address() throws Exception {
        try (LocalServer server = new LocalServer(status(404))) {
            WeComRobot robot = robot(server).build();

            // WHEN / THEN
            assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                    .hasMessage("WeCom robot could not deliver " + STAFF_KEY + " after 1 attempt: HTTP 404");
            assertThat(server.received()).hasSize(1);
            assertThat(sleeper.waits()).isEmpty();
        }
    }

    @Test
    void should_retry_a_refused_connection_and_then_report_it() throws Exception {
        // GIVEN a port nobody listens on
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WeComRobot robot = WeComRobot.builder("k-5f1c").endpoint(URI.create("http://127.0.0.1:" + port + "/send"))
                .retry(sleeper.retry()).build();

        // WHEN / THEN
        assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                .isInstanceOf(ChannelException.class)
                .hasMessage("WeCom robot could not deliver " + STAFF_KEY + " after 3 attempts: ConnectException");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void should_cut_a_text_longer_than_wecom_takes_at_a_whole_character() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // GIVEN a message of 1000 Chinese characters (3000 bytes)
            io.omsexception.handling.StaffNotification n = Samples.staff(null);
            io.omsexception.handling.StaffNotification longOne = new io.omsexception.handling.StaffNotification(n.kind(),
                    n.department(), n.caseId(), n.priority(), null, n.dueAt(),
                    new io.omsexception.LocalizedText("长".repeat(1000), "long"), n.channels(), n.at(), n.idempotencyKey());

            // WHEN
            robot(server).build().notifyStaff(longOne);

            // THEN the title line (23 bytes) and 674 characters (2022 bytes) fill 2045 bytes, the ellipsis 3 more
            assertThat(server.received()).singleElement().extracting(LocalServer.Received::body).isEqualTo(
                    "{\"msgtype\":\"text\",\"text\":{\"content\":\"新异常 P1 · 财务\\n" + "长".repeat(674) + "…\"}}");
        }
    }

    @Test
    void should_send_nothing_for_a_customer_notification() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).build().notifyCustomer(Samples.customer("C-1"));

            // THEN
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void should_keep_the_key_out_of_its_description() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            WeComRobot robot = robot(server).build();

            // WHEN / THEN
            assertThat(robot.toString()).isEqualTo("WeComRobot[" + server.uri("/cgi-bin/webhook/send") + ", TEXT]")
                    .doesNotContain("k-5f1c");
        }
    }

    @Test
    void should_refuse_a_blank_key_a_key_with_a_newline_and_a_setting_given_twice() {
        assertThatThrownBy(() -> WeComRobot.builder(" ")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("key: is required");
        assertThatThrownBy(() -> WeComRobot.builder("k-5f1c\n")).hasMessage("key: must not contain white space");
        assertThatThrownBy(() -> WeComRobot.builder("k").format(RobotFormat.TEXT).format(RobotFormat.MARKDOWN))
                .isInstanceOf(IllegalStateException.class).hasMessage("format was already set");
        assertThatThrownBy(() -> WeComRobot.builder("k").endpoint(URI.create("https://h/send?key=x")))
                .hasMessage("endpoint: must have no query, fragment or user info: give the key on its own");
        assertThatThrownBy(() -> WeComRobot.builder("k").requestTimeout(Duration.ZERO))
                .hasMessage("requestTimeout: must be positive but was PT0S");
    }
}
