package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's decision tables: .csv and .xlsx files turned into rules, and their errors named by cell. */
class DecisionTableTest {
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    /** Rows 1 to 9: the header and the table's column rows; the data rows are 10 and 11. */
    static final List<String> HEADER = List.of(
            "RuleSet,host.tables",
            "Import,io.omsexception.facts.LineFacts",
            "Variables,io.omsexception.facts.Findings findings",
            ",",
            "RuleTable Weight limits,",
            "NAME,METADATA,CONDITION,CONDITION,ACTION",
            ",,$l : LineFacts,LineFacts,",
            ",\"code(\"\"$param\"\")\",\"order.shipped == false, order.address.province == \"\"$param\"\"\","
                    + "\"this == $l, weightKg != null, weightKg > $param\","
                    + "\"findings.raiseOnLine($l, $l.getPath() + \"\".weightKg\"\", $l.getWeightKg(), \"\"courierNote\"\", \"\"$param\"\");\"",
            "rule,code,province,max kg per item,courier note");
    static final String CODES = "HOST_WEIGHT_LIMIT.category=LOGISTICS\nHOST_WEIGHT_LIMIT.priority=P3\n"
            + "HOST_WEIGHT_LIMIT.department=LOGISTICS\nHOST_WEIGHT_LIMIT.blocking=true\nHOST_WEIGHT_LIMIT.internal=true\n";

    @TempDir
    Path dir;

    private Path pack(String tableFile, byte[] table) throws IOException {
        Files.write(dir.resolve(tableFile), table);
        Files.writeString(dir.resolve("codes.properties"), CODES);
        Files.writeString(dir.resolve("texts_zh.properties"), "HOST_WEIGHT_LIMIT.guidance=按备注改派快递\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("texts_en.properties"), "HOST_WEIGHT_LIMIT.guidance=Change the carrier as the note says\n");
        return dir;
    }

    private static byte[] csv(String... rows) {
        List<String> all = new java.util.ArrayList<>(HEADER);
        all.addAll(List.of(rows));
        return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Order order(String province, String weightKg) {
        return Order.builder("SO-1", AS_OF.minusHours(1))
                .shippingAddress(new ShippingAddress("张三", "13800138000", "CN", province, "某市", "某区", "某路1号", null))
                .addLine(new OrderLine("1", "SKU-1", null, 1, null, new BigDecimal(weightKg), false)).build();
    }

    @Test
    void each_row_of_a_csv_table_is_a_rule_raising_its_code() throws IOException {
        Path folder = pack("limits.csv", csv(
                "HOST_WEIGHT_LIMIT: 西藏自治区,HOST_WEIGHT_LIMIT,西藏自治区,20,单件超过 20 kg：改走德邦物流",
                "HOST_WEIGHT_LIMIT: 海南省,HOST_WEIGHT_LIMIT,海南省,30,单件超过 30 kg：改走船运"));
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(folder).build();

        OrderEvaluation heavy = engine.evaluate(order("西藏自治区", "20.5"), ReferenceData.NONE, AS_OF);
        OrderEvaluation atLimit = engine.evaluate(order("西藏自治区", "20"), ReferenceData.NONE, AS_OF);
        OrderEvaluation hainan = engine.evaluate(order("海南省", "20.5"), ReferenceData.NONE, AS_OF);

        Finding f = heavy.finding("HOST_WEIGHT_LIMIT").orElseThrow();
        assertThat(f.evidence()).containsExactly(Map.entry("courierNote", "单件超过 20 kg：改走德邦物流"),
                Map.entry("lines[0].weightKg", new BigDecimal("20.5")));
        assertThat(f.rules()).containsExactly("HOST_WEIGHT_LIMIT: 西藏自治区");
        assertThat(f.lines()).containsExactly(0);
        assertThat(atLimit.codes()).isEmpty();
        assertThat(hainan.codes()).isEmpty();
        assertThat(engine.ruleCount()).isEqualTo(2);
    }

    @Test
    void a_rule_of_a_csv_table_that_does_not_compile_is_named_by_its_sheet_row_and_column() throws IOException {
        Path folder = pack("limits.csv", csv(
                "HOST_WEIGHT_LIMIT: 西藏自治区,HOST_WEIGHT_LIMIT,西藏自治区,20,单件超过 20 kg：改走德邦物流",
                "HOST_WEIGHT_LIMIT: 海南省,HOST_WEIGHT_LIMIT,海南省,3O,单件超过 30 kg：改走船运"));

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(folder).build());

        assertThat(e.problems()).containsExactly(folder.resolve("limits.csv")
                + ": sheet limits, row 11, column D: mismatched input 'O' in pattern in rule \"HOST_WEIGHT_LIMIT: 海南省\"");
    }

    @Test
    void an_xlsx_table_is_read_sheet_by_sheet_and_an_error_names_its_sheet() throws IOException {
        byte[] book;
        try (XSSFWorkbook w = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            w.createSheet("Notes").createRow(0).createCell(0).setCellValue("Weight limits per province, kept by logistics");
            Sheet limits = w.createSheet("Limits");
            List<String> rows = new java.util.ArrayList<>(HEADER);
            rows.add("HOST_WEIGHT_LIMIT: 西藏自治区,HOST_WEIGHT_LIMIT,西藏自治区,2O,单件超过 20 kg：改走德邦物流");
            for (int r = 0; r < rows.size(); r++) {
                Row row = limits.createRow(r);
                List<String> cells = io.omsexception.internal.DecisionTablesAccess.csvLine(rows.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            w.write(out);
            book = out.toByteArray();
        }
        Path folder = pack("limits.xlsx", book);

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(folder).build());

        assertThat(e.problems()).containsExactly(folder.resolve("limits.xlsx")
                + ": sheet Limits, row 10, column D: mismatched input 'O' in pattern in rule \"HOST_WEIGHT_LIMIT: 西藏自治区\"");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_a_problem_of_the_pack() throws IOException {
        Path folder = pack("limits.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(RulePack.fromPath(folder).problems()).singleElement().asString()
                .startsWith(folder.resolve("limits.xlsx") + ": cannot be read as an .xlsx workbook: ");
    }
}
