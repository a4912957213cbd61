package io.omsexception.channels;

import static io.omsexception.channels.LocalServer.ok;
import static io.omsexception.channels.LocalServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.Channel;
import io.omsexception.handling.ExceptionHandling;
import io.omsexception.handling.OrderFlow;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A real staff notification of {@code ExceptionHandling} reaching a WeCom robot on 127.0.0.1 through the outbox. */
class ExceptionHandlingEndToEndTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-22T09:00:00+08:00");
    private static final String OPENED = "{\"msgtype\":\"text\",\"text\":{\"content\":\"新异常 P2 · 财务\\n"
            + "财务队列新增 P2 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付\\n截止：2026-11-22 11:00 +08:00\"}}";

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<String> holds = new CopyOnWriteArrayList<>();

    private ExceptionHandling handling(LocalServer server, int attempts) {
        Clock clock = Clock.fixed(T0.toInstant(), Samples.SHANGHAI);
        WeComRobot robot = WeComRobot.builder("k-5f1c").endpoint(server.uri("/cgi-bin/webhook/send")).clock(clock)
                .retry(Retry.builder().attempts(attempts).sleeper(sleeper).build()).build();
        return ExceptionHandling.builder().clock(clock)
                .notifier(ChannelNotifier.builder().staff(Channel.IN_APP, robot).build())
                .orderFlow(new OrderFlow() {
                    @Override
                    public void hold(String orderId, List<CaseId> blockingCases) {
                        holds.add(orderId);
                    }

                    @Override
                    public void release(String orderId) {
                    }

                    @Override
                    public void cancel(String orderId, String reason, CaseId confirmedCase) {
                    }
                })
                .build();
    }

    private static Order order() {
        return Order.builder("SO-1", T0.minusHours(1))
                .customer(new Customer("C-1", CustomerTier.REGULAR, 3, null, 0, 1, 0, false)).build();
    }

    private static OrderEvaluation paymentTimeout() {
        Finding f = new Finding("PAYMENT_TIMEOUT", Category.PAYMENT, Priority.P2, Department.FINANCE, true,
                new LocalizedText("联系买家完成支付", "Ask the buyer to pay"),
                new LocalizedText("您的订单尚未付款", "Your order is waiting for payment"),
                Map.of("payment.status", "PENDING"), List.of("payment.PAYMENT_TIMEOUT"));
        return new OrderEvaluation("SO-1", true, List.of(f));
    }

    @Test
    void should_post_the_case_opened_notification_to_the_robot_when_a_finding_opens_a_case() throws Exception {
        try (LocalServer server = new LocalServer(ok(OK))) {
            ExceptionHandling handling = handling(server, 3);

            // WHEN
            handling.reconcile(order(), paymentTimeout());

            // THEN the robot got the finance queue's notice, the order was held, nothing is left pending
            assertThat(server.received()).singleElement().satisfies(r -> {
                assertThat(r.path()).isEqualTo("/cgi-bin/webhook/send");
                assertThat(r.query()).isEqualTo("key=k-5f1c");
                assertThat(r.body()).isEqualTo(OPENED);
            });
            assertThat(holds).containsExactly("SO-1");
            assertThat(handling.pending("SO-1")).isEmpty();
        }
    }

    @Test
    void should_keep_a_notification_the_robot_refused_pending_and_deliver_it_once_the_robot_is_back() throws Exception {
        try (LocalServer server = new LocalServer(status(500), status(500), ok(OK))) {
            ExceptionHandling handling = handling(server, 2);

            // WHEN the robot fails both attempts
            handling.reconcile(order(), paymentTimeout());

            // THEN the change is stored and the order held all the same; the notice waits in the outbox
            assertThat(handling.cases("SO-1")).hasSize(1);
            assertThat(holds).containsExactly("SO-1");
            assertThat(server.received()).hasSize(2);
            assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
            assertThat(handling.pending("SO-1")).singleElement().satisfies(d -> {
                assertThat(d.idempotencyKey()).isEqualTo("SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1");
                assertThat(d.attempts()).isEqualTo(1);
            });

            // WHEN the host's worker delivers the outbox again
            int delivered = handling.deliverPending();

            // THEN
            assertThat(delivered).isEqualTo(1);
            assertThat(server.received()).hasSize(3).extracting(LocalServer.Received::body).containsOnly(OPENED);
            assertThat(handling.pending("SO-1")).isEmpty();
        }
    }
}
