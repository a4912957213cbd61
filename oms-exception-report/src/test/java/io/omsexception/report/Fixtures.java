package io.omsexception.report;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built evaluations and cases for the statistics tests. */
final class Fixtures {
    static final Instant AS_OF = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalizedText TEXT = new LocalizedText("处理", "Handle");

    private Fixtures() {
    }

    static Finding finding(String code, Category category, Department department, Priority priority, boolean blocking,
            Object... evidence) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            map.put((String) evidence[i], evidence[i + 1]);
        }
        return new Finding(code, category, priority, department, blocking, TEXT, TEXT, map, List.of(code + ": rule"));
    }

    static Finding about(Finding f, String... skus) {
        return new Finding(f.code(), f.category(), f.priority(), f.department(), f.blocking(), f.guidance(),
                f.customerMessage(), f.evidence(), f.rules(), List.of(skus), List.of());
    }

    static Finding outOfStock(String sku) {
        return about(finding("OUT_OF_STOCK", Category.INVENTORY, Department.WAREHOUSE, Priority.P1, true,
                "skus[" + sku + "].ordered", 3, "skus[" + sku + "].available", 1), sku);
    }

    static Finding addressIncomplete() {
        return finding("ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE, Priority.P3, true,
                "shippingAddress.detail", "人民路");
    }

    static Finding courierRejected() {
        return finding("COURIER_REJECTED", Category.LOGISTICS, Department.LOGISTICS, Priority.P1, false,
                "shipment.status", "REJECTED");
    }

    static OrderEvaluation order(String id, Finding... findings) {
        boolean blocking = false;
        for (Finding f : findings) {
            blocking |= f.blocking();
        }
        return new OrderEvaluation(id, blocking, List.of(findings));
    }

    static OrderEvaluation clean(String id) {
        return new OrderEvaluation(id, false, List.of());
    }
}
