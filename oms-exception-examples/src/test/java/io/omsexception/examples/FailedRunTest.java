package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that cannot finish never looks finished: no file appears, standard output lacks the end marker, exit 3. */
class FailedRunTest {
    @TempDir
    Path dir;

    /** A pack whose one rule runs {@code consequence} for the order with id SO-2. */
    private Path pack(String consequence) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(pack.resolve("codes.properties"), """
                HOSTILE.category=INFORMATION
                HOSTILE.priority=P4
                HOSTILE.department=CUSTOMER_SERVICE
                HOSTILE.blocking=false
                """);
        Files.writeString(pack.resolve("texts_zh.properties"), "HOSTILE.guidance=核对\nHOSTILE.customer=处理中\n",
                StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("texts_en.properties"), "HOSTILE.guidance=Check\nHOSTILE.customer=In progress\n");
        Files.writeString(pack.resolve("hostile.drl"), """
                package test.hostile;
                import io.omsexception.facts.*;
                global Findings findings;
                rule "HOSTILE: fails on SO-2"
                    @code("HOSTILE")
                when
                    $o : OrderFacts(orderId == "SO-2")
                then
                    %s
                end
                """.formatted(consequence));
        return pack;
    }

    private Path request() throws Exception {
        return Files.writeString(dir.resolve("request.json"), CliTest.REQUEST, StandardCharsets.UTF_8);
    }

    @Test
    void an_error_thrown_by_a_rule_exits_3_and_leaves_an_earlier_output_file_as_it_was() throws Exception {
        // GIVEN an earlier run's output, and a rule that throws an AssertionError on the second order
        Path output = Files.writeString(dir.resolve("out.json"), "earlier");
        Path pack = pack("throw new AssertionError(\"boom\");");
        // WHEN
        CliRun r = CliRun.of("evaluate", request().toString(), "--rules", pack.toString(), "--output", output.toString(), "--quiet");
        // THEN
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().findFirst()).hasValue("oms-exception: evaluate: the run failed after evaluating 0 of 3 orders: "
                + "java.lang.AssertionError: boom; nothing was written to " + output);
        assertThat(r.err()).contains("\tat ");
        assertThat(Files.readString(output)).isEqualTo("earlier");
        assertThat(filesIn(dir)).doesNotContain(".part");
    }

    @Test
    void a_stack_overflow_in_a_rule_is_a_failed_run_not_rejected_orders() throws Exception {
        Path output = dir.resolve("out.json");
        Path pack = pack("throw new StackOverflowError();");

        CliRun r = CliRun.of("evaluate", request().toString(), "--rules", pack.toString(), "--output", output.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("oms-exception: evaluate: the run failed after evaluating 0 of 3 orders: "
                + "java.lang.StackOverflowError; nothing was written to " + output + "\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void on_standard_output_a_failed_run_has_no_end_marker_and_the_message_says_to_discard_it() throws Exception {
        Path pack = pack("throw new AssertionError(\"boom\");");

        CliRun r = CliRun.of("evaluate", request().toString(), "--rules", pack.toString(), "--quiet");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().findFirst()).hasValue("oms-exception: evaluate: the run failed after evaluating 0 of 3 orders: "
                + "java.lang.AssertionError: boom; standard output holds an incomplete document without the \"complete\" "
                + "end marker: discard it");
        assertThat(r.out()).doesNotContain("complete").doesNotEndWith("}\n");
    }

    @Test
    void a_finished_run_ends_its_document_with_the_end_marker_counting_every_order() throws Exception {
        CliRun r = CliRun.of("evaluate", request().toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode json = CliTest.JSON.readTree(r.out());
        assertThat(json.get("complete").toString()).isEqualTo("{\"orders\":3,\"results\":2,\"errors\":1}");
        assertThat(r.out()).endsWith(",\"complete\":{\"orders\":3,\"results\":2,\"errors\":1}}\n");
        assertThat(r.err()).contains(": 1 with exceptions, 1 rejected as invalid; 3 orders written to standard output\n");
    }

    @Test
    void a_finished_run_to_a_file_names_the_file_and_leaves_no_temporary_file() throws Exception {
        Path output = Files.writeString(dir.resolve("out.json"), "earlier");

        CliRun r = CliRun.of("evaluate", request().toString(), "--output", output.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(CliTest.JSON.readTree(output.toFile()).at("/complete/orders").asInt()).isEqualTo(3);
        assertThat(r.err()).endsWith("; 3 orders written to " + output + "\n");
        assertThat(filesIn(dir)).doesNotContain(".part");
    }

    @Test
    void a_string_too_long_in_a_skipped_field_is_refused_before_anything_is_written() throws Exception {
        // GIVEN a 25-million-character string in an unknown request-level field, after the orders
        Path request = Files.writeString(dir.resolve("long.json"), "{\"orders\": [{\"orderId\": \"SO-1\", \"createdAt\": "
                + "\"2026-11-22T09:00:00+08:00\"}], \"hostData\": [\"" + "x".repeat(25_000_000) + "\"]}");
        Path output = dir.resolve("out.json");
        // WHEN
        CliRun toFile = CliRun.of("evaluate", request.toString(), "--output", output.toString());
        CliRun toOut = CliRun.of("evaluate", request.toString());
        // THEN
        assertThat(toFile.exitCode()).isEqualTo(2);
        assertThat(toFile.err()).isEqualTo("oms-exception: evaluate: " + request + " is not a usable request: "
                + "$.hostData[0]: string longer than 1000000 characters (limit maxStringLength) at line 1, column 90\n");
        assertThat(output).doesNotExist();
        assertThat(toOut.exitCode()).isEqualTo(2);
        assertThat(toOut.out()).isEmpty();
    }

    @Test
    void a_failed_report_writes_neither_the_html_nor_the_json() throws Exception {
        Path html = dir.resolve("r.html");
        Path json = dir.resolve("s.json");
        Path pack = pack("throw new AssertionError(\"boom\");");

        CliRun r = CliRun.of("report", request().toString(), "--rules", pack.toString(), "--html", html.toString(),
                "--json", json.toString(), "--quiet");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().findFirst()).hasValue("oms-exception: report: the run failed after evaluating 0 of 3 orders: "
                + "java.lang.AssertionError: boom; nothing was written to " + html + " or " + json);
        assertThat(html).doesNotExist();
        assertThat(json).doesNotExist();
    }

    @Test
    void an_output_in_a_missing_folder_exits_2_before_evaluating() throws Exception {
        Path output = dir.resolve("no/such/out.json");

        CliRun r = CliRun.of("evaluate", request().toString(), "--output", output.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("oms-exception: evaluate: cannot write " + output + ": no such file or folder: ")
                .endsWith("; nothing was written to " + output + "\n");
    }

    @Test
    void a_request_read_in_one_pass_that_breaks_after_its_orders_began_leaves_an_earlier_output_file_as_it_was() throws Exception {
        // GIVEN reference data before the orders (one pass to a file), and the second order cut off
        Path output = Files.writeString(dir.resolve("out.json"), "earlier");
        Path request = Files.writeString(dir.resolve("cut.json"), "{\"asOf\": \"2026-11-22T10:00:00+08:00\", "
                + "\"inventory\": null, \"blacklist\": null, \"orders\": [{\"orderId\": \"SO-1\", "
                + "\"createdAt\": \"2026-11-22T09:00:00+08:00\"}, {\"orderId\": ");
        // WHEN
        CliRun toFile = CliRun.of("evaluate", request.toString(), "--output", output.toString(), "--quiet");
        CliRun toOut = CliRun.of("evaluate", request.toString(), "--quiet");
        // THEN both refuse it alike; the file keeps the earlier run's content, standard output stays empty
        assertThat(toFile.exitCode()).isEqualTo(2);
        assertThat(toFile.err()).isEqualTo("oms-exception: evaluate: " + request + " is not a usable request: "
                + "$: not valid JSON: Unexpected end-of-input within/between Object entries at line 1, column 163\n");
        assertThat(toOut.err()).isEqualTo(toFile.err());
        assertThat(Files.readString(output)).isEqualTo("earlier");
        assertThat(filesIn(dir)).doesNotContain(".part");
        assertThat(toOut.out()).isEmpty();
    }

    @Test
    void a_request_read_in_one_pass_to_a_file_gives_what_standard_output_gets_in_two() throws Exception {
        // GIVEN the request with its reference data before its orders
        Path request = Files.writeString(dir.resolve("first.json"), CliTest.REQUEST.replace("\"orders\":",
                "\"inventory\": [{\"sku\": \"TEA-001\", \"available\": 1}], \"blacklist\": {\"phones\": [\"13800138001\"]},"
                        + " \"orders\":"), StandardCharsets.UTF_8);
        Path output = dir.resolve("out.json");
        // WHEN
        CliRun toFile = CliRun.of("evaluate", request.toString(), "--output", output.toString(), "--quiet");
        CliRun toOut = CliRun.of("evaluate", request.toString(), "--quiet");
        // THEN
        assertThat(toFile.exitCode()).isEqualTo(1);
        assertThat(toOut.exitCode()).isEqualTo(1);
        assertThat(Files.readString(output)).isEqualTo(toOut.out());
        assertThat(CliTest.JSON.readTree(output.toFile()).at("/complete/orders").asInt()).isEqualTo(3);
        assertThat(toOut.out()).contains("\"BLACKLISTED_CUSTOMER\"");
    }

    private static String filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        }
    }
}
