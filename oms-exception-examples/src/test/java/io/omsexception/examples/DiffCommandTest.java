package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code diff}: its options, its summary, its files, and what a failed run leaves behind. */
class DiffCommandTest {
    /** SO-1 unpaid for 40 minutes, SO-2 unpaid for 100 minutes, SO-3 paid; SO-1's address has no house number. */
    static final String REQUEST = """
            {"asOf": "2026-11-22T10:00:00+08:00",
             "orders": [
              {"orderId": "SO-1", "createdAt": "2026-11-22T09:20:00+08:00", "totalAmount": 99.00,
               "shippingAddress": {"recipient": "张三", "phone": "13800138000", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路"},
               "payment": {"status": "UNPAID"},
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 1, "unitPrice": 99.00}]},
              {"orderId": "SO-2", "createdAt": "2026-11-22T08:20:00+08:00", "totalAmount": 99.00,
               "shippingAddress": {"recipient": "李四", "phone": "13800138001", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路 2 号"},
               "payment": {"status": "UNPAID"},
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 1, "unitPrice": 99.00}]},
              {"orderId": "SO-3", "createdAt": "2026-11-22T08:20:00+08:00", "totalAmount": 99.00,
               "shippingAddress": {"recipient": "王五", "phone": "13800138002", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路 3 号"},
               "payment": {"status": "PAID", "paidAmount": 99.00, "paidAt": "2026-11-22T08:21:00+08:00"},
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 1, "unitPrice": 99.00}]}
             ]}
            """;

