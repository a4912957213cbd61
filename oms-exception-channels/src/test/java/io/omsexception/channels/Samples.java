package io.omsexception.channels;

import io.omsexception.Department;
import io.omsexception.LocalizedText;
import io.omsexception.Priority;
import io.omsexception.handling.CaseId;
import io.omsexception.handling.Channel;
import io.omsexception.handling.CustomerNotification;
import io.omsexception.handling.NotificationKind;
import io.omsexception.handling.StaffNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** The notifications the channel tests send, at a fixed time in Shanghai. */
final class Samples {
    static final Instant NOW = Instant.parse("2026-11-22T02:45:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);
    static final CaseId CASE = CaseId.rule("SO-1", "PAYMENT_TIMEOUT");
    static final String STAFF_KEY = "SO-1/PAYMENT_TIMEOUT/CASE_OPENED/FINANCE/1";
    static final String CUSTOMER_KEY = "SO-1/PAYMENT_TIMEOUT/CUSTOMER_PROGRESS/1";

    private Samples() {
    }

    static StaffNotification staff(String assignee) {
        return new StaffNotification(NotificationKind.CASE_OPENED, Department.FINANCE, CASE, Priority.P1, assignee,
                NOW.plus(Duration.ofMinutes(15)),
                new LocalizedText("财务队列新增 P1 异常 SO-1/PAYMENT_TIMEOUT：联系买家完成支付",
                        "New P1 case SO-1/PAYMENT_TIMEOUT in Finance: Ask the buyer to pay"),
                Set.of(Channel.IN_APP, Channel.EMAIL), NOW, STAFF_KEY);
    }

    static CustomerNotification customer(String customerId) {
        return new CustomerNotification(NotificationKind.CUSTOMER_PROGRESS, "SO-1", customerId, CASE,
                new LocalizedText("您的订单尚未支付，请在 30 分钟内完成支付", "Your order is not paid yet: please pay within 30 minutes"),
                Set.of(Channel.SMS), NOW, CUSTOMER_KEY);
    }
}
