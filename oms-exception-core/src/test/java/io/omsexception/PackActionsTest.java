package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's actions: declared once with the code in actions.properties, bound into each finding. */
class PackActionsTest {
    /** Raises SHOP_CHECK on each presale line, with a parcel's carrier and tracking number in the evidence. */
    static final String DRL = EngineBuildTest.HEADER + """
            rule "SHOP_CHECK: a presale line"
                @code("SHOP_CHECK")
            when
                $l : LineFacts(presale)
            then
                findings.raiseOnLine($l, "shipments[1].carrier", "SF", "shipments[1].trackingNumber", "SF100",
                    "shipments[1].lastScanLocation", null);
            end
            """;

    @TempDir
    Path dir;

    private Path pack(String actions) throws IOException {
        Files.writeString(dir.resolve("shop.drl"), DRL);
        Files.writeString(dir.resolve("codes.properties"), PackCatalogTest.CODES);
        Files.writeString(dir.resolve("texts_zh.properties"), PackCatalogTest.ZH);
        Files.writeString(dir.resolve("texts_en.properties"), PackCatalogTest.EN);
        Files.writeString(dir.resolve("actions.properties"), actions);
        return dir;
    }

    private String path() {
        return dir.resolve("actions.properties").toString();
    }

    private static Finding evaluate(OrderExceptionEngine engine) {
        Order order = TestRules.order("SO-1")
                .addLine(new OrderLine("1", "TEA", null, 2, null, null, false))
                .addLine(new OrderLine("2", "CAKE", null, 1, null, null, true))
                .addLine(new OrderLine("3", "CUP", null, 1, null, null, false))
                .build();
        return engine.evaluate(order, ReferenceData.NONE, TestRules.AS_OF).finding("SHOP_CHECK").orElseThrow();
    }

