package io.omsexception.report;

import static io.omsexception.report.Fixtures.finding;
import static io.omsexception.report.Fixtures.order;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Priority;
import java.time.Instant;
import java.util.List;

/** A small but complete set of statistics: every chart and table has something to show. */
final class ReportFixture {
    private ReportFixture() {
    }

    static ExceptionStatistics statistics() {
        StatisticsCollector c = new StatisticsCollector();
        for (int i = 0; i < 1_000; i++) {
            if (i < 12) {
                c.add(order("SO-" + i, Fixtures.outOfStock(i % 3 == 0 ? "PHN-009" : "TEA-00" + (i % 4))));
            } else if (i < 18) {
                c.add(order("SO-" + i, Fixtures.courierRejected(), Fixtures.addressIncomplete()));
            } else if (i < 22) {
                c.add(order("SO-" + i, finding("PAYMENT_FAILED", Category.PAYMENT, Department.FINANCE, Priority.P1, true)));
            } else if (i < 25) {
                c.add(order("SO-" + i, Fixtures.about(finding("REFUND_DISPUTE", Category.REFUND,
                        Department.CUSTOMER_SERVICE, Priority.P2, false, "lines[0].sku", "CLO-001"), "CLO-001")));
            } else if (i < 27) {
                c.add(order("SO-" + i, finding("BLACKLISTED_CUSTOMER", Category.RISK, Department.RISK_CONTROL, Priority.P1, true)));
            } else if (i < 28) {
                c.add(order("SO-" + i, finding("WEIRD<&>\"CODE", Category.RISK, Department.RISK_CONTROL, Priority.P4, false)));
            } else {
                c.add(Fixtures.clean("SO-" + i));
            }
        }
        Instant t0 = Fixtures.AS_OF.minusSeconds(86_400 * 2);
        for (int i = 0; i < 8; i++) {
            c.add(new HandledCase("SO-" + i, "OUT_OF_STOCK", Category.INVENTORY, Department.WAREHOUSE, t0,
                    t0.plusSeconds(3_600L * (i + 1)), List.of(
                            new HandledCase.Stage("triage", t0, t0.plusSeconds(600)),
                            new HandledCase.Stage("waiting for stock", t0.plusSeconds(600), t0.plusSeconds(3_600L * (i + 1))))));
            c.add(HandledCase.of("SO-c" + i, "COURIER_REJECTED", Category.LOGISTICS, Department.LOGISTICS, t0,
                    t0.plusSeconds(1_800L * (i + 1))));
        }
        c.add(HandledCase.of("SO-open1", "ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE,
                Fixtures.AS_OF.minusSeconds(1_000), null));
        c.add(HandledCase.of("SO-open2", "PAYMENT_FAILED", Category.PAYMENT, Department.FINANCE,
                Fixtures.AS_OF.minusSeconds(5 * 86_400), null));
        return c.result(Fixtures.AS_OF);
    }
}
