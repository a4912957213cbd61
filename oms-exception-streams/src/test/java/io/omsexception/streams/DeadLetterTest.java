package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Driver.headers;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Records that cannot be read go to the dead-letter topic with their key, value bytes and headers
 * and the error with its JSON path; every input record yields an evaluation or a dead letter.
 */
class DeadLetterTest {

    private static TestRecord<byte[], byte[]> send(Driver d, String key, byte[] value) {
        d.input.pipeInput(new TestRecord<>(key.getBytes(StandardCharsets.UTF_8), value,
                Driver.headersOf("trace-id", "t-42")));
        List<TestRecord<byte[], byte[]>> dead = d.deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        return dead.get(0);
    }

    @Test
    void an_invalid_field_is_a_dead_letter_naming_its_json_path() {
        try (Driver d = new Driver()) {
            byte[] bad = order("SO-1", "C-1", T0).replace("\"quantity\": 1", "\"quantity\": 0").getBytes(StandardCharsets.UTF_8);
            TestRecord<byte[], byte[]> dead = send(d, "SO-1", bad);
            assertThat(headers(dead)).containsEntry(OrderStreams.HEADER_ERROR_PATH, "$.lines[0].quantity")
                    .containsEntry(OrderStreams.HEADER_ERROR_MESSAGE, "must be greater than 0")
                    .containsEntry(OrderStreams.HEADER_ERROR_STAGE, "read")
                    .containsEntry(OrderStreams.HEADER_ERROR_SOURCE, "orders-0@0");
            assertThat(d.output.isEmpty()).isTrue();
        }
    }

    @Test
    void a_dead_letter_keeps_the_original_key_bytes_and_headers() {
        try (Driver d = new Driver()) {
            byte[] bad = "{\"orderId\": \"SO-1\", \"createdAt\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8);
            TestRecord<byte[], byte[]> dead = send(d, "SO-1", bad);
            assertThat(dead.value()).isEqualTo(bad);
            assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("SO-1");
            Map<String, String> headers = headers(dead);
            assertThat(headers).containsEntry("trace-id", "t-42").containsEntry(OrderStreams.HEADER_ERROR_PATH, "$.createdAt");
            assertThat(headers.keySet()).first().isEqualTo("trace-id");
        }
    }

    @Test
    void text_that_is_not_json_is_a_dead_letter_at_the_root() {
        try (Driver d = new Driver()) {
            TestRecord<byte[], byte[]> dead = send(d, "k", "not json".getBytes(StandardCharsets.UTF_8));
            assertThat(headers(dead)).containsEntry(OrderStreams.HEADER_ERROR_PATH, "$");
            assertThat(dead.value()).isEqualTo("not json".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void bytes_that_are_not_utf8_are_a_dead_letter_rather_than_a_deserialisation_failure() {
        try (Driver d = new Driver()) {
            byte[] latin1 = {'{', '"', (byte) 0xE9, '"', '}'};
            TestRecord<byte[], byte[]> dead = send(d, "k", latin1);
            assertThat(headers(dead)).containsEntry(OrderStreams.HEADER_ERROR_PATH, "$")
                    .containsEntry(OrderStreams.HEADER_ERROR_MESSAGE, "must be UTF-8 JSON: the record's bytes are not UTF-8");
            assertThat(dead.value()).isEqualTo(latin1);
        }
    }

    @Test
    void a_record_without_a_value_is_a_dead_letter() {
        try (Driver d = new Driver()) {
            TestRecord<byte[], byte[]> dead = send(d, "SO-1", null);
            assertThat(headers(dead)).containsEntry(OrderStreams.HEADER_ERROR_MESSAGE, "must not be null: the record has no value");
            assertThat(dead.value()).isNull();
        }
    }

    @Test
    void every_record_yields_one_evaluation_or_one_dead_letter() {
        try (Driver d = new Driver()) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-2", "{");
            d.send("SO-3", order("SO-3", "C-2", T0));
            d.send("SO-4", order("SO-4", "C-1", T0).replace("\"quantity\": 1", "\"quantity\": -1"));
            d.send("SO-5", order("SO-5", "C-3", T0));
            assertThat(d.evaluations()).extracting(e -> e.get("orderId").asText()).containsExactly("SO-1", "SO-3", "SO-5");
            assertThat(d.deadLetters.readRecordsToList()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .containsExactly("SO-2", "SO-4");
        }
    }

    @Test
    void a_marketplace_payload_of_two_orders_yields_two_evaluations() {
        String payload = """
                {"orders": [
                  {"id": 450789470, "created_at": "2026-11-21T12:00:00+01:00", "currency": "EUR", "financial_status": "pending",
                   "gateway": "manual", "total_price": "35.50",
                   "line_items": [{"id": 1, "sku": "MUG-01", "title": "Mug", "quantity": 1, "price": "35.50"}]},
                  {"id": 450789471, "created_at": "2026-11-21T13:00:00+01:00", "currency": "EUR", "financial_status": "voided",
                   "gateway": "shopify_payments", "total_price": "12.00",
                   "line_items": [{"id": 2, "sku": "PEN-01", "title": "Pen", "quantity": 3, "price": "4.00"}]}
                ]}""";
        try (Driver d = new Driver(Driver.standardBuilder().marketplace("shopify").build())) {
            d.send("batch-1", payload);
            List<TestRecord<String, byte[]>> out = d.output.readRecordsToList();
            assertThat(out).extracting(TestRecord::key).containsExactly("order:450789470", "order:450789471");
            assertThat(codes(Driver.tree(out.get(1).value()))).contains("PAYMENT_FAILED");
            assertThat(d.deadLetters.isEmpty()).isTrue();
        }
    }
}
