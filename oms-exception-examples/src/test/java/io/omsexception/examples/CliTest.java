package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Three orders: a failed payment, a clean one, and one whose quantity is 0. */
    static final String REQUEST = """
            {"asOf": "2026-11-22T10:00:00+08:00",
             "orders": [
              {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "totalAmount": 199.00,
               "shippingAddress": {"recipient": "张三", "phone": "13800138000", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路 1 号"},
               "payment": {"status": "FAILED", "method": "ALIPAY"},
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 2, "unitPrice": 99.50}]},
              {"orderId": "SO-2", "createdAt": "2026-11-22T09:00:00+08:00",
               "shippingAddress": {"recipient": "李四", "phone": "13800138001", "province": "浙江省", "city": "杭州市", "district": "西湖区", "detail": "文三路 2 号"},
               "payment": {"status": "PAID", "paidAmount": 10, "paidAt": "2026-11-22T09:01:00+08:00"}},
              {"orderId": "SO-3", "createdAt": "2026-11-22T09:00:00+08:00",
               "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 0}]}
             ]}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void without_a_command_it_says_which_commands_exist() {
        CliRun r = CliRun.of();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: missing command: use evaluate, report, demo, generate, diff, handle or streams (see --help)\n");
    }

    @Test
    void an_unknown_command_is_refused_with_exit_code_2() {
        CliRun r = CliRun.of("evaluat", "x.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: unknown command 'evaluat': use evaluate, report, demo, generate, diff, handle or streams (see --help)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void help_exists_for_the_tool_and_for_every_command() {
        assertThat(CliRun.of("--help").out()).startsWith("oms-exception: find, classify").contains("demo", "evaluate", "report", "generate");
        for (String command : List.of("evaluate", "report", "demo", "generate")) {
            CliRun r = CliRun.of(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: java -jar oms-exception-cli.jar " + command);
            assertThat(CliRun.of("help", command).out()).isEqualTo(r.out());
        }
        assertThat(CliRun.of("help", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void evaluate_writes_the_result_contract_and_exits_1_when_an_order_is_rejected() throws Exception {
        // GIVEN
        Path request = file("request.json", REQUEST);
        // WHEN
        CliRun r = CliRun.of("evaluate", request.toString());
        // THEN every order comes back once: two results and one error
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.get("results")).hasSize(2);
        assertThat(json.at("/results/0/orderId").asText()).isEqualTo("SO-1");
        assertThat(json.at("/results/0/blocking").asBoolean()).isTrue();
        JsonNode failed = json.at("/results/0/exceptions/0");
        assertThat(failed.get("code").asText()).isEqualTo("PAYMENT_FAILED");
        assertThat(failed.get("category").asText()).isEqualTo("PAYMENT");
        assertThat(failed.get("priority").asText()).isEqualTo("P1");
        assertThat(failed.get("department").asText()).isEqualTo("FINANCE");
        assertThat(failed.get("blocking").asBoolean()).isTrue();
        assertThat(failed.at("/guidance/zh").asText()).isNotBlank();
        assertThat(failed.at("/customerMessage/en").asText()).isNotBlank();
        assertThat(failed.at("/evidence/payment.status").asText()).isEqualTo("FAILED");
        assertThat(failed.at("/rules/0").asText()).startsWith("PAYMENT_FAILED");
        assertThat(json.at("/results/1/orderId").asText()).isEqualTo("SO-2");
        assertThat(json.get("errors")).hasSize(1);
        assertThat(json.at("/errors/0").toString())
                .isEqualTo("{\"index\":2,\"orderId\":\"SO-3\",\"path\":\"$.orders[2].lines[0].quantity\",\"message\":\"must be greater than 0\"}");
        assertThat(r.err()).contains("3 orders evaluated in ", ": 1 with exceptions, 1 rejected as invalid");
    }

    @Test
    void evaluate_output_matches_the_library_evaluating_the_same_request() throws Exception {
        // GIVEN
        Path request = file("request.json", REQUEST);
        Path output = dir.resolve("result.json");
        // WHEN
        CliRun r = CliRun.of("evaluate", request.toString(), "--output", output.toString(), "--pretty", "--quiet");
        // THEN
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
        ParsedRequest parsed = OrderJson.readRequest(REQUEST);
        String expected = OrderJson.writeResult(OrderJson.evaluate(io.omsexception.OrderExceptionEngine.builder()
                .withStandardRules().build(), parsed));
        // the same document, which the command line ends with its end marker
        com.fasterxml.jackson.databind.node.ObjectNode written = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(output.toFile());
        assertThat(written.remove("complete").toString()).isEqualTo("{\"orders\":3,\"results\":2,\"errors\":1}");
        assertThat(written).isEqualTo(JSON.readTree(expected));
        assertThat(Files.readString(output)).contains("\n  \"results\" : [");
    }

    @Test
    void evaluate_refuses_an_unknown_texts_mode_with_the_choices() throws Exception {
        Path request = file("request.json", REQUEST);
        CliRun r = CliRun.of("evaluate", request.toString(), "--texts", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: --texts must be one of inline, none, zh, en, both but was 'fr'\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_request_where_every_order_is_valid_exits_0() throws Exception {
        Path request = file("ok.json", """
                {"orders": [{"orderId": "SO-9", "createdAt": "2026-11-22T09:00:00+08:00"}], "asOf": "2026-11-22T09:10:00+08:00"}
                """);
        CliRun r = CliRun.of("evaluate", request.toString(), "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(JSON.readTree(r.out()).at("/results/0/orderId").asText()).isEqualTo("SO-9");
        assertThat(JSON.readTree(r.out()).get("errors")).isEmpty();
    }

    @Test
    void a_missing_request_file_exits_2_with_what_to_fix() {
        CliRun r = CliRun.of("evaluate", dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: cannot read " + dir.resolve("nope.json") + ": no such file\n");
        assertThat(CliRun.of("evaluate", dir.toString()).err())
                .isEqualTo("oms-exception: evaluate: cannot read " + dir + ": not a file\n");
    }

    @Test
    void evaluate_without_a_request_exits_2() {
        CliRun r = CliRun.of("evaluate", "--pretty");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: missing REQUEST.json, the request file to evaluate (see evaluate --help)\n");
    }

    @Test
    void a_file_that_is_not_json_exits_2_naming_the_position() throws Exception {
        Path bad = file("bad.json", "{\"orders\": [ {\"orderId\": \"SO-1\",, } ]}");
        CliRun r = CliRun.of("evaluate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: evaluate: " + bad + " is not a usable request: $: not valid JSON: ")
                .contains("at line 1, column ");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
        CliRun toFile = CliRun.of("evaluate", bad.toString(), "--output", dir.resolve("out.json").toString());
        assertThat(toFile.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    void an_unusable_request_level_field_exits_2_with_its_path() throws Exception {
        Path bad = file("bad.json", "{\"orders\": [], \"asOf\": \"yesterday\"}");
        CliRun r = CliRun.of("evaluate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: evaluate: " + bad + " is not a usable request: $.asOf: ");
    }

    @Test
    void a_parameter_override_changes_the_result() throws Exception {
        // GIVEN a pack reading payment.timeoutMinutes (default 30), its code declared beside it, and an
        // unpaid order created 40 minutes before asOf
        file("codes.properties", """
                TEST_UNPAID_TOO_LONG.category=PAYMENT
                TEST_UNPAID_TOO_LONG.priority=P2
                TEST_UNPAID_TOO_LONG.department=FINANCE
                TEST_UNPAID_TOO_LONG.blocking=true
                """);
        file("texts_zh.properties", "TEST_UNPAID_TOO_LONG.guidance=催付\nTEST_UNPAID_TOO_LONG.customer=请付款\n");
        file("texts_en.properties", "TEST_UNPAID_TOO_LONG.guidance=Remind\nTEST_UNPAID_TOO_LONG.customer=Please pay\n");
        Path pack = file("unpaid.drl", """
                package test.unpaid;
                import io.omsexception.facts.*;
                global Findings findings;
                rule "TEST_UNPAID_TOO_LONG: unpaid for too long"
                    @code("TEST_UNPAID_TOO_LONG")
                when
                    $p : Parameters()
                    $o : OrderFacts(payment.unpaid, secondsSinceCreated > $p.seconds("payment.timeoutMinutes"))
                then
                    findings.raise($o, "thresholdMinutes", $p.integer("payment.timeoutMinutes"));
                end
                """);
        Path request = file("unpaid.json", """
                {"asOf": "2026-11-22T09:40:00+08:00", "orders": [
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"status": "UNPAID"}}]}
                """);
        // WHEN
        CliRun standard = CliRun.of("evaluate", request.toString(), "--rules", pack.toString(), "--quiet");
        CliRun lenient = CliRun.of("evaluate", request.toString(), "--rules", pack.toString(),
                "--param", "payment.timeoutMinutes=45", "--quiet");
        // THEN
        assertThat(codes(standard.out())).contains("TEST_UNPAID_TOO_LONG");
        assertThat(codes(lenient.out())).doesNotContain("TEST_UNPAID_TOO_LONG");
        assertThat(lenient.exitCode()).isZero();
    }

    @Test
    void a_malformed_or_unknown_parameter_exits_2() throws Exception {
        Path request = file("request.json", REQUEST);
        CliRun malformed = CliRun.of("evaluate", request.toString(), "--param", "payment.timeoutMinutes");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).isEqualTo("oms-exception: evaluate: --param must be NAME=VALUE, for example "
                + "payment.timeoutMinutes=45, but was 'payment.timeoutMinutes'\n");
        CliRun unknown = CliRun.of("evaluate", request.toString(), "--param", "payment.timeoutMinute=45");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("oms-exception: evaluate: --param parameter payment.timeoutMinute: unknown; "
                + "known parameters are payment.timeoutMinutes, ");
        CliRun notANumber = CliRun.of("evaluate", request.toString(), "--param", "payment.timeoutMinutes=soon");
        assertThat(notANumber.err()).isEqualTo("oms-exception: evaluate: --param parameter payment.timeoutMinutes: "
                + "must be a whole number but was 'soon'\n");
    }

    @Test
    void rules_that_cannot_be_read_or_compiled_exit_2() throws Exception {
        Path request = file("request.json", REQUEST);
        CliRun missing = CliRun.of("evaluate", request.toString(), "--rules", dir.resolve("none.drl").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("oms-exception: evaluate: --rules rules " + dir.resolve("none.drl")
                + ": no such file or folder\n");
        Path broken = file("broken.drl", "package x;\nrule \"broken\" when then end end\n");
        CliRun bad = CliRun.of("evaluate", request.toString(), "--rules", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("oms-exception: evaluate: the rules cannot be used, fix them and retry:\n  " + broken + ":");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void an_empty_rules_path_exits_2_instead_of_loading_the_working_directory() throws Exception {
        CliRun r = CliRun.of("evaluate", file("request.json", REQUEST).toString(), "--rules", "");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: --rules rules '': the path is empty; name a .drl file "
                + "or a folder of them\n");
    }

    @Test
    void a_package_name_with_a_java_keyword_exits_2_with_its_position_not_a_stack_trace() throws Exception {
        Path drl = file("shop.drl", "package shop.new;\nimport io.omsexception.facts.*;\nrule \"SHOP: x\" @code(\"SHOP\")\n"
                + "when $o : OrderFacts() then end\n");
        CliRun r = CliRun.of("evaluate", file("request.json", REQUEST).toString(), "--rules", drl.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: evaluate: the rules cannot be used, fix them and retry:\n  " + drl
                + ":1:9 package name 'shop.new' is not a Java package name: 'new' is a Java keyword (rename it, for example "
                + "'news')\n").doesNotContain("Exception", "\tat ");
    }

    @Test
    void the_custom_pack_is_loaded_with_rules_and_its_parameter_with_param() throws Exception {
        // GIVEN an order to Xinjiang of 6 kg
        Path request = file("heavy.json", """
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
                   "shippingAddress": {"recipient": "王五", "phone": "13800138000", "province": "新疆维吾尔自治区", "city": "乌鲁木齐市", "district": "天山区", "detail": "解放北路88号"},
                   "lines": [{"lineId": "1", "sku": "FRT-001", "quantity": 2, "weightKg": 3}]}]}
                """);
        String pack = "src/main/resources/custom-rules";
        // WHEN
        CliRun standard = CliRun.of("evaluate", request.toString(), "--quiet");
        CliRun custom = CliRun.of("evaluate", request.toString(), "--rules", pack, "--quiet");
        CliRun raised = CliRun.of("evaluate", request.toString(), "--rules", pack, "--param", "custom.maxWeightKg=6", "--quiet");
        // THEN
        assertThat(standard.out()).doesNotContain("REMOTE_REGION_NOTE", "OVERWEIGHT_RANGE_CHECK");
        assertThat(codes(custom.out())).contains("REMOTE_REGION_NOTE", "OVERWEIGHT_RANGE_CHECK");
        assertThat(codes(raised.out())).contains("REMOTE_REGION_NOTE").doesNotContain("OVERWEIGHT_RANGE_CHECK");
    }

    static List<String> codes(String resultJson) throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonNode result : JSON.readTree(resultJson).get("results")) {
            result.get("exceptions").forEach(e -> codes.add(e.get("code").asText()));
        }
        return codes;
    }

    @Test
    void report_writes_a_self_contained_html_file_and_the_statistics_as_json() throws Exception {
        // GIVEN
        Path request = file("request.json", REQUEST);
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("stats.json");
        // WHEN
        CliRun r = CliRun.of("report", request.toString(), "--html", html.toString(), "--json", json.toString(), "--title", "Day 1");
        // THEN
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("; report in " + html + ", statistics in " + json);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>Day 1</title>", "<svg", "PAYMENT_FAILED");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        JsonNode stats = JSON.readTree(json.toFile());
        assertThat(stats.at("/orders/evaluated").asLong()).isEqualTo(2);
        assertThat(stats.at("/orders/rejected").asLong()).isEqualTo(1);
        assertThat(stats.at("/byCode/0/code").asText()).isEqualTo("PAYMENT_FAILED");
    }

    @Test
    void report_with_lang_zh_writes_the_report_in_chinese_with_the_request_s_offset() throws Exception {
        // GIVEN
        Path request = file("request.json", REQUEST);
        Path html = dir.resolve("report.html");
        // WHEN
        CliRun r = CliRun.of("report", request.toString(), "--html", html.toString(), "--lang", "zh", "--quiet");
        // THEN
        assertThat(r.exitCode()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).contains("lang=\"zh-CN\"", "<title>异常订单报告：request.json</title>",
                "<p class=\"sub\">统计时间 2026-11-22 10:00 +08:00 · 共 3 单</p>", "<td>财务</td>", "<td>支付</td>");
        assertThat(page).doesNotContain("Finance", "Payment", "Orders evaluated");
    }

    @Test
    void report_with_another_language_exits_2() throws Exception {
        CliRun r = CliRun.of("report", file("request.json", REQUEST).toString(), "--html", dir.resolve("r.html").toString(),
                "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: report: --lang must be en or zh but was 'fr'\n");
    }

    @Test
    void generate_can_simulate_handled_cases_that_report_reads_for_handling_times() throws Exception {
        // GIVEN a generated day of 2,000 orders with simulated cases of its exceptions
        Path request = dir.resolve("day.json");
        Path cases = dir.resolve("cases.json");
        CliRun generated = CliRun.of("generate", "--orders", "2000", "--seed", "11", "--output", request.toString(),
                "--cases", cases.toString(), "--quiet");
        Path json = dir.resolve("stats.json");
        // WHEN
        CliRun r = CliRun.of("report", request.toString(), "--html", dir.resolve("r.html").toString(), "--json", json.toString(),
                "--cases", cases.toString(), "--quiet");
        // THEN
        assertThat(generated.exitCode()).isZero();
        assertThat(r.exitCode()).isZero();
        JsonNode stats = JSON.readTree(json.toFile());
        long findings = stats.at("/findings/total").asLong();
        assertThat(findings).isPositive();
        assertThat(stats.at("/cases/open").asLong() + stats.at("/cases/closed").asLong()).isEqualTo(findings);
        assertThat(stats.at("/handlingByCode").size()).isPositive();
        assertThat(stats.at("/slowestStage").asText()).isNotBlank();
        assertThat(Files.readString(dir.resolve("r.html"))).doesNotContain("No handled cases were given");
    }

    @Test
    void unusable_cases_exit_2_with_their_path() throws Exception {
        Path request = file("request.json", REQUEST);
        Path cases = file("cases.json", "{\"cases\": [{\"orderId\": \"SO-1\"}]}");
        CliRun r = CliRun.of("report", request.toString(), "--html", dir.resolve("r.html").toString(), "--cases", cases.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: report: --cases " + cases + " is not usable: $.cases[0].code: is required as a text\n");
    }

    @Test
    void report_without_html_exits_2() throws Exception {
        CliRun r = CliRun.of("report", file("request.json", REQUEST).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: report: missing --html FILE, where to write the report\n");
    }

    @Test
    void generate_writes_a_request_that_reads_back_with_the_same_orders_for_the_same_seed() throws Exception {
        // WHEN
        CliRun a = CliRun.of("generate", "--orders", "50", "--seed", "7");
        CliRun b = CliRun.of("generate", "--orders", "50", "--seed", "7");
        CliRun c = CliRun.of("generate", "--orders", "50", "--seed", "8");
        // THEN
        assertThat(a.exitCode()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
        ParsedRequest parsed = OrderJson.readRequest(a.out());
        assertThat(parsed.orders()).hasSize(50).allMatch(io.omsexception.json.ParsedOrder::isValid);
        assertThat(parsed.asOf()).isEqualTo(io.omsexception.testkit.SampleOrders.DEFAULT_AS_OF);
        assertThat(parsed.referenceData().hasInventory()).isTrue();
        assertThat(parsed.orders().get(0).order())
                .isEqualTo(io.omsexception.testkit.SampleOrders.of(7, 50, 0.04, parsed.asOf()).order(0));
        assertThat(a.out().lines().filter(l -> l.startsWith("{\"orderId\"")).count()).isEqualTo(50);
    }

    @Test
    void generate_refuses_a_missing_or_bad_count() {
        assertThat(CliRun.of("generate").err()).isEqualTo("oms-exception: generate: missing --orders N, how many orders to generate\n");
        CliRun bad = CliRun.of("generate", "--orders", "many");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("oms-exception: generate: --orders must be a whole number of at least 0 but was 'many'\n");
        assertThat(CliRun.of("generate", "--orders", "5", "--exception-rate", "2").err())
                .isEqualTo("oms-exception: generate: --exception-rate must be a number from 0 to 1 but was '2'\n");
    }
}