    static final String CASES = """
            {"cases": [
              {"orderId": "SO-1", "code": "PAYMENT_TIMEOUT", "category": "PAYMENT", "department": "FINANCE",
               "openedAt": "2026-11-22T09:50:00+08:00", "closedAt": "2026-11-22T10:10:00+08:00", "verdict": "FALSE_ALARM"},
              {"orderId": "SO-2", "code": "PAYMENT_TIMEOUT", "category": "PAYMENT", "department": "FINANCE",
               "openedAt": "2026-11-22T08:50:00+08:00", "closedAt": "2026-11-22T10:10:00+08:00", "verdict": "GENUINE"}
            ]}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void a_longer_timeout_is_summarised_per_changed_code_with_its_samples_and_estimated_precision() throws Exception {
        Path request = file("day.json", REQUEST);
        Path cases = file("cases.json", CASES);
        // WHEN the timeout goes from 30 to 60 minutes
        CliRun r = CliRun.of("diff", request.toString(), "--after-param", "payment.timeoutMinutes=60", "--cases", cases.toString());
        // THEN SO-1 (40 minutes, a false alarm) is no longer raised, SO-2 (100 minutes, genuine) still is
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                Impact preview: 3 orders compared, 1 changed (0 rejected before, 0 after); orders held 2 → 2.
                Parameters changed: payment.timeoutMinutes 30 → 60
                Changed codes (1 of 2 raised):
                code             before  after  added  removed  blocking changed  priority changed  precision before → after  sample orders
                ---------------  ------  -----  -----  -------  ----------------  ----------------  ------------------------  -------------
                PAYMENT_TIMEOUT  2       1      0      1        0                 0                 50.0% → 100.0%            removed: SO-1
                """);
        assertThat(r.err()).isEqualTo("3 orders compared, 1 changed\n");
    }

    @Test
    void the_summary_speaks_chinese_with_lang_zh() throws Exception {
        Path request = file("day.json", REQUEST);
        CliRun r = CliRun.of("diff", request.toString(), "--after-param", "payment.timeoutMinutes=60", "--lang", "zh", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                影响预览：共比较 3 单，其中 1 单有变化（变更前拒绝 0 单，变更后 0 单）；被拦截订单 2 → 2 单。
                变更的参数：payment.timeoutMinutes 30 → 60
                有变化的代码（共触发 2 个代码，其中 1 个有变化）：
                代码             变更前  变更后  新增  消失  拦截变化  优先级变化  示例订单
                ---------------  ------  ------  ----  ----  --------  ----------  ----------
                PAYMENT_TIMEOUT  2       1       0     1     0         0           消失：SO-1
                """);
    }

    @Test
    void without_a_difference_it_says_that_no_code_changed() throws Exception {
        CliRun r = CliRun.of("diff", file("day.json", REQUEST).toString(), "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                Impact preview: 3 orders compared, 0 changed (0 rejected before, 0 after); orders held 2 → 2.
                No code changed: both rule sets raise the same codes, blocking and priorities on every order.
                """);
    }

    @Test
    void both_files_are_written_with_the_same_figures() throws Exception {
        Path json = dir.resolve("diff.json");
        Path html = dir.resolve("diff.html");
        Path params = file("after.properties", "# the new thresholds\npayment.timeoutMinutes = 120\n");
        CliRun r = CliRun.of("diff", file("day.json", REQUEST).toString(), "--after-param-file", params.toString(),
                "--json", json.toString(), "--html", html.toString(), "--lang", "zh", "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = CliTest.JSON.readTree(json.toFile());
        assertThat(doc.at("/codes/0/code").asText()).isEqualTo("PAYMENT_TIMEOUT");
        assertThat(doc.at("/codes/0/removed").asLong()).isEqualTo(2);
        assertThat(doc.at("/codes/0/samples/removed").toString()).isEqualTo("[\"SO-1\",\"SO-2\"]");
        assertThat(doc.at("/parameterChanges/0/after").asText()).isEqualTo("120");
        assertThat(Files.readString(html)).contains("<title>规则变更影响预览：day.json</title>", "<td>PAYMENT_TIMEOUT</td>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void marketplace_payloads_are_compared_at_the_given_reference_time() throws Exception {
        Path payload = file("shopify.json", "{\"order\": {\"id\": 1001, \"created_at\": \"2026-11-22T09:00:00+08:00\","
                + " \"financial_status\": \"pending\", \"line_items\": [{\"id\": 1, \"sku\": \"A\", \"quantity\": 1}]}}");
        Path json = dir.resolve("diff.json");
        CliRun r = CliRun.of("diff", payload.toString(), "--format", "shopify", "--as-of", "2026-11-22T10:00:00+08:00",
                "--after-param", "payment.timeoutMinutes=90", "--json", json.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = CliTest.JSON.readTree(json.toFile());
        JsonNode timeout = null;
        for (JsonNode c : doc.get("codes")) {
            timeout = c.get("code").asText().equals("PAYMENT_TIMEOUT") ? c : timeout;
        }
        assertThat(timeout.get("removed").asLong()).isEqualTo(1);
        assertThat(timeout.at("/samples/removed/0").asText()).isEqualTo("1001");
    }

    @Test
    void an_output_that_cannot_be_written_leaves_neither_file_behind() throws Exception {
        Path html = dir.resolve("diff.html");
        Path json = dir.resolve("missing-folder/diff.json");
        CliRun r = CliRun.of("diff", file("day.json", REQUEST).toString(), "--after-param", "payment.timeoutMinutes=60",
                "--html", html.toString(), "--json", json.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: diff: cannot write the preview: no such file or folder: ")
                .endsWith("; nothing was written to " + json + " or " + html + "\n");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("day.json");
        }
    }

    @Test
    void an_error_thrown_by_an_after_rule_exits_3_and_leaves_the_earlier_files_as_they_were() throws Exception {
        // GIVEN earlier files, and an "after" pack whose rule throws an AssertionError on SO-2
        Path html = file("diff.html", "earlier");
        Path json = file("diff.json", "earlier");
        Path pack = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(pack.resolve("codes.properties"), "HOSTILE.category=INFORMATION\nHOSTILE.priority=P4\n"
                + "HOSTILE.department=CUSTOMER_SERVICE\nHOSTILE.blocking=false\nHOSTILE.internal=true\n");
        Files.writeString(pack.resolve("texts_zh.properties"), "HOSTILE.guidance=核对\n", StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("texts_en.properties"), "HOSTILE.guidance=Check\n");
        Files.writeString(pack.resolve("hostile.drl"), """
                package test.hostile;
                import io.omsexception.facts.*;
                global Findings findings;
                rule "HOSTILE: fails on SO-2"
                    @code("HOSTILE")
                when
                    $o : OrderFacts(orderId == "SO-2")
                then
                    throw new AssertionError("boom");
                end
                """);
        // WHEN
        CliRun r = CliRun.of("diff", file("day.json", REQUEST).toString(), "--after-rules", pack.toString(),
                "--html", html.toString(), "--json", json.toString());
        // THEN
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().findFirst()).hasValue("oms-exception: diff: the run failed: java.lang.AssertionError: boom;"
                + " nothing was written to " + json + " or " + html);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(html)).isEqualTo("earlier");
        assertThat(Files.readString(json)).isEqualTo("earlier");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--colour red|diff: unknown option '--colour' (see diff --help)",
        "--after-param payment.timeoutMinutes|diff: --after-param must be NAME=VALUE, for example payment.timeoutMinutes=45, but was 'payment.timeoutMinutes'",
        "--after-param a.b=1 --after-param a.b=2|diff: --after-param gives a.b twice",
        "--before-rules no-such-folder|diff: --before-rules rules no-such-folder: no such file or folder",
        "--as-of 2026-11-22T10:00:00+08:00|diff: --as-of needs --format: a request carries its own asOf",
        "--samples many|diff: --samples must be a whole number of at least 0 but was 'many'",
        "--samples 5000|diff: --samples must be at most 1000 but was '5000'",
        "--lang fr|diff: --lang must be en or zh but was 'fr'",
        "--after-param-file none.properties|diff: cannot read --after-param-file none.properties: no such file or folder: none.properties",
        "--cases none.json|diff: cannot read --cases none.json: no such file or folder: none.json"})
    void a_bad_option_is_a_usage_error_naming_it(String options, String message) throws Exception {
        String[] extra = options.split(" ");
        String[] args = new String[extra.length + 2];
        args[0] = "diff";
        args[1] = file("day.json", REQUEST).toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void an_unknown_parameter_is_refused_naming_its_side_and_the_parameters_there_are() throws Exception {
        CliRun r = CliRun.of("diff", file("day.json", REQUEST).toString(), "--after-param", "payment.timeoutMinute=60");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: diff: the after parameters: parameter payment.timeoutMinute: unknown;"
                + " known parameters are payment.timeoutMinutes, ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_missing_request_is_a_usage_error_and_help_shows_the_options() {
        CliRun r = CliRun.of("diff", "--after-param", "payment.timeoutMinutes=60");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: diff: missing REQUEST.json, the orders to compare the rules on (see diff --help)\n");
        assertThat(CliRun.of("diff", "--help").out()).isEqualTo(DiffCommand.HELP).contains("--before-param NAME=VALUE");
        assertThat(CliRun.of("help", "diff").out()).isEqualTo(DiffCommand.HELP);
        assertThat(CliRun.of("--help").out()).contains("diff REQUEST.json          preview a rule change");
    }
}
