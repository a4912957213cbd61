package io.omsexception.report;

import static io.omsexception.report.Fixtures.AS_OF;
import static io.omsexception.report.Fixtures.about;
import static io.omsexception.report.Fixtures.addressIncomplete;
import static io.omsexception.report.Fixtures.clean;
import static io.omsexception.report.Fixtures.courierRejected;
import static io.omsexception.report.Fixtures.finding;
import static io.omsexception.report.Fixtures.order;
import static io.omsexception.report.Fixtures.outOfStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.Priority;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsCollectorTest {

    private static ExceptionStatistics fourOrders() {
        // 4 evaluated orders, 1 rejected; 5 findings: 2 OUT_OF_STOCK, 2 ADDRESS_INCOMPLETE, 1 COURIER_REJECTED
        return new StatisticsCollector()
                .add(order("SO-1", outOfStock("TEA-001"), addressIncomplete()))
                .add(order("SO-2", outOfStock("TEA-001")))
                .add(order("SO-3", courierRejected(), addressIncomplete()))
                .add(clean("SO-4"))
                .add(new OrderError(4, "SO-5", "createdAt", "is required"))
                .result(AS_OF);
    }

    @Test
    void orders_and_findings_are_counted_with_their_blocking_share() {
        // GIVEN four evaluated orders and one rejected order
        // WHEN
        ExceptionStatistics s = fourOrders();
        // THEN
        assertThat(s.ordersEvaluated()).isEqualTo(4);
        assertThat(s.ordersRejected()).isEqualTo(1);
        assertThat(s.totalOrders()).isEqualTo(5);
        assertThat(s.ordersWithExceptions()).isEqualTo(3);
        assertThat(s.exceptionRate()).isEqualTo(0.75);
        assertThat(s.blockingOrders()).isEqualTo(3);
        assertThat(s.findings()).isEqualTo(5);
        assertThat(s.blockingFindings()).isEqualTo(4);
        assertThat(s.blockingShare()).isEqualTo(0.8);
        assertThat(s.blockingOrderShare()).isEqualTo(1.0);
    }

    @Test
    void codes_are_counted_most_frequent_first_with_their_share_of_all_findings() {
        // GIVEN / WHEN
        ExceptionStatistics s = fourOrders();
        // THEN
        assertThat(s.byCode()).extracting(CodeCount::code, CodeCount::category, CodeCount::department,
                CodeCount::count, CodeCount::blocking, CodeCount::share).containsExactly(
                tuple("ADDRESS_INCOMPLETE", Category.INFORMATION, Department.CUSTOMER_SERVICE, 2L, 2L, 0.4),
                tuple("OUT_OF_STOCK", Category.INVENTORY, Department.WAREHOUSE, 2L, 2L, 0.4),
                tuple("COURIER_REJECTED", Category.LOGISTICS, Department.LOGISTICS, 1L, 0L, 0.2));
        assertThat(s.count("OUT_OF_STOCK")).isEqualTo(2);
        assertThat(s.count("PAYMENT_FAILED")).isZero();
    }

    @Test
    void every_category_and_priority_is_listed_in_catalog_order_even_without_findings() {
        // GIVEN / WHEN
        ExceptionStatistics s = fourOrders();
        // THEN
        assertThat(s.byCategory()).extracting(Count::key, Count::count, Count::share).containsExactly(
                tuple("PAYMENT", 0L, 0.0), tuple("INFORMATION", 2L, 0.4), tuple("INVENTORY", 2L, 0.4),
                tuple("LOGISTICS", 1L, 0.2), tuple("RISK", 0L, 0.0), tuple("REFUND", 0L, 0.0));
        assertThat(s.byPriority()).extracting(Count::key, Count::count).containsExactly(
                tuple("P1", 3L), tuple("P2", 0L), tuple("P3", 2L), tuple("P4", 0L));
    }

    @Test
    void departments_are_listed_most_frequent_first_then_in_declaration_order() {
        // GIVEN / WHEN
        ExceptionStatistics s = fourOrders();
        // THEN
        assertThat(s.byDepartment()).extracting(Count::key, Count::count).containsExactly(
                tuple("CUSTOMER_SERVICE", 2L), tuple("WAREHOUSE", 2L), tuple("LOGISTICS", 1L),
                tuple("FINANCE", 0L), tuple("RISK_CONTROL", 0L), tuple("AFTER_SALES", 0L));
    }

    @Test
    void a_host_defined_department_and_category_are_listed_after_the_standard_ones() {
        // GIVEN a finding of a host pack's own category and department
        Finding legal = finding("CONTRACT_MISSING", Category.of("COMPLIANCE"), Department.of("LEGAL"), Priority.P3, true);
        // WHEN
        ExceptionStatistics s = new StatisticsCollector().add(order("SO-1", legal)).result(AS_OF);
        // THEN
        assertThat(s.byDepartment()).extracting(Count::key, Count::count).containsExactly(
                tuple("LEGAL", 1L), tuple("FINANCE", 0L), tuple("RISK_CONTROL", 0L), tuple("CUSTOMER_SERVICE", 0L),
                tuple("WAREHOUSE", 0L), tuple("LOGISTICS", 0L), tuple("AFTER_SALES", 0L));
        assertThat(s.byCategory()).extracting(Count::key).containsExactly(
                "PAYMENT", "INFORMATION", "INVENTORY", "LOGISTICS", "RISK", "REFUND", "COMPLIANCE");
    }

    @Test
    void skus_are_the_findings_own_skus_counted_once_per_finding_and_never_read_from_evidence() {
        // GIVEN an OUT_OF_STOCK about TEA-001, an UNKNOWN_SKU about two lines' SKUs, a PRODUCT_DELISTED about
        // two SKUs whose evidence also names a third one
        Finding unknown = about(finding("UNKNOWN_SKU", Category.INVENTORY, Department.WAREHOUSE, Priority.P2, true,
                "lines[0].sku", "SKU-X1", "lines[1].sku", "TEA-001", "lines[1].quantity", 2), "SKU-X1", "TEA-001");
        Finding delisted = about(finding("PRODUCT_DELISTED", Category.INVENTORY, Department.WAREHOUSE, Priority.P2,
                true, "delistedSkus", List.of("TEA-099", "SKU-X1"), "note", "TEA-777", "skus[TEA-555].x", 1),
                "TEA-099", "SKU-X1");
        // WHEN
        ExceptionStatistics s = new StatisticsCollector()
                .add(order("SO-1", outOfStock("TEA-001"), unknown, delisted))
                .add(order("SO-2", outOfStock("TEA-001")))
                .result(AS_OF);
        // THEN
        assertThat(s.topSkus()).extracting(SkuCount::sku, SkuCount::findings, SkuCount::byCode).containsExactly(
                tuple("TEA-001", 3L, Map.of("OUT_OF_STOCK", 2L, "UNKNOWN_SKU", 1L)),
                tuple("SKU-X1", 2L, Map.of("PRODUCT_DELISTED", 1L, "UNKNOWN_SKU", 1L)),
                tuple("TEA-099", 1L, Map.of("PRODUCT_DELISTED", 1L)));
        assertThat(s.topSkus().get(0).byCode().keySet()).containsExactly("OUT_OF_STOCK", "UNKNOWN_SKU");
    }

    @Test
    void only_the_requested_number_of_skus_is_listed() {
        // GIVEN three SKUs, the options asking for two
        StatisticsCollector c = new StatisticsCollector(StatisticsOptions.standard().withTopSkus(2));
        c.add(order("SO-1", outOfStock("A"))).add(order("SO-2", outOfStock("B"))).add(order("SO-3", outOfStock("B")))
                .add(order("SO-4", outOfStock("C")));
        // WHEN
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(s.topSkus()).extracting(SkuCount::sku).containsExactly("B", "A");
    }

    @Test
    void each_rule_named_by_a_finding_gets_a_hit() {
        // GIVEN a finding raised by two rules, and one raised by one of them
        LocalizedText t = Fixtures.TEXT;
        Finding both = new Finding("PARCEL_STRANDED", Category.LOGISTICS, Priority.P2, Department.LOGISTICS, false, t, t,
                Map.of(), List.of("stranded by time", "stranded by courier"));
        Finding one = new Finding("PARCEL_STRANDED", Category.LOGISTICS, Priority.P2, Department.LOGISTICS, false, t, t,
                Map.of(), List.of("stranded by time"));
        // WHEN
        ExceptionStatistics s = new StatisticsCollector().add(order("SO-1", both)).add(order("SO-2", one)).result(AS_OF);
        // THEN
        assertThat(s.ruleHits()).extracting(Count::key, Count::count, Count::share).containsExactly(
                tuple("stranded by time", 2L, 1.0), tuple("stranded by courier", 1L, 0.5));
    }

    @Test
    void no_orders_give_zero_shares_rather_than_failures() {
        // GIVEN nothing
        // WHEN
        ExceptionStatistics s = ExceptionStatistics.of(List.<OrderEvaluation>of(), AS_OF);
        // THEN
        assertThat(s.findings()).isZero();
        assertThat(s.blockingShare()).isZero();
        assertThat(s.exceptionRate()).isZero();
        assertThat(s.byCategory()).extracting(Count::share).containsOnly(0.0);
        assertThat(s.suggestions()).isEmpty();
        assertThat(s.slowestStage()).isEmpty();
    }
}
