package io.omsexception.channels;

import static io.omsexception.channels.LocalServer.ok;
import static io.omsexception.channels.LocalServer.status;
import static io.omsexception.channels.Samples.CUSTOMER_KEY;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JsonWebhookTest {
    private static final String STAFF_BODY = "{\"audience\":\"STAFF\",\"kind\":\"CASE_OPENED\",\"idempotencyKey\":\""
            + STAFF_KEY + "\",\"at\":\"2026-11-22T10:45:00+08:00\",\"orderId\":\"SO-1\",\"caseId\":\"SO-1/PAYMENT_TIMEOUT\","
            + "\"department\":\"FINANCE\",\"priority\":\"P1\",\"assignee\":\"张三\",\"dueAt\":\"2026-11-22T11:00:00+08:00\","
            + "\"channels\":[\"EMAIL\",\"IN_APP\"],\"message\":{\"zh\":\"财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\","
            + "\"en\":\"New P1 case SO-1/PAYMENT_TIMEOUT in Finance: Ask the buyer to pay\"}}";
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private JsonWebhook.Builder webhook(LocalServer server) {
        return JsonWebhook.builder(server.uri("/hooks/oms?tenant=shop-1")).clock(Samples.CLOCK).retry(sleeper.retry());
    }

    @Test
    void should_post_the_documented_staff_body_with_the_idempotency_key_header() throws Exception {
        try (LocalServer server = new LocalServer(status(204))) {
            // WHEN
            webhook(server).build().notifyStaff(Samples.staff("张三"));

            // THEN
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).isEqualTo("/hooks/oms");
                assertThat(r.query()).isEqualTo("tenant=shop-1");
                assertThat(r.headers()).containsEntry("content-type", "application/json; charset=utf-8")
                        .containsEntry("x-oms-idempotency-key", STAFF_KEY)
                        .doesNotContainKeys("x-oms-signature", "x-oms-timestamp");
                assertThat(r.body()).isEqualTo(STAFF_BODY);
            });
        }
    }

    @Test
    void should_leave_out_a_customer_id_the_notification_does_not_have() throws Exception {
        try (LocalServer server = new LocalServer(ok("{}"))) {
            // WHEN
            webhook(server).build().notifyCustomer(Samples.customer(null));

            // THEN
            assertThat(server.received()).singleElement().extracting(LocalServer.Received::body).isEqualTo(
                    "{\"audience\":\"CUSTOMER\",\"kind\":\"CUSTOMER_PROGRESS\",\"idempotencyKey\":\"" + CUSTOMER_KEY
                            + "\",\"at\":\"2026-11-22T10:45:00+08:00\",\"orderId\":\"SO-1\","
                            + "\"caseId\":\"SO-1/PAYMENT_TIMEOUT\",\"channels\":[\"SMS\"],\"message\":{"
                            + "\"zh\":\"您的订单尚未支付，请在 30 分钟内完成支付\","
                            + "\"en\":\"Your order is not paid yet: please pay within 30 minutes\"}}");
        }
    }

    @Test
    void should_sign_timestamp_dot_body_and_send_the_hosts_headers() throws Exception {
        try (LocalServer server = new LocalServer(ok("{}"))) {
            // WHEN
            webhook(server).secret("whsec-1").header("Authorization", "Bearer t0ken").build()
                    .notifyStaff(Samples.staff("张三"));

            // THEN the signature, recomputed here on its own
            long timestamp = Samples.NOW.getEpochSecond();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("whsec-1".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + STAFF_BODY).getBytes(StandardCharsets.UTF_8)));
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.headers()).containsEntry("x-oms-timestamp", Long.toString(timestamp))
                        .containsEntry("x-oms-signature", expected)
                        .containsEntry("authorization", "Bearer t0ken");
                assertThat(r.body()).isEqualTo(STAFF_BODY);
            });
        }
    }

    @Test
    void should_retry_server_errors_and_report_the_last_one_without_its_secrets() throws Exception {
        try (LocalServer server = new LocalServer(status(502), status(500), status(503))) {
            JsonWebhook webhook = webhook(server).secret("whsec-1").header("Authorization", "Bearer t0ken").build();

            // WHEN / THEN
            assertThatThrownBy(() -> webhook.notifyCustomer(Samples.customer("C-1")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("JSON webhook could not deliver " + CUSTOMER_KEY + " after 3 attempts: HTTP 503");
            assertThat(server.received()).hasSize(3);
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(webhook.toString()).isEqualTo("JsonWebhook[" + server.uri("/hooks/oms")
                    + ", signed, headers [Authorization]]").doesNotContain("t0ken").doesNotContain("whsec");
        }
    }

    @Test
    void should_give_up_on_a_server_that_does_not_answer_within_the_request_timeout() throws Exception {
        try (LocalServer server = new LocalServer(LocalServer.HANG)) {
            JsonWebhook webhook = webhook(server).requestTimeout(Duration.ofMillis(100)).build();

            // WHEN / THEN
            assertThatThrownBy(() -> webhook.notifyStaff(Samples.staff("张三")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("JSON webhook could not deliver " + STAFF_KEY
                            + " after 3 attempts: no answer within PT0.1S (HttpTimeoutException)");
            assertThat(server.received()).hasSize(3);
        }
    }

    @Test
    void should_refuse_a_header_it_sets_itself_and_a_header_given_twice() {
        JsonWebhook.Builder b = JsonWebhook.builder(java.net.URI.create("https://erp.example/hooks"));
        assertThatThrownBy(() -> b.header("X-Oms-Signature", "x"))
                .hasMessage("header(X-Oms-Signature): must be a header name the webhook does not set itself");
        b.header("Authorization", "Bearer a");
        assertThatThrownBy(() -> b.header("authorization", "Bearer b"))
                .isInstanceOf(IllegalStateException.class).hasMessage("header(authorization) was already set");
        assertThatThrownBy(() -> JsonWebhook.builder(java.net.URI.create("ftp://erp.example/hooks")))
                .hasMessage("uri: must be an http or https address with a host and no user info");
    }
}
