package io.omsexception.channels;

import static io.omsexception.channels.LocalServer.ok;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DingTalkRobotTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private static final String SECRET = "SEC0a1b2c3d4e5f+/=";
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private DingTalkRobot.Builder robot(LocalServer server) {
        return DingTalkRobot.builder("tok-42").endpoint(server.uri("/robot/send")).clock(Samples.CLOCK)
                .retry(sleeper.retry());
    }

    /** DingTalk's documented sign, computed here on its own: HmacSHA256(secret, ts + "\n" + secret), Base64, URL-encoded. */
    private static String expectedSign(long timestampMillis) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] sign = mac.doFinal((timestampMillis + "\n" + SECRET).getBytes(StandardCharsets.UTF_8));
        return URLEncoder.encode(Base64.getEncoder().encodeToString(sign), "UTF-8");
    }

    @Test
    void should_post_an_unsigned_text_message_with_the_access_token_only() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/robot/send");
                assertThat(r.query()).isEqualTo("access_token=tok-42");
                assertThat(r.headers()).containsEntry("content-type", "application/json; charset=utf-8");
                assertThat(r.body()).isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"新异常 P1 · 财务\\n"
                        + "财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n截止：2026-11-22 11:00 +08:00\\n"
                        + "处理人：张三\"}}");
            });
        }
    }

    @Test
    void should_sign_the_request_with_the_clocks_milliseconds_as_dingtalk_documents() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).secret(SECRET).format(RobotFormat.MARKDOWN).build().notifyStaff(Samples.staff(null));

            // THEN
            long timestamp = Samples.NOW.toEpochMilli();
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.query()).isEqualTo("access_token=tok-42&timestamp=" + timestamp + "&sign="
                        + expectedSign(timestamp));
                assertThat(r.body()).isEqualTo("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"新异常 P1 · 财务\","
                        + "\"text\":\"**新异常 P1 · 财务**\\n财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n"
                        + "> 截止：2026-11-22 11:00 +08:00\"}}");
            });
        }
    }

    @Test
    void should_sign_every_retry_again_with_the_time_of_that_retry() throws Exception {
        try (LocalServer server = new LocalServer(LocalServer.status(503), ok(OK))) {
            // GIVEN a clock that moves a second per reading
            java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                    Samples.NOW.toEpochMilli());
            java.time.Clock ticking = new java.time.Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return Samples.SHANGHAI;
                }

                @Override
                public java.time.Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public java.time.Instant instant() {
                    return java.time.Instant.ofEpochMilli(millis.getAndAdd(1000));
                }
            };
            DingTalkRobot robot = DingTalkRobot.builder("tok-42").endpoint(server.uri("/robot/send")).clock(ticking)
                    .secret(SECRET).retry(sleeper.retry()).build();

            // WHEN
            robot.notifyStaff(Samples.staff("张三"));

            // THEN
            long first = Samples.NOW.toEpochMilli();
            assertThat(server.received()).extracting(LocalServer.Received::query).containsExactly(
                    "access_token=tok-42&timestamp=" + first + "&sign=" + expectedSign(first),
                    "access_token=tok-42&timestamp=" + (first + 1000) + "&sign=" + expectedSign(first + 1000));
        }
    }

    @Test
    void should_report_a_refused_signature_after_three_attempts_without_the_token_or_the_secret() throws Exception {
        try (LocalServer server = new LocalServer(ok("{\"errcode\":310000,\"errmsg\":\"sign not match\"}"))) {
            DingTalkRobot robot = robot(server).secret(SECRET).build();

            // WHEN / THEN
            assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("DingTalk robot could not deliver " + STAFF_KEY
                            + " after 3 attempts: errcode 310000 (sign not match)");
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(robot.toString()).isEqualTo("DingTalkRobot[" + server.uri("/robot/send") + ", TEXT, signed]")
                    .doesNotContain("tok-42").doesNotContain("SEC0a1b");
        }
    }

    @Test
    void should_refuse_an_answer_without_an_errcode() throws Exception {
        try (LocalServer server = new LocalServer(ok("<html>gateway</html>"))) {
            DingTalkRobot robot = DingTalkRobot.builder("tok-42").endpoint(server.uri("/robot/send"))
                    .retry(Retry.builder().attempts(1).build()).build();

            // WHEN / THEN
            assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                    .hasMessage("DingTalk robot could not deliver " + STAFF_KEY + " after 1 attempt: the answer has no errcode");
        }
    }
}
