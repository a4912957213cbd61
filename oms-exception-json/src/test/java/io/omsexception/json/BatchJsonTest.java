package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.RulePack;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BatchJsonTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder()
            .addRules(RulePack.fromClasspath("test-rules", BatchJsonTest.class.getClassLoader(),
                    "io/omsexception/testrules/test-rules.drl"))
            .build();

    @Test
    void should_account_for_every_order_once_in_results_or_errors() {
        // GIVEN five orders, two of them invalid
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
                  {"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "payment": {"status": "NOPE"}},
                  {"orderId": "SO-2", "createdAt": "2026-11-22T09:59:00+08:00",
                   "shippingAddress": {"phone": "13800138000"}, "payment": {"status": "PAID"}},
                  {"createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-4", "createdAt": "2026-11-22T09:00:00+08:00", "shippingAddress": {"phone": "13800138000"}}
                ]}
                """);

        // WHEN
        BatchResult result = OrderJson.evaluate(ENGINE, request);

        // THEN
        assertThat(result.size()).isEqualTo(5);
        assertThat(result.results()).extracting(OrderEvaluation::orderId).containsExactly("SO-0", "SO-2", "SO-4");
        assertThat(result.results()).extracting(OrderEvaluation::codes).containsExactly(
                java.util.List.of("T_NO_PHONE", "T_TIMEOUT"), java.util.List.of(), java.util.List.of("T_TIMEOUT"));
        assertThat(result.errors()).extracting(OrderError::index, OrderJson::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "$.orders[1].payment.status"),
                org.assertj.core.groups.Tuple.tuple(3, "$.orders[3].orderId"));
    }

    @Test
    void an_internal_code_is_written_without_a_customer_message() throws IOException {
        // GIVEN an internal code: its pack gives no customer message
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(RulePack.builder("host").drl("host.drl", """
                        package host.rules;
                        import io.omsexception.facts.*;
                        global Findings findings;
                        rule "HOST_NOTE: every order gets a note"
                            @code("HOST_NOTE")
                        when
                            $o : OrderFacts()
                        then
                            findings.raise($o);
                        end
                        """)
                .code("HOST_NOTE", io.omsexception.Category.LOGISTICS, io.omsexception.Priority.P4,
                        io.omsexception.Department.LOGISTICS, io.omsexception.BlockingPolicy.NEVER)
                .internal("HOST_NOTE").guidance("zh", "HOST_NOTE", "备注").guidance("en", "HOST_NOTE", "Note").build()).build();
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [{"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"}]}
                """);
        // WHEN
        JsonNode doc = OrderJson.MAPPER.readTree(OrderJson.writeResult(OrderJson.evaluate(engine, request)));
        // THEN
        JsonNode note = doc.get("results").get(0).get("exceptions").get(0);
        assertThat(note.get("code").asText()).isEqualTo("HOST_NOTE");
        assertThat(note.get("guidance").get("zh").asText()).isEqualTo("备注");
        assertThat(note.has("customerMessage")).isFalse();
    }

    @Test
    void each_result_is_written_with_the_rules_version_that_produced_it_and_one_made_by_hand_without() throws IOException {
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [{"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"}]}
                """);
        JsonNode doc = OrderJson.MAPPER.readTree(OrderJson.writeResult(OrderJson.evaluate(ENGINE, request)));
        assertThat(doc.get("results").get(0).get("rulesVersion").asText()).isEqualTo(ENGINE.rulesVersion())
                .startsWith("test-rules@");
        JsonNode byHand = OrderJson.MAPPER.readTree(OrderJson.writeEvaluation(
                new OrderEvaluation("SO-9", false, java.util.List.of())));
        assertThat(byHand.has("rulesVersion")).isFalse();
        assertThat(byHand.get("orderId").asText()).isEqualTo("SO-9");
    }

    @Test
    void should_write_the_result_document_of_the_contract() throws IOException {
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
                  {"orderId": "SO-0", "createdAt": "2026-11-22T09:00:00+08:00"},
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00", "lines": [{"sku": "A", "quantity": 0}]}
                ]}
                """);

        JsonNode doc = OrderJson.MAPPER.readTree(OrderJson.writeResult(OrderJson.evaluate(ENGINE, request)));

        JsonNode first = doc.get("results").get(0);
        assertThat(first.get("orderId").asText()).isEqualTo("SO-0");
        assertThat(first.get("blocking").asBoolean()).isTrue();
        JsonNode timeout = first.get("exceptions").get(1);
        assertThat(timeout.get("code").asText()).isEqualTo("T_TIMEOUT");
        assertThat(timeout.get("category").asText()).isEqualTo("PAYMENT");
        assertThat(timeout.get("priority").asText()).isEqualTo("P2");
        assertThat(timeout.get("department").asText()).isEqualTo("FINANCE");
        assertThat(timeout.get("blocking").asBoolean()).isTrue();
        assertThat(timeout.get("guidance").get("zh").asText()).isEqualTo("催付");
        assertThat(timeout.get("customerMessage").get("en").asText()).isEqualTo("Please pay");
        assertThat(timeout.get("evidence").get("minutesSinceCreated").asLong()).isEqualTo(60);
        assertThat(timeout.get("evidence").get("thresholdMinutes").asInt()).isEqualTo(30);
        assertThat(timeout.get("rules")).extracting(JsonNode::asText).containsExactly("T_TIMEOUT: unpaid for too long");
        assertThat(timeout.has("skus")).isFalse();
        assertThat(timeout.has("lines")).isFalse();
        JsonNode error = doc.get("errors").get(0);
        assertThat(error.get("index").asInt()).isEqualTo(1);
        assertThat(error.get("orderId").asText()).isEqualTo("SO-1");
        assertThat(error.get("path").asText()).isEqualTo("$.orders[1].lines[0].quantity");
        assertThat(error.get("message").asText()).isEqualTo("must be greater than 0");
    }

    @Test
    void should_write_the_skus_and_lines_a_finding_is_about() throws IOException {
        ParsedRequest request = OrderJson.readRequest("""
                {"asOf": "2026-11-22T10:00:00+08:00",
                 "inventory": [{"sku": "A", "available": 5, "listed": true}, {"sku": "B", "available": 5, "listed": false}],
                 "orders": [
                  {"orderId": "SO-0", "createdAt": "2026-11-22T09:58:00+08:00", "shippingAddress": {"phone": "13800138000"},
                   "lines": [{"sku": "A", "quantity": 1}, {"sku": "B", "quantity": 1}]}
                ]}
                """);

        JsonNode doc = OrderJson.MAPPER.readTree(OrderJson.writeResult(OrderJson.evaluate(ENGINE, request)));

        JsonNode delisted = doc.get("results").get(0).get("exceptions").get(0);
        assertThat(delisted.get("code").asText()).isEqualTo("T_DELISTED");
        assertThat(delisted.get("skus")).extracting(JsonNode::asText).containsExactly("B");
        assertThat(delisted.get("lines")).extracting(JsonNode::asInt).containsExactly(1);
    }
}