    @Test
    void a_declared_action_carries_its_parameters_bound_from_the_evidence_and_the_order() throws IOException {
        // GIVEN a chase of the parcel, a split of the finding's lines and a waybill note with text around a value
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("""
                SHOP_CHECK.CHASE_CARRIER.carrier=${shipment.carrier|shipments[].carrier}
                SHOP_CHECK.CHASE_CARRIER.trackingNumber=${shipments[].trackingNumber}
                SHOP_CHECK.SPLIT_ORDER.lines=${finding.lines}
                SHOP_CHECK.SPLIT_ORDER.remainingLines=${finding.otherLines}
                SHOP_CHECK.ADD_WAYBILL_NOTE.text=运单 ${shipments[].trackingNumber}（订单 ${order.orderId}）
                """)).build();
        // WHEN
        Finding f = evaluate(engine);
        // THEN each action is there in declaration order, a lone placeholder keeping its type
        assertThat(f.actions()).containsExactly(
                new Action(ActionType.CHASE_CARRIER, Map.of("carrier", "SF", "trackingNumber", "SF100")),
                new Action(ActionType.SPLIT_ORDER, Map.of("lines", List.of(1), "remainingLines", List.of(0, 2))),
                new Action(ActionType.ADD_WAYBILL_NOTE, Map.of("text", "运单 SF100（订单 SO-1）")));
        assertThat(f.action(ActionType.CHASE_CARRIER).orElseThrow().text("carrier")).isEqualTo("SF");
        assertThat(f.action(ActionType.SPLIT_ORDER).orElseThrow().text("remainingLines")).isEqualTo("0,2");
        assertThat(engine.definition("SHOP_CHECK").orElseThrow().actions()).hasSize(3);
    }

    @Test
    void an_action_whose_required_parameter_the_order_cannot_give_is_left_out_and_an_optional_one_is_absent()
            throws IOException {
        // GIVEN a reassignment whose optional tracking number is bound, and an interception bound to a null value
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("""
                SHOP_CHECK.REASSIGN_CARRIER.carrier=${shipments[].carrier}
                SHOP_CHECK.REASSIGN_CARRIER.trackingNumber=${shipments[].waybill}
                SHOP_CHECK.INTERCEPT_PARCEL.carrier=${shipments[].carrier}
                SHOP_CHECK.INTERCEPT_PARCEL.trackingNumber=${shipments[].lastScanLocation}
                """)).build();
        // WHEN
        Finding f = evaluate(engine);
        // THEN nothing is invented
        assertThat(f.actions()).containsExactly(new Action(ActionType.REASSIGN_CARRIER, Map.of("carrier", "SF")));
    }

    @Test
    void a_host_pack_adds_its_own_action_type_with_types() throws IOException {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("""
                types=WEIGH_PARCEL
                SHOP_CHECK.WEIGH_PARCEL.skus=${finding.skus}
                """)).build();

        Finding f = evaluate(engine);

        assertThat(f.actions()).containsExactly(new Action(ActionType.of("WEIGH_PARCEL"), Map.of("skus", List.of("CAKE"))));
        assertThat(f.actions().get(0).type().isStandard()).isFalse();
    }

    @Test
    void should_refuse_an_unknown_type_a_missing_or_unknown_parameter_and_an_undeclared_code_naming_file_and_key()
            throws IOException {
        // GIVEN a typo in a type, a chase without its tracking number, a parameter a refund does not take,
        // a bad placeholder and a code the catalog does not declare
        Path pack = pack("""
                SHOP_CHECK.CHASE_CARIER.carrier=SF
                SHOP_CHECK.CHASE_CARRIER.carrier=${shipments[].carrier}
                SHOP_CHECK.APPROVE_REFUND.refundId=R1
                SHOP_CHECK.APPROVE_REFUND.amount=10
                SHOP_CHECK.APPROVE_REFUND.reason=late
                SHOP_CHECK.ADD_WAYBILL_NOTE.text=${finding.line}
                OTHER_CHECK.ADD_WAYBILL_NOTE.text=note
                SHOP_CHECK.carrier=SF
                """);
        // WHEN
        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(pack).build());
        // THEN
        String file = path();
        assertThat(e.problems()).containsExactly(
                file + ": SHOP_CHECK.carrier: unknown key; use CODE.TYPE.parameter, CODE.TYPE (an action without "
                        + "parameters) or types",
                file + ": SHOP_CHECK.CHASE_CARIER: unknown action type CHASE_CARIER; use one of CHASE_CARRIER, "
                        + "CONTACT_BUYER, ADD_WAYBILL_NOTE, SPLIT_ORDER, CANCEL_LINES, APPROVE_REFUND, INTERCEPT_PARCEL, "
                        + "REASSIGN_CARRIER or add the pack's own with types=",
                file + ": SHOP_CHECK.CHASE_CARRIER: missing parameter trackingNumber",
                file + ": SHOP_CHECK.APPROVE_REFUND.reason: unknown parameter of APPROVE_REFUND; it takes amount, refundId",
                file + ": SHOP_CHECK.ADD_WAYBILL_NOTE.text: unknown placeholder ${finding.line}; use an evidence path or "
                        + "one of ${finding.code}, ${finding.lines}, ${finding.otherLines}, ${finding.skus}, "
                        + "${order.orderId}, ${order.tier}",
                file + ": OTHER_CHECK: no code OTHER_CHECK in " + dir.resolve("codes.properties"));
    }

    @Test
    void a_pack_built_in_code_declares_its_actions_with_the_builder_and_refuses_a_missing_parameter() {
        // GIVEN
        Map<String, String> chase = new LinkedHashMap<>();
        chase.put("carrier", "${shipments[].carrier}");
        chase.put("trackingNumber", "${shipments[].trackingNumber}");
        RulePack pack = RulePack.builder("host").drl("host.drl", DRL)
                .code("SHOP_CHECK", Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                .texts("zh", "SHOP_CHECK", "指引", "消息").texts("en", "SHOP_CHECK", "Guidance", "Message")
                .action("SHOP_CHECK", ActionType.CHASE_CARRIER, chase)
                .build();
        // WHEN
        Finding f = evaluate(OrderExceptionEngine.builder().addRules(pack).build());
        // THEN
        assertThat(f.actions()).containsExactly(
                new Action(ActionType.CHASE_CARRIER, Map.of("carrier", "SF", "trackingNumber", "SF100")));
        assertThatThrownBy(() -> RulePack.builder("host").action("SHOP_CHECK", ActionType.APPROVE_REFUND,
                Map.of("refundId", "R1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action of SHOP_CHECK.APPROVE_REFUND: missing parameter amount");
        assertThatThrownBy(() -> RulePack.builder("host").action("SHOP_CHECK", ActionType.CHASE_CARRIER, chase)
                .action("SHOP_CHECK", ActionType.CHASE_CARRIER, chase))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("action CHASE_CARRIER of SHOP_CHECK: given twice");
    }
}
