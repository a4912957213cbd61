package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; the test fails when the README drifts from it. */
class ReadmeExampleTest {
    static final Path SOURCE = Path.of("src/test/java/io/omsexception/rules/ReadmeExampleTest.java");

    static OrderEvaluation example(String json) {
        // README:begin
        OrderExceptionEngine engine = OrderExceptionEngine.builder()
                .withStandardRules()                             // the six standard packs
                .parameter("payment.timeoutMinutes", "45")       // thresholds without touching DRL
                .build();                                        // immutable and thread-safe: share it
        Order order = OrderJson.readOrder(json);                 // or Order.builder(id, createdAt)...
        OrderEvaluation result = engine.evaluate(order, ReferenceData.NONE, OffsetDateTime.now());
        for (Finding f : result.findings()) {
            System.out.println(f.priority() + " " + f.code() + " " + f.department() + ": " + f.guidance().en());
        }
        if (result.blocking()) { /* hold the order: do not pick or ship it */ }
        // README:end
        return result;
    }

    @Test
    void should_show_in_the_readme_exactly_the_example_this_test_runs() throws Exception {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:begin") + "// README:begin".length(),
                source.indexOf("        // README:end"));
        String unindented = Arrays.stream(snippet.strip().split("\n"))
                .map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains(unindented);
        assertThat(unindented.lines().count()).isLessThanOrEqualTo(10);
    }

    @Test
    void should_run_the_readme_example_on_an_order_without_a_phone() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        OrderEvaluation result;
        try {
            result = example("""
                    {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
                     "shippingAddress": {"recipient": "张三", "province": "浙江省", "city": "杭州市", "detail": "文三路 1 号"},
                     "payment": {"status": "FAILED"}}
                    """);
        } finally {
            System.setOut(original);
        }

        assertThat(result.codes()).contains("PAYMENT_FAILED", "PHONE_MISSING");
        assertThat(result.blocking()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("P1 PAYMENT_FAILED FINANCE: ");
    }
}
