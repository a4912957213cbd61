package io.omsexception.report;

import static io.omsexception.report.Fixtures.clean;
import static io.omsexception.report.Fixtures.finding;
import static io.omsexception.report.Fixtures.order;

import io.omsexception.BatchResult;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.OrderError;
import io.omsexception.Priority;
import java.time.Instant;
import java.util.List;

/**
 * A small rule change on five orders (and one rejected on both sides) with three judged cases:
 * PAYMENT_TIMEOUT moves from SO-1 to SO-3, ADDRESS_INCOMPLETE stops blocking on SO-4 and becomes
 * P2 on SO-2, OUT_OF_STOCK stays as it is.
 */
final class ImpactFixture {
    private static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");

    private ImpactFixture() {
    }

    static Finding timeout() {
        return finding("PAYMENT_TIMEOUT", Category.PAYMENT, Department.FINANCE, Priority.P2, true, "payment.unpaidMinutes", 40);
    }

    static Finding address(Priority priority, boolean blocking) {
        return finding("ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE, priority, blocking,
                "shippingAddress.detail", "人民路");
    }

    static BatchResult before() {
        return new BatchResult(List.of(
                order("SO-1", timeout()),
                order("SO-2", timeout(), address(Priority.P3, true)),
                clean("SO-3"),
                order("SO-4", address(Priority.P3, true)),
                order("SO-5", Fixtures.outOfStock("PHN-009"))),
                List.of(new OrderError(5, "SO-6", "lines[0].quantity", "must be greater than 0")));
    }

    static BatchResult after() {
        return new BatchResult(List.of(
                clean("SO-1"),
                order("SO-2", timeout(), address(Priority.P2, true)),
                order("SO-3", timeout()),
                order("SO-4", address(Priority.P3, false)),
                order("SO-5", Fixtures.outOfStock("PHN-009"))),
                List.of(new OrderError(5, "SO-6", "lines[0].quantity", "must be greater than 0")));
    }

    static HandledCase judged(String orderId, String code, HandledCase.Verdict verdict) {
        return HandledCase.of(orderId, code, Category.PAYMENT, Department.FINANCE, T0, T0.plusSeconds(1_800)).withVerdict(verdict);
    }

    static List<HandledCase> cases() {
        return List.of(
                judged("SO-1", "PAYMENT_TIMEOUT", HandledCase.Verdict.FALSE_ALARM),
                judged("SO-2", "PAYMENT_TIMEOUT", HandledCase.Verdict.GENUINE),
                judged("SO-4", "ADDRESS_INCOMPLETE", HandledCase.Verdict.GENUINE),
                HandledCase.of("SO-5", "OUT_OF_STOCK", Category.INVENTORY, Department.WAREHOUSE, T0, null));
    }

    static RuleImpact impact() {
        return ImpactPreview.builder().cases(cases()).build().compare(before(), after());
    }
}
