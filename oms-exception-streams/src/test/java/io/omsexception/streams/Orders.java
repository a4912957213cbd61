package io.omsexception.streams;

import java.time.OffsetDateTime;

/** Orders of the JSON contract for the tests: paid, complete, of one line, raising nothing by themselves. */
final class Orders {
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");
    static final String HOME = "解放北路88号";

    private Orders() {
    }

    static String order(String orderId, String customerId, OffsetDateTime createdAt) {
        return order(orderId, customerId, createdAt, HOME, "");
    }

    /**
     * @param detail the address detail line
     * @param refunds the refunds array's content, or "" for none
     */
    static String order(String orderId, String customerId, OffsetDateTime createdAt, String detail, String refunds) {
        return order(orderId, "{\"customerId\": \"" + customerId + "\", \"tier\": \"REGULAR\"}", createdAt, detail, refunds,
                "TEA-001", 1);
    }

    static String order(String orderId, String customerJson, OffsetDateTime createdAt, String detail, String refunds,
            String sku, int quantity) {
        return """
                {"orderId": "%s", "channel": "TMALL", "createdAt": "%s", "totalAmount": %d.00, "currency": "CNY",
                 "customer": %s,
                 "shippingAddress": {"recipient": "张三", "phone": "13800138000", "country": "CN",
                   "province": "新疆维吾尔自治区", "city": "乌鲁木齐市", "district": "天山区", "detail": "%s",
                   "postalCode": "830000"},
                 "payment": {"status": "PAID", "method": "ALIPAY", "paidAmount": %d.00, "paidAt": "%s"},
                 "lines": [{"lineId": "1", "sku": "%s", "name": "龙井 250g", "quantity": %d, "unitPrice": 100.00,
                   "weightKg": 0.25}],
                 "refunds": [%s]}
                """.formatted(orderId, createdAt, 100 * quantity, customerJson, detail, 100 * quantity,
                createdAt.plusMinutes(1), sku, quantity, refunds);
    }

    static String openRefund(String refundId, OffsetDateTime at) {
        return """
                {"refundId": "%s", "status": "OPEN", "reason": "NO_LONGER_NEEDED", "amount": 100.00,
                 "requestedAt": "%s", "returnRequired": false, "lineIds": ["1"]}""".formatted(refundId, at);
    }
}
