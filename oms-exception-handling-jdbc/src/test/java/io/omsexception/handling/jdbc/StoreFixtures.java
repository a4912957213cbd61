package io.omsexception.handling.jdbc;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** Findings, orders and a clock for the store tests, built directly without rules. */
final class StoreFixtures {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = OffsetDateTime.parse("2026-11-22T09:00:00+08:00").toInstant();

    private StoreFixtures() {
    }

    /** A clock tests move by hand. Thread-safe. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(T0);

        void advance(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    static Finding finding(String code, Category category, Priority priority, Department department, boolean blocking) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("payment.status", "UNPAID");
        evidence.put("minutesSinceCreated", 47);
        evidence.put("thresholdMinutes", 30L);
        evidence.put("paidAmount", new BigDecimal("179.00"));
        evidence.put("phoneMasked", true);
        evidence.put("skus", List.of("SKU-1", "SKU-2"));
        evidence.put("nothing", null);
        evidence.put("ratio", 0.25d);
        return new Finding(code, category, priority, department, blocking,
                new LocalizedText("处理 " + code, "Handle " + code),
                new LocalizedText("您的订单正在处理", "Your order is being handled"), evidence, List.of("rule." + code),
                List.of("SKU-1"), List.of(0));
    }

    static Finding paymentTimeout() {
        return finding("PAYMENT_TIMEOUT", Category.PAYMENT, Priority.P2, Department.FINANCE, true);
    }

    static Finding addressIncomplete() {
        return finding("ADDRESS_INCOMPLETE", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, true);
    }

    static Finding unusualAmount() {
        return finding("UNUSUAL_AMOUNT", Category.RISK, Priority.P3, Department.RISK_CONTROL, false);
    }

    static Order order(String orderId) {
        return Order.builder(orderId, OffsetDateTime.parse("2026-11-22T08:00:00+08:00"))
                .customer(new Customer("C-" + orderId, CustomerTier.VIP, 3, null, 0, 1, 0, false))
                .build();
    }

    static OrderEvaluation evaluation(String orderId, Finding... findings) {
        List<Finding> list = Arrays.asList(findings);
        return new OrderEvaluation(orderId, list.stream().anyMatch(Finding::blocking), list);
    }
}
