package io.omsexception.testkit;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePack;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.Payment;
import io.omsexception.model.PaymentStatus;
import io.omsexception.model.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example of "Assertions for your tests" in docs/rule-authoring.md, run on a host pack
 * (src/test/resources/shop/rules/shop.drl); the last test fails when the document drifts from it.
 */
class AssertionsExampleTest {
    static final Path SOURCE = Path.of("src/test/java/io/omsexception/testkit/AssertionsExampleTest.java");
    static final Path DOC = Path.of("../docs/rule-authoring.md");

    // docs:begin
    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder()
            .addRules(RulePack.fromClasspath("shop", AssertionsExampleTest.class.getClassLoader(), "shop/rules/shop.drl"))
            .build();

    static Order unpaidWithABulkLine(String orderId) {
        return Order.builder(orderId, AS_OF.minusMinutes(45))
                .addLine(new OrderLine(null, "TEA-001", null, 1, null, null, false))
                .addLine(new OrderLine(null, "CUP-002", null, 12, null, null, false))
                .build();
    }

    @Test
    void should_hold_an_unpaid_order_and_flag_its_bulk_line() {
        OrderEvaluation result = ENGINE.evaluate(unpaidWithABulkLine("SO-1"), ReferenceData.NONE, AS_OF);

        assertThat(result)
                .hasCodes("SHOP_UNPAID", "SHOP_BULK_LINE")       // exactly these, in result order
                .isBlocking()
                .finding("SHOP_UNPAID")
                    .hasPriority("P2")
                    .isBlocking()
                    .hasEvidence("minutesSinceCreated", 45)      // a Long in the evidence: numbers compare by value
                    .hasEvidence("thresholdMinutes", 30)
                .and()                                           // back to the order
                .finding("SHOP_BULK_LINE")
                    .isAdvisory()
                    .hasDepartment("RISK_CONTROL")
                    .hasSkus("CUP-002")
                    .hasLines(1)
                    .hasEvidence("lines[1].quantity", 12)
                    .wasRaisedBy("SHOP_BULK_LINE: a line orders more than 10 of one item");
    }

    @Test
    void should_return_every_order_of_a_batch_once() {
        Order paid = Order.builder("SO-2", AS_OF.minusMinutes(45))
                .payment(new Payment(PaymentStatus.PAID, "ALIPAY", null, null, null))
                .build();

        BatchResult batch = ENGINE.evaluate(new EvaluationRequest(AS_OF, ReferenceData.NONE,
                List.of(unpaidWithABulkLine("SO-1"), paid)));

        assertThat(batch)
                .hasNoErrors()
                .returnsEveryOrderOnce(2)
                .hasResultsFor("SO-1", "SO-2")
                .result("SO-2").isClean();
    }
    // docs:end

    @Test
    void should_fail_with_the_message_the_guide_shows() {
        OrderEvaluation result = ENGINE.evaluate(unpaidWithABulkLine("SO-1"), ReferenceData.NONE, AS_OF);

        assertThatThrownBy(() -> assertThat(result).finding("SHOP_UNPAID").hasEvidence("minutesSinceCreated", 30))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting finding SHOP_UNPAID of order SO-1 to have evidence minutesSinceCreated = 30 but had 45");
    }

    @Test
    void should_show_in_the_rule_authoring_guide_exactly_the_example_this_test_runs() throws Exception {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// docs:begin") + "// docs:begin".length(),
                source.indexOf("    // docs:end"));
        String unindented = Arrays.stream(snippet.strip().split("\n"))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n"));

        org.assertj.core.api.Assertions.assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains(unindented);
    }
}
