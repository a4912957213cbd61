package io.omsexception.testkit;

import io.omsexception.BatchResult;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results built with their public constructors, the way the engine would return them, so that the
 * assertion tests depend on the result types only and not on how a pack declares its codes.
 */
final class Results {
    static final LocalizedText TEXT = new LocalizedText("文", "text");

    /** An order-level blocking finding with numeric evidence of three types. */
    static final Finding TIMEOUT = new Finding("T_TIMEOUT", Category.PAYMENT, Priority.P2, Department.FINANCE, true,
            TEXT, TEXT, evidence("minutesSinceCreated", 46L, "thresholdMinutes", 30, "amount", new BigDecimal("30.00")),
            List.of("T_TIMEOUT: unpaid for too long"));

    /** A line-level blocking finding raised by two rules, with list evidence. */
    static final Finding DELISTED = new Finding("T_DELISTED", Category.INVENTORY, Priority.P2, Department.WAREHOUSE,
            true, TEXT, TEXT,
            evidence("lines[0].sku", "B", "lines[2].sku", "A", "skus", List.of("B", "A"), "quantities", List.of(1L, 2L)),
            List.of("T_DELISTED: a line's product is delisted", "T_DELISTED: a line's product is withdrawn"),
            List.of("B", "A"), List.of(0, 2));

    /** An advisory finding with a null evidence value. */
    static final Finding REJECTED = new Finding("T_REJECTED", Category.LOGISTICS, Priority.P3, Department.LOGISTICS,
            false, TEXT, TEXT, evidence("shippingAddress.province", "新疆维吾尔自治区", "shippingAddress.phone", null),
            List.of("T_REJECTED: remote region"));

    /** Codes [T_DELISTED, T_TIMEOUT, T_REJECTED], blocking. */
    static final OrderEvaluation SO_1 = evaluation("SO-1", DELISTED, TIMEOUT, REJECTED);
    /** Codes [T_REJECTED], not blocking. */
    static final OrderEvaluation SO_2 = evaluation("SO-2", REJECTED);
    /** Clean. */
    static final OrderEvaluation SO_3 = evaluation("SO-3");

    /** Orders SO-1, SO-2 and SO-3 evaluated, SO-4 invalid at index 1, SO-6 failed at index 4. */
    static final BatchResult BATCH = new BatchResult(List.of(SO_1, SO_2, SO_3), List.of(
            new OrderError(1, "SO-4", "lines[0].quantity", "must be greater than 0"),
            new OrderError(4, "SO-6", "", "evaluation failed: IllegalStateException: boom on SO-6")));

    private Results() {
    }

    static OrderEvaluation evaluation(String orderId, Finding... findings) {
        boolean blocking = List.of(findings).stream().anyMatch(Finding::blocking);
        return new OrderEvaluation(orderId, blocking, List.of(findings));
    }

    /** @return the keys and values as an ordered map; a value may be null */
    static Map<String, Object> evidence(Object... keysAndValues) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            evidence.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return evidence;
    }
}
