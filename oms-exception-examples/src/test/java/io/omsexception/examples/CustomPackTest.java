package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.Shipment;
import io.omsexception.model.ShipmentStatus;
import io.omsexception.model.ShippingAddress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomPackTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder()
            .withStandardRules().addRules(EmbeddingExample.customPack()).build();
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    static final ShippingAddress HANGZHOU = new ShippingAddress("张三", "13800138000", "CN", "浙江省", "杭州市", "西湖区",
            "文三路 100 号", "310012");
    static final ShippingAddress URUMQI = new ShippingAddress("王五", "13800138000", "CN", "新疆维吾尔自治区", "乌鲁木齐市",
            "天山区", "解放北路88号", "830000");

    private static OrderLine line(int n, String weightKg, int quantity, boolean presale) {
        return new OrderLine(String.valueOf(n), "SKU-" + n, "item " + n, quantity, new BigDecimal("10.00"),
                weightKg == null ? null : new BigDecimal(weightKg), presale);
    }

    private static Order order(ShippingAddress address, OrderLine... lines) {
        return Order.builder("SO-1", OffsetDateTime.parse("2026-11-22T09:00:00+08:00"))
                .shippingAddress(address).lines(List.of(lines))
                .payment(new io.omsexception.model.Payment(io.omsexception.model.PaymentStatus.PAID, "ALIPAY", null,
                        OffsetDateTime.parse("2026-11-22T09:01:00+08:00"), 10))
                .build();
    }

    private static OrderEvaluation evaluate(OrderExceptionEngine engine, Order order) {
        return engine.evaluate(order, ReferenceData.NONE, AS_OF);
    }

    @Test
    void exactly_five_kilograms_is_not_overweight_but_a_gram_more_is() {
        // GIVEN 2 x 2 kg + 1 kg = 5 kg, and 2 x 2 kg + 1.001 kg
        Order five = order(HANGZHOU, line(1, "2", 2, false), line(2, "1", 1, false));
        Order more = order(HANGZHOU, line(1, "2", 2, false), line(2, "1.001", 1, false));
        // WHEN
        OrderEvaluation atLimit = evaluate(ENGINE, five);
        OrderEvaluation over = evaluate(ENGINE, more);
        // THEN
        assertThat(atLimit.codes()).doesNotContain("OVERWEIGHT_RANGE_CHECK");
        Finding f = over.finding("OVERWEIGHT_RANGE_CHECK").orElseThrow();
        assertThat(f.evidence()).containsExactly(Map.entry("thresholdKg", new BigDecimal("5")),
                Map.entry("totalWeightKg", new BigDecimal("5.001")));
        assertThat(f.category()).isEqualTo(Category.LOGISTICS);
        assertThat(f.department()).isEqualTo(Department.LOGISTICS);
        assertThat(f.priority()).isEqualTo(Priority.P3);
        assertThat(f.blocking()).isTrue();
        assertThat(over.blocking()).isTrue();
    }

    @Test
    void lines_without_a_weight_count_nothing_and_a_shipped_order_is_not_checked() {
        Order unknownWeight = order(HANGZHOU, line(1, null, 50, false), line(2, "4", 1, false));
        Order shipped = order(HANGZHOU, line(1, "9", 1, false)).toBuilder()
                .shipment(new Shipment("SF", "SF1", ShipmentStatus.IN_TRANSIT, AS_OF.minusHours(5), AS_OF.plusHours(40),
                        AS_OF.minusHours(1), "杭州", null)).build();
        assertThat(evaluate(ENGINE, unknownWeight).codes()).doesNotContain("OVERWEIGHT_RANGE_CHECK");
        assertThat(evaluate(ENGINE, shipped).codes()).doesNotContain("OVERWEIGHT_RANGE_CHECK");
    }

    @Test
    void the_weight_limit_is_a_parameter_the_host_overrides() {
        // GIVEN a 6 kg order and the limit raised to 6.5 kg
        OrderExceptionEngine lenient = OrderExceptionEngine.builder().withStandardRules()
                .addRules(EmbeddingExample.customPack()).parameter("custom.maxWeightKg", "6.5").build();
        Order six = order(HANGZHOU, line(1, "3", 2, false));
        // THEN
        assertThat(lenient.parameterDefinitions()).containsKey("custom.maxWeightKg");
        assertThat(evaluate(lenient, six).codes()).doesNotContain("OVERWEIGHT_RANGE_CHECK");
        assertThat(evaluate(ENGINE, six).codes()).contains("OVERWEIGHT_RANGE_CHECK");
    }

    @Test
    void presale_and_in_stock_lines_together_are_split_without_holding_the_in_stock_lines() {
        // GIVEN
        Order mixed = order(HANGZHOU, line(1, "1", 1, false), line(2, "1", 1, true));
        Order allPresale = order(HANGZHOU, line(1, "1", 1, true), line(2, "1", 1, true));
        Order allInStock = order(HANGZHOU, line(1, "1", 1, false), line(2, "1", 1, false));
        // WHEN
        OrderEvaluation result = evaluate(ENGINE, mixed);
        // THEN
        Finding f = result.finding("PRESALE_MIXED_SPLIT").orElseThrow();
        assertThat(f.evidence()).containsExactly(Map.entry("lines[0].presale", false), Map.entry("lines[0].sku", "SKU-1"),
                Map.entry("lines[1].presale", true), Map.entry("lines[1].sku", "SKU-2"));
        assertThat(f.lines()).containsExactly(1);
        assertThat(f.skus()).containsExactly("SKU-2");
        assertThat(f.department()).isEqualTo(Department.WAREHOUSE);
        assertThat(f.blocking()).isFalse();
        assertThat(result.blocking()).isFalse();
        assertThat(f.customerMessage().zh()).isEqualTo("您的订单同时包含预售与现货商品，我们将先发出现货商品，预售商品到货后再为您发货。");
        assertThat(evaluate(ENGINE, allPresale).codes()).doesNotContain("PRESALE_MIXED_SPLIT");
        assertThat(evaluate(ENGINE, allInStock).codes()).doesNotContain("PRESALE_MIXED_SPLIT");
    }

    @Test
    void an_order_to_a_remote_region_gets_a_courier_note_and_others_do_not() {
        // WHEN
        OrderEvaluation remote = evaluate(ENGINE, order(URUMQI, line(1, "1", 1, false)));
        OrderEvaluation near = evaluate(ENGINE, order(HANGZHOU, line(1, "1", 1, false)));
        // THEN
        Finding f = remote.finding("REMOTE_REGION_NOTE").orElseThrow();
        assertThat(f.evidence()).containsExactly(Map.entry("remoteRegion", "新疆"),
                Map.entry("shippingAddress.province", "新疆维吾尔自治区"));
        assertThat(f.priority()).isEqualTo(Priority.P4);
        assertThat(f.blocking()).isFalse();
        assertThat(remote.blocking()).isFalse();
        assertThat(near.codes()).doesNotContain("REMOTE_REGION_NOTE");
    }

    @Test
    void the_remote_region_note_and_the_weight_check_are_internal_and_say_nothing_to_the_buyer() {
        // WHEN an order to Xinjiang of 6 kg
        OrderEvaluation result = evaluate(ENGINE, order(URUMQI, line(1, "3", 2, false)));
        // THEN
        assertThat(result.codes()).contains("OVERWEIGHT_RANGE_CHECK", "REMOTE_REGION_NOTE");
        assertThat(result.finding("REMOTE_REGION_NOTE").orElseThrow().customerMessage()).isNull();
        assertThat(result.finding("OVERWEIGHT_RANGE_CHECK").orElseThrow().customerMessage()).isNull();
        assertThat(ENGINE.definition("REMOTE_REGION_NOTE").orElseThrow().customerMessage()).isNull();
        assertThat(ENGINE.definition("OVERWEIGHT_RANGE_CHECK").orElseThrow().guidance().zh())
                .isEqualTo("与快递公司确认该重量的包裹能否送达收货地址及运费；不能送达则改用物流专线或联系买家协商。");
        assertThat(ENGINE.definition("PRESALE_MIXED_SPLIT").orElseThrow().customerMessage()).isNotNull();
    }

    @Test
    void the_pack_loaded_from_its_folder_declares_the_same_parameter_as_the_class_path_one() {
        // GIVEN the folder --rules reads
        Path folder = Path.of("src/main/resources/custom-rules");
        // WHEN
        OrderExceptionEngine fromFolder = OrderExceptionEngine.builder().withStandardRules()
                .addRules(RulePack.fromPath(folder)).build();
        // THEN
        assertThat(fromFolder.parameterDefinitions().get("custom.maxWeightKg"))
                .isEqualTo(ENGINE.parameterDefinitions().get("custom.maxWeightKg"));
        assertThat(fromFolder.parameterValues()).containsEntry("custom.maxWeightKg", "5");
        assertThat(fromFolder.definition("OVERWEIGHT_RANGE_CHECK")).isPresent();
        assertThat(fromFolder.definition("PRESALE_MIXED_SPLIT")).isPresent();
        assertThat(fromFolder.definition("REMOTE_REGION_NOTE")).isPresent();
    }

    @Test
    void a_typo_in_the_decision_table_is_refused_naming_its_sheet_row_and_column(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // GIVEN the pack copied, with the 西藏 weight limit typed 2O instead of 20 (row 19, column D)
        Path folder = Path.of("src/main/resources/custom-rules");
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Path table = dir.resolve("province-rules.csv");
        java.nio.file.Files.writeString(table, java.nio.file.Files.readString(table).replace(",西藏自治区,20,", ",西藏自治区,2O,"));
        // WHEN
        io.omsexception.RulePackException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                io.omsexception.RulePackException.class,
                () -> OrderExceptionEngine.builder().withStandardRules().addRules(dir).build());
        // THEN
        assertThat(e.problems()).containsExactly(table + ": sheet province-rules, row 19, column D: mismatched input 'O' "
                + "in pattern in rule \"PROVINCE_WEIGHT_LIMIT: 西藏自治区\"");
    }

    @Test
    void the_decision_table_beside_the_drl_gives_one_rule_per_row() {
        // GIVEN the pack's province-rules.csv: two courier notes and two weight limits
        // THEN
        assertThat(ENGINE.definition("PROVINCE_COURIER_NOTE").orElseThrow().ruleNames())
                .containsExactly("PROVINCE_COURIER_NOTE: 海南省", "PROVINCE_COURIER_NOTE: 西藏自治区");
        assertThat(ENGINE.definition("PROVINCE_WEIGHT_LIMIT").orElseThrow().ruleNames())
                .containsExactly("PROVINCE_WEIGHT_LIMIT: 海南省", "PROVINCE_WEIGHT_LIMIT: 西藏自治区");
        assertThat(ENGINE.definition("PROVINCE_WEIGHT_LIMIT").orElseThrow().customerMessage()).isNull();
        assertThat(ENGINE.definition("PROVINCE_WEIGHT_LIMIT").orElseThrow().guidance().zh())
                .isEqualTo("该商品单件重量超过收货省份快递的限重：按证据中的快递备注改派承运商后再发货；无法改派则联系买家协商。");
    }

    @Test
    void the_embedding_example_adds_the_pack_folder_with_addRules_and_its_declared_weight_limit() {
        // GIVEN the folder the embedding example adds with addRules(Path)
        Path folder = EmbeddingExample.customRules();
        // WHEN the example builds its engine
        OrderExceptionEngine engine = EmbeddingExample.engine(folder);
        // THEN the pack's parameters.properties declared the limit, and the host's value overrides it
        assertThat(folder.resolve("custom-checks.drl")).exists();
        assertThat(engine.parameterDefinitions().get("custom.maxWeightKg")).isEqualTo(new ParameterDefinition(
                "custom.maxWeightKg", ParameterType.DECIMAL, "5", "OVERWEIGHT_RANGE_CHECK: an order whose lines weigh more "
                        + "than this many kilograms in total (weightKg times quantity) needs its delivery range confirmed "
                        + "with the carrier."));
        assertThat(engine.parameterValues()).containsEntry("custom.maxWeightKg", "5.5");
        assertThat(engine.definitions()).extracting(ExceptionDefinition::code)
                .contains("OVERWEIGHT_RANGE_CHECK", "PRESALE_MIXED_SPLIT", "REMOTE_REGION_NOTE");
    }

    @Test
    void the_embedding_example_prints_the_three_custom_findings() {
        // GIVEN
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            // WHEN
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        // THEN
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("SO-2001: hold the order\n");
        assertThat(out).contains("P3 OVERWEIGHT_RANGE_CHECK -> LOGISTICS", "P3 PRESALE_MIXED_SPLIT -> WAREHOUSE",
                "P4 REMOTE_REGION_NOTE -> LOGISTICS", "evidence {thresholdKg=5.5, totalWeightKg=6.0}");
    }
}
