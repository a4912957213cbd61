package io.omsexception.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.OrderExceptionEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A {@link TopologyTestDriver} around an {@link OrderStreams} topology, with its topics as the tests use them. */
final class Driver implements AutoCloseable {
    static final String INPUT = "orders";
    static final String OUTPUT = "evaluations";
    static final String DEAD_LETTERS = "orders-dlq";
    static final String INVENTORY = "inventory";
    static final String BLACKLIST = "blacklist";
    static final ObjectMapper JSON = new ObjectMapper();
    private static OrderExceptionEngine standard;

    final OrderStreams streams;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> input;
    final TestInputTopic<String, String> inventory;
    final TestInputTopic<String, String> blacklist;
    final TestOutputTopic<String, byte[]> output;
    final TestOutputTopic<byte[], byte[]> deadLetters;

    /** The standard packs with a day limit of 2 orders, the clock a few days after {@link Orders#T0}. */
    static synchronized OrderExceptionEngine engine() {
        if (standard == null) {
            standard = OrderExceptionEngine.builder().withStandardRules()
                    .parameter("risk.maxOrdersPerDay", "2")
                    .clock(Clock.fixed(Orders.T0.plusDays(1).toInstant(), ZoneOffset.ofHours(8)))
                    .build();
        }
        return standard;
    }

    static OrderStreams.Builder standardBuilder() {
        return OrderStreams.builder().engine(engine()).inputTopic(INPUT).outputTopic(OUTPUT).deadLetterTopic(DEAD_LETTERS)
                .inventoryTopic(INVENTORY).blacklistTopic(BLACKLIST);
    }

    Driver() {
        this(standardBuilder().build());
    }

    Driver(OrderStreams streams) {
        this.streams = streams;
        Properties p = OrderStreams.properties("127.0.0.1:9", "oms-test");
        driver = new TopologyTestDriver(streams.topology(), p);
        input = driver.createInputTopic(INPUT, new ByteArraySerializer(), new ByteArraySerializer());
        inventory = driver.createInputTopic(INVENTORY, new StringSerializer(), new StringSerializer());
        blacklist = driver.createInputTopic(BLACKLIST, new StringSerializer(), new StringSerializer());
        output = driver.createOutputTopic(OUTPUT, new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(DEAD_LETTERS, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        inventory.pipeInput("TEA-001", "{\"sku\": \"TEA-001\", \"available\": 1000, \"listed\": true}");
    }

    /** Sends an order keyed by its order id (not its customer). */
    void send(String key, String json) {
        input.pipeInput(key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** @return every evaluation published since the last call, as JSON trees */
    List<JsonNode> evaluations() {
        List<JsonNode> out = new ArrayList<>();
        for (byte[] value : output.readValuesToList()) {
            out.add(tree(value));
        }
        return out;
    }

    /** @return the only evaluation published since the last call */
    JsonNode evaluation() {
        List<JsonNode> all = evaluations();
        if (all.size() != 1) {
            throw new AssertionError("expected one evaluation but there were " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    static JsonNode tree(byte[] value) {
        try {
            return JSON.readTree(new String(value, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the codes of an evaluation, in its order */
    static List<String> codes(JsonNode evaluation) {
        List<String> codes = new ArrayList<>();
        evaluation.get("exceptions").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    /** @return the evidence of one code of an evaluation */
    static JsonNode evidence(JsonNode evaluation, String code) {
        for (JsonNode e : evaluation.get("exceptions")) {
            if (e.get("code").asText().equals(code)) {
                return e.get("evidence");
            }
        }
        throw new AssertionError("no " + code + " in " + evaluation);
    }

    /** @return the record's headers as text, in order (a name given twice keeps its last value) */
    static Map<String, String> headers(TestRecord<?, ?> record) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Header h : record.headers()) {
            out.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    static RecordHeaders headersOf(String name, String value) {
        RecordHeaders h = new RecordHeaders();
        h.add(name, value.getBytes(StandardCharsets.UTF_8));
        return h;
    }

    @Override
    public void close() {
        driver.close();
    }
}
