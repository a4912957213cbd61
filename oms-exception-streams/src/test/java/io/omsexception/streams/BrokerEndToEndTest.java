package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology against a real KRaft broker started in this JVM on the loopback address, with
 * exactly-once processing: orders keyed by order id over two partitions reach the customer's
 * state, the blacklist from its compacted topic reaches the evaluation, a broken record reaches the
 * dead-letter topic, and only committed output is read.
 */
class BrokerEndToEndTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void orders_through_a_broker_come_out_evaluated_exactly_once(@TempDir Path state) throws Exception {
        // the engine compiles its packs while the broker starts
        CompletableFuture<OrderStreams> topology = CompletableFuture.supplyAsync(() -> Driver.standardBuilder().build());
        try (Broker broker = new Broker()) {
            broker.createTopics(Map.of(Driver.INPUT, 2, Driver.OUTPUT, 1, Driver.DEAD_LETTERS, 1),
                    Driver.INVENTORY, Driver.BLACKLIST);
            broker.send(Driver.BLACKLIST, List.<String[]>of(new String[] {"customerId:C-9", "chargeback 2026-11"}));
            broker.send(Driver.INVENTORY, List.<String[]>of(new String[] {"TEA-001", "{\"available\": 100, \"listed\": true}"}));

            Properties p = OrderStreams.properties(broker.bootstrapServers(), "oms-e2e");
            p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
            try (KafkaStreams streams = new KafkaStreams(topology.get().topology(), p)) {
                streams.start();
                broker.send(Driver.INPUT, List.of(
                        new String[] {"SO-1", order("SO-1", "C-1", T0)},
                        new String[] {"SO-2", order("SO-2", "C-1", T0.plusHours(2))},
                        new String[] {"SO-3", order("SO-3", "C-9", T0)},
                        new String[] {"SO-4", "{\"orderId\": \"SO-4\"}"}));

                List<ConsumerRecord<byte[], byte[]>> out = broker.readCommitted(
                        List.of(Driver.OUTPUT, Driver.DEAD_LETTERS), 4, Duration.ofSeconds(30));
                Map<String, List<String>> codes = new LinkedHashMap<>();
                List<ConsumerRecord<byte[], byte[]>> dead = new java.util.ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> r : out) {
                    if (r.topic().equals(Driver.OUTPUT)) {
                        JsonNode e = Driver.tree(r.value());
                        codes.put(e.get("orderId").asText(), codes(e));
                    } else {
                        dead.add(r);
                    }
                }
                assertThat(codes).containsOnlyKeys("SO-1", "SO-2", "SO-3");
                assertThat(codes.get("SO-1")).isEmpty();
                assertThat(codes.get("SO-2")).containsExactly("BEHAVIOR_ANOMALY");
                assertThat(codes.get("SO-3")).contains("BLACKLISTED_CUSTOMER");
                assertThat(dead).hasSize(1);
                assertThat(new String(dead.get(0).headers().lastHeader(OrderStreams.HEADER_ERROR_PATH).value(),
                        StandardCharsets.UTF_8)).isEqualTo("$.createdAt");
            }
        }
    }
}
