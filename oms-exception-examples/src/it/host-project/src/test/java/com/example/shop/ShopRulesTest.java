package com.example.shop;

import static io.omsexception.testkit.OmsAssertions.assertThat;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.GoldenCase;
import io.omsexception.testkit.SampleOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shop's pack, tested with the kit as the standard packs are: golden cases, then assertions on sample orders. */
class ShopRulesTest {
    static final Path PACK = Path.of("src/main/resources/shop-rules");
    static final Function<Map<String, String>, OrderExceptionEngine> ENGINES = GoldenCase.engines(
            parameters -> OrderExceptionEngine.builder().withStandardRules().addRules(PACK).parameters(parameters).build());

    static List<GoldenCase> cases() {
        return GoldenCase.in(Path.of("src/test/resources/golden"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_golden_case_gives_the_expected_findings(GoldenCase golden) {
        golden.check(ENGINES.apply(golden.parameters()));
    }

    @Test
    void a_line_of_more_items_than_a_carton_holds_is_packed_by_hand_and_the_order_still_ships() {
        OrderExceptionEngine engine = ENGINES.apply(Map.of());
        var tenCups = SampleOrder.builder("SO-EXACTLY-10").line("CUP-002", 10).build();
        var elevenCups = SampleOrder.builder("SO-11-OF-ONE").line("TEA-001", 1).line("CUP-002", 11).build();

        assertThat(engine.evaluate(tenCups, ReferenceData.NONE, SampleOrder.AS_OF)).isClean();
        assertThat(engine.evaluate(elevenCups, ReferenceData.NONE, SampleOrder.AS_OF))
                .hasCodes("SHOP_BULK_LINE").isNotBlocking()
                .finding("SHOP_BULK_LINE").hasPriority("P3").hasDepartment("WAREHOUSE").isAdvisory()
                .hasSkus("CUP-002").hasLines(1)
                .hasEvidence("lines[1].quantity", 11).hasEvidence("maxLineQuantity", 10)
                .wasRaisedBy("SHOP_BULK_LINE: a line orders more of one item than a carton holds");
    }

    @Test
    void the_pack_speaks_chinese_to_staff_and_buyer() {
        var finding = ENGINES.apply(Map.of()).evaluate(SampleOrder.builder("SO-11").line("CUP-002", 11).build(),
                ReferenceData.NONE, SampleOrder.AS_OF).finding("SHOP_BULK_LINE").orElseThrow();

        org.assertj.core.api.Assertions.assertThat(finding.guidance().zh())
                .isEqualTo("该商品行数量超过一箱的容量：请安排人工打包，并在发货前核对箱数。");
        org.assertj.core.api.Assertions.assertThat(finding.customerMessage().zh())
                .isEqualTo("您购买的商品数量较多，我们正在为您分箱打包，发货可能稍有延迟。");
    }
}
