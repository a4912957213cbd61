package io.omsexception.channels;

import static io.omsexception.channels.Samples.CUSTOMER_KEY;
import static io.omsexception.channels.Samples.STAFF_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.handling.NotificationKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SmsChannelTest {
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final List<SmsMessage> sent = new CopyOnWriteArrayList<>();

    private SmsChannel.Builder channel(SmsGateway gateway) {
        return SmsChannel.builder(gateway).signName("某某商城").clock(Samples.CLOCK).retry(sleeper.retry())
                .template(NotificationKind.CUSTOMER_PROGRESS, "SMS_276300001")
                .template(NotificationKind.CASE_OPENED, "SMS_276300009");
    }

    @Test
    void should_give_the_gateway_the_template_and_the_customer_parameters_in_order() {
        // GIVEN
        SmsChannel sms = channel(sent::add).customerPhones(n -> List.of("13812345678")).build();

        // WHEN
        sms.notifyCustomer(Samples.customer("C-1"));

        // THEN
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderId", "SO-1");
        parameters.put("caseId", "SO-1/PAYMENT_TIMEOUT");
        parameters.put("message", "您的订单尚未支付，请在 30 分钟内完成支付");
        assertThat(sent).containsExactly(new SmsMessage("13812345678", "SMS_276300001", "某某商城", parameters, CUSTOMER_KEY));
        assertThat(sent.get(0).parameters().keySet()).containsExactly("orderId", "caseId", "message");
    }

    @Test
    void should_give_staff_the_priority_the_department_in_chinese_and_the_due_time_with_its_offset() {
        // GIVEN
        SmsChannel sms = channel(sent::add).staffPhones(n -> List.of("+8613900001111")).build();

        // WHEN
        sms.notifyStaff(Samples.staff("张三"));

        // THEN
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.phone()).isEqualTo("+8613900001111");
            assertThat(m.templateCode()).isEqualTo("SMS_276300009");
            assertThat(m.idempotencyKey()).isEqualTo(STAFF_KEY);
            assertThat(m.parameters()).containsExactly(Map.entry("orderId", "SO-1"),
                    Map.entry("caseId", "SO-1/PAYMENT_TIMEOUT"), Map.entry("priority", "P1"),
                    Map.entry("department", "财务"), Map.entry("dueAt", "2026-11-22 11:00 +08:00"),
                    Map.entry("message", "财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付"));
        });
    }

    @Test
    void should_skip_masked_phones_and_kinds_without_a_template() {
        // GIVEN
        SmsChannel sms = channel(sent::add).customerPhones(n -> List.of("138****5678")).build();

        // WHEN
        sms.notifyCustomer(Samples.customer("C-1"));
        sms.notifyCustomer(new io.omsexception.handling.CustomerNotification(NotificationKind.ORDER_CANCELLED, "SO-2",
                "C-2", io.omsexception.handling.CaseId.rule("SO-2", "BLACKLISTED_CUSTOMER"),
                new io.omsexception.LocalizedText("您的订单 SO-2 已取消", "Your order SO-2 has been cancelled"),
                java.util.Set.of(io.omsexception.handling.Channel.SMS), Samples.NOW, "SO-2/BLACKLISTED_CUSTOMER/ORDER_CANCELLED"));

        // THEN
        assertThat(sent).isEmpty();
    }

    @Test
    void should_retry_a_failing_gateway_and_then_send() {
        // GIVEN a gateway that fails once
        AtomicInteger calls = new AtomicInteger();
        SmsChannel sms = channel(m -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("isv.BUSINESS_LIMIT_CONTROL");
            }
            sent.add(m);
        }).customerPhones(n -> List.of("13812345678")).build();

        // WHEN
        sms.notifyCustomer(Samples.customer("C-1"));

        // THEN
        assertThat(calls).hasValue(2);
        assertThat(sent).hasSize(1);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void should_report_a_gateway_that_keeps_failing_after_three_attempts() {
        // GIVEN
        SmsChannel sms = channel(m -> {
            throw new IllegalStateException("isv.BUSINESS_LIMIT_CONTROL");
        }).customerPhones(n -> List.of("13812345678")).build();

        // WHEN / THEN
        assertThatThrownBy(() -> sms.notifyCustomer(Samples.customer("C-1")))
                .isInstanceOf(ChannelException.class)
                .hasMessage("SMS could not deliver " + CUSTOMER_KEY + " after 3 attempts: the gateway failed: "
                        + "IllegalStateException: isv.BUSINESS_LIMIT_CONTROL");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void should_refuse_a_phone_that_is_not_a_number_without_calling_the_gateway() {
        // GIVEN
        SmsChannel sms = channel(sent::add).customerPhones(n -> List.of("call me")).build();

        // WHEN / THEN
        assertThatThrownBy(() -> sms.notifyCustomer(Samples.customer("C-1")))
                .hasMessage("SMS could not deliver " + CUSTOMER_KEY + " after 1 attempt: phone 0 is not a phone number");
        assertThat(sent).isEmpty();
    }

    @Test
    void should_refuse_a_channel_without_templates_and_a_template_given_twice() {
        assertThatThrownBy(() -> SmsChannel.builder(sent::add).build())
                .hasMessage("templates: must name at least one notification kind");
        assertThatThrownBy(() -> SmsChannel.builder(sent::add).template(NotificationKind.CASE_OPENED, "A")
                .template(NotificationKind.CASE_OPENED, "B")).hasMessage("template(CASE_OPENED) was already set");
    }
}
