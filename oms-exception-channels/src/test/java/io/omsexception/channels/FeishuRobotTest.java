package io.omsexception.channels;

import static io.omsexception.channels.LocalServer.ok;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FeishuRobotTest {
    private static final String OK = "{\"code\":0,\"msg\":\"success\",\"data\":{}}";
    private static final String SECRET = "fs-Secret-9";
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private FeishuRobot.Builder robot(LocalServer server) {
        return FeishuRobot.builder("hook-7d2e").endpoint(server.uri("/open-apis/bot/v2/hook")).clock(Samples.CLOCK)
                .retry(sleeper.retry());
    }

    /** Feishu's documented sign, computed here on its own: HmacSHA256 keyed by ts + "\n" + secret over no data, Base64. */
    private static String expectedSign(long timestampSeconds) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec((timestampSeconds + "\n" + SECRET).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
    }

    @Test
    void should_post_a_text_message_to_the_hook_path() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/open-apis/bot/v2/hook/hook-7d2e");
                assertThat(r.query()).isNull();
                assertThat(r.headers()).containsEntry("content-type", "application/json; charset=utf-8");
                assertThat(r.body()).isEqualTo("{\"msg_type\":\"text\",\"content\":{\"text\":\"新异常 P1 · 财务\\n"
                        + "财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n截止：2026-11-22 11:00 +08:00\\n"
                        + "处理人：张三\"}}");
            });
        }
    }

    @Test
    void should_put_the_timestamp_in_seconds_and_the_sign_first_in_the_body_as_feishu_documents() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            // WHEN
            robot(server).secret(SECRET).build().notifyStaff(Samples.staff(null));

            // THEN
            long timestamp = Samples.NOW.getEpochSecond();
            assertThat(server.received()).singleElement().extracting(LocalServer.Received::body).isEqualTo(
                    "{\"timestamp\":\"" + timestamp + "\",\"sign\":\"" + expectedSign(timestamp) + "\","
                            + "\"msg_type\":\"text\",\"content\":{\"text\":\"新异常 P1 · 财务\\n"
                            + "财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n截止：2026-11-22 11:00 +08:00\"}}");
        }
    }

    @Test
    void should_take_the_older_status_code_answer() throws Exception {
        try (LocalServer server = new LocalServer(ok("{\"Extra\":null,\"StatusCode\":0,\"StatusMessage\":\"success\"}"))) {
            // WHEN
            robot(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).hasSize(1);
            assertThat(sleeper.waits()).isEmpty();
        }
    }

    @Test
    void should_report_a_nonzero_code_after_three_attempts_without_the_hook_or_the_secret() throws Exception {
        try (LocalServer server = new LocalServer(ok("{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\",\"data\":{}}"))) {
            FeishuRobot robot = robot(server).secret(SECRET).build();

            // WHEN / THEN
            assertThatThrownBy(() -> robot.notifyStaff(Samples.staff("张三")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("Feishu robot could not deliver " + STAFF_KEY + " after 3 attempts: code 19021 "
                            + "(sign match fail or timestamp is not within one hour from current time)");
            assertThat(server.received()).hasSize(3);
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(robot.toString()).isEqualTo("FeishuRobot[" + server.uri("/open-apis/bot/v2/hook") + ", signed]")
                    .doesNotContain("hook-7d2e").doesNotContain(SECRET);
        }
    }

    @Test
    void should_refuse_a_whole_address_given_as_the_hook() {
        assertThatThrownBy(() -> FeishuRobot.builder("https://open.feishu.cn/open-apis/bot/v2/hook/x"))
                .hasMessage("hook: must be the last part of the address only");
    }
}
