package io.omsexception.handling;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import io.omsexception.model.Customer;
import io.omsexception.model.CustomerTier;
import io.omsexception.model.Order;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Findings, orders and evaluations built directly, without rules. */
final class Fixtures {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant T0 = OffsetDateTime.parse("2026-11-22T09:00:00+08:00").toInstant();

    private Fixtures() {
    }

    static Finding finding(String code, Category category, Priority priority, Department department, boolean blocking,
            LocalizedText customerMessage) {
        return new Finding(code, category, priority, department, blocking,
                new LocalizedText("处理 " + code, "Handle " + code), customerMessage,
                Map.of("checkedAt", "2026-11-22T09:00:00+08:00"), List.of("test." + code));
    }

    /** P2, FINANCE, blocking. */
    static Finding paymentTimeout() {
        return finding("PAYMENT_TIMEOUT", Category.PAYMENT, Priority.P2, Department.FINANCE, true,
                new LocalizedText("您的订单尚未付款", "Your order is waiting for payment"));
    }

    /** P3, CUSTOMER_SERVICE, blocking. */
    static Finding addressIncomplete() {
        return finding("ADDRESS_INCOMPLETE", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, true,
                new LocalizedText("您的订单正在等待门牌号，预计 2 小时内处理",
                        "Your order is waiting for the house number, expected within 2 hours"));
    }

    /** P2, WAREHOUSE, blocking. */
    static Finding outOfStock() {
        return finding("OUT_OF_STOCK", Category.INVENTORY, Priority.P2, Department.WAREHOUSE, true,
                new LocalizedText("商品补货中", "Your item is being restocked"));
    }

    /** P3, RISK_CONTROL, advisory. */
    static Finding unusualAmount() {
        return finding("UNUSUAL_AMOUNT", Category.RISK, Priority.P3, Department.RISK_CONTROL, false,
                new LocalizedText("订单审核中", "Your order is being reviewed"));
    }

    static Order order(String orderId, CustomerTier tier) {
        return Order.builder(orderId, OffsetDateTime.parse("2026-11-22T08:00:00+08:00"))
                .customer(new Customer("C-" + orderId, tier, 3, null, 0, 1, 0, false))
                .build();
    }

    static Order order(String orderId) {
        return order(orderId, CustomerTier.REGULAR);
    }

    static OrderEvaluation evaluation(String orderId, Finding... findings) {
        List<Finding> list = List.of(findings);
        return new OrderEvaluation(orderId, list.stream().anyMatch(Finding::blocking), list);
    }
}
