package io.omsexception.report;

import static io.omsexception.report.Fixtures.AS_OF;
import static io.omsexception.report.Fixtures.addressIncomplete;
import static io.omsexception.report.Fixtures.clean;
import static io.omsexception.report.Fixtures.courierRejected;
import static io.omsexception.report.Fixtures.order;
import static io.omsexception.report.Fixtures.outOfStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.Category;
import io.omsexception.Finding;
import io.omsexception.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    /** {@code orders} evaluated orders of which the first {@code flagged} carry one finding from the supplier. */
    private static StatisticsCollector day(int orders, int flagged, Supplier<Finding> finding) {
        StatisticsCollector c = new StatisticsCollector();
        for (int i = 0; i < orders; i++) {
            c.add(i < flagged ? order("SO-" + i, finding.get()) : clean("SO-" + i));
        }
        return c;
    }

    private static List<String> suggested(ExceptionStatistics s) {
        return s.suggestions().stream().map(g -> g.rule().id()).toList();
    }

    @Test
    void out_of_stock_suggests_replenishment_only_above_one_per_thousand_orders() {
        // GIVEN 3,000 orders: 3 OUT_OF_STOCK is exactly 1 per 1,000; 4 is more
        ExceptionStatistics atThreshold = day(3_000, 3, () -> outOfStock("TEA-001")).result(AS_OF);
        ExceptionStatistics above = day(3_000, 4, () -> outOfStock("TEA-001")).result(AS_OF);
        // THEN
        assertThat(suggested(atThreshold)).isEmpty();
        assertThat(suggested(above)).containsExactly("replenishment");
        Suggestion s = above.suggestions().get(0);
        assertThat(s.findings()).isEqualTo(4);
        assertThat(s.reason()).isEqualTo("OUT_OF_STOCK: 4 findings, 1.33 per 1,000 orders (threshold 1)");
        assertThat(s.rule().advice().en()).startsWith("Revise replenishment");
        assertThat(s.rule().advice().en()).contains("presale thresholds");
    }

    @Test
    void courier_rejections_suggest_updating_the_unserved_regions() {
        // GIVEN 1,000 orders with 2 rejections (2 per 1,000) but fewer than the 3 findings a rule needs, then with 3
        ExceptionStatistics two = day(1_000, 2, Fixtures::courierRejected).result(AS_OF);
        ExceptionStatistics three = day(1_000, 3, Fixtures::courierRejected).result(AS_OF);
        // THEN
        assertThat(suggested(two)).isEmpty();
        assertThat(suggested(three)).containsExactly("carrier-regions");
        assertThat(three.suggestions().get(0).rule().advice().en())
                .isEqualTo("Update the list of regions each carrier does not serve, and route orders to those regions to a carrier that does.");
    }

    @Test
    void incomplete_addresses_suggest_a_checkout_check_only_above_30_percent_of_findings() {
        // GIVEN 10 findings per day on 100,000 orders (far below any per-thousand threshold): 3 or 4 ADDRESS_INCOMPLETE
        ExceptionStatistics thirty = mixed(3);
        ExceptionStatistics forty = mixed(4);
        // THEN
        assertThat(suggested(thirty)).isEmpty();
        assertThat(suggested(forty)).containsExactly("address-check");
        assertThat(forty.suggestions().get(0).reason())
                .isEqualTo("ADDRESS_INCOMPLETE: 4 findings, 40% of all findings (threshold 30%)");
    }

    private static ExceptionStatistics mixed(int addresses) {
        StatisticsCollector c = new StatisticsCollector();
        for (int i = 0; i < 100_000; i++) {
            Finding f = i >= 10 ? null : i < addresses ? addressIncomplete() : i % 2 == 0 ? outOfStock("SKU-" + i) : courierRejected();
            c.add(f == null ? clean("SO-" + i) : order("SO-" + i, f));
        }
        return c.result(AS_OF);
    }

    @Test
    void thresholds_are_configurable_by_rule_id() {
        // GIVEN 4 OUT_OF_STOCK in 3,000 orders (1.33 per 1,000), the replenishment threshold raised to 2
        SuggestionRules rules = SuggestionRules.standard().withThreshold("replenishment", 2);
        StatisticsCollector c = new StatisticsCollector(StatisticsOptions.standard().withSuggestions(rules));
        for (int i = 0; i < 3_000; i++) {
            c.add(i < 4 ? order("SO-" + i, outOfStock("TEA-001")) : clean("SO-" + i));
        }
        // WHEN
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(suggested(s)).isEmpty();
        assertThat(rules.rules()).filteredOn(r -> r.id().equals("replenishment")).singleElement()
                .extracting(SuggestionRule::threshold).isEqualTo(2.0);
    }

    @Test
    void an_unknown_rule_id_is_refused_with_the_known_ids() {
        assertThatThrownBy(() -> SuggestionRules.standard().withThreshold("restock", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("suggestion restock: unknown; known suggestions are payment-reminders, payment-channels, ");
    }

    @Test
    void a_category_rule_counts_every_code_of_the_category() {
        // GIVEN a rule on the whole INVENTORY category above 50% of findings
        SuggestionRule rule = new SuggestionRule("stock-review", "INVENTORY", SuggestionRule.Measure.SHARE_OF_FINDINGS, 0.5, 1,
                new LocalizedText("复核库存", "Review stock"));
        StatisticsCollector c = new StatisticsCollector(StatisticsOptions.standard().withSuggestions(SuggestionRules.of(List.of(rule))));
        // WHEN two inventory findings of different SKUs and one logistics finding
        c.add(order("SO-1", outOfStock("A"))).add(order("SO-2", outOfStock("B"))).add(order("SO-3", courierRejected()));
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(rule.subjectIsCategory()).isTrue();
        assertThat(suggested(s)).containsExactly("stock-review");
        assertThat(s.suggestions().get(0).reason()).isEqualTo("INVENTORY: 2 findings, 66.67% of all findings (threshold 50%)");
    }

    @Test
    void a_reason_reads_in_chinese_with_the_category_s_chinese_name() {
        SuggestionRule rule = new SuggestionRule("stock-review", "INVENTORY", SuggestionRule.Measure.SHARE_OF_FINDINGS, 0.5, 1,
                new LocalizedText("复核库存", "Review stock"));
        StatisticsCollector c = new StatisticsCollector(StatisticsOptions.standard().withSuggestions(SuggestionRules.of(List.of(rule))));
        c.add(order("SO-1", outOfStock("A"))).add(order("SO-2", outOfStock("B"))).add(order("SO-3", courierRejected()));
        ExceptionStatistics share = c.result(AS_OF);
        ExceptionStatistics perThousand = day(3_000, 4, () -> outOfStock("TEA-001")).result(AS_OF);

        assertThat(share.suggestions().get(0).reason("zh")).isEqualTo("库存：2 条异常，占全部异常的 66.67%（阈值 50%）");
        assertThat(perThousand.suggestions().get(0).reason("zh")).isEqualTo("OUT_OF_STOCK：4 条异常，每千单 1.33 条（阈值 1）");
        assertThat(perThousand.suggestions().get(0).reason("en"))
                .isEqualTo("OUT_OF_STOCK: 4 findings, 1.33 per 1,000 orders (threshold 1)");
    }

    @Test
    void ranked_suggestions_put_the_one_behind_more_findings_first_then_the_one_further_over_its_threshold() {
        // GIVEN three rules in this mapping order: few findings, many findings just over, many findings far over
        SuggestionRule few = new SuggestionRule("few", "COURIER_REJECTED", SuggestionRule.Measure.PER_THOUSAND_ORDERS, 0, 1,
                new LocalizedText("少", "few"));
        SuggestionRule justOver = new SuggestionRule("just-over", "OUT_OF_STOCK", SuggestionRule.Measure.PER_THOUSAND_ORDERS, 3, 1,
                new LocalizedText("略超", "just over"));
        SuggestionRule farOver = new SuggestionRule("far-over", "INVENTORY", SuggestionRule.Measure.PER_THOUSAND_ORDERS, 1, 1,
                new LocalizedText("远超", "far over"));
        StatisticsCollector c = new StatisticsCollector(StatisticsOptions.standard()
                .withSuggestions(SuggestionRules.of(List.of(few, justOver, farOver))));
        // WHEN 1,000 orders: 4 OUT_OF_STOCK (4 per 1,000: 1.3 times 3 and 4 times 1) and 1 COURIER_REJECTED
        for (int i = 0; i < 1_000; i++) {
            c.add(i < 4 ? order("SO-" + i, outOfStock("A")) : i == 4 ? order("SO-" + i, courierRejected()) : clean("SO-" + i));
        }
        ExceptionStatistics s = c.result(AS_OF);
        // THEN
        assertThat(suggested(s)).containsExactly("few", "just-over", "far-over");
        assertThat(s.rankedSuggestions()).extracting(g -> g.rule().id()).containsExactly("far-over", "just-over", "few");
    }

    @Test
    void the_standard_mapping_has_a_suggestion_for_every_category() {
        // GIVEN the standard codes of each category, as the catalog names them
        Set<Category> covered = new HashSet<>();
        for (SuggestionRule r : SuggestionRules.standard().rules()) {
            covered.add(r.subjectIsCategory() ? Category.of(r.subject()) : CATALOG_CATEGORY.get(r.subject()));
        }
        // THEN
        assertThat(covered).containsExactlyInAnyOrderElementsOf(Category.standard());
        assertThat(SuggestionRules.standard().rules()).extracting(SuggestionRule::subject)
                .allMatch(s -> CATALOG_CATEGORY.containsKey(s) || Category.standard().stream().anyMatch(c -> c.name().equals(s)));
    }

    private static final java.util.Map<String, Category> CATALOG_CATEGORY = java.util.Map.ofEntries(
            java.util.Map.entry("PAYMENT_FAILED", Category.PAYMENT), java.util.Map.entry("PAYMENT_TIMEOUT", Category.PAYMENT),
            java.util.Map.entry("ADDRESS_INCOMPLETE", Category.INFORMATION), java.util.Map.entry("PHONE_INVALID", Category.INFORMATION),
            java.util.Map.entry("PHONE_MISSING", Category.INFORMATION), java.util.Map.entry("OUT_OF_STOCK", Category.INVENTORY),
            java.util.Map.entry("PRODUCT_DELISTED", Category.INVENTORY), java.util.Map.entry("UNKNOWN_SKU", Category.INVENTORY),
            java.util.Map.entry("COURIER_REJECTED", Category.LOGISTICS), java.util.Map.entry("PARCEL_STRANDED", Category.LOGISTICS),
            java.util.Map.entry("DELIVERY_OVERDUE", Category.LOGISTICS), java.util.Map.entry("ORDER_PROCESSING_TIMEOUT", Category.LOGISTICS),
            java.util.Map.entry("HIGH_RISK_PAYMENT", Category.PAYMENT), java.util.Map.entry("BLACKLISTED_CUSTOMER", Category.RISK),
            java.util.Map.entry("REFUND_DISPUTE", Category.REFUND), java.util.Map.entry("REFUND_DUE_TO_DELAY", Category.REFUND),
            java.util.Map.entry("REFUND_AWAITING_RETURN", Category.REFUND));

    @Test
    void a_share_threshold_above_one_is_refused() {
        assertThatThrownBy(() -> new SuggestionRule("x", "RISK", SuggestionRule.Measure.SHARE_OF_FINDINGS, 30, 1,
                new LocalizedText("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suggestion x: a share threshold must be between 0 and 1 but was 30.0");
    }
}
