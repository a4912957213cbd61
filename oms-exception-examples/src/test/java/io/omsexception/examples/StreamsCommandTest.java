package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code streams} command against a KRaft broker of Kafka's test kit in this JVM (loopback
 * only): it creates its topics, evaluates the orders it is sent, and stops cleanly when
 * interrupted. Its options' refusals need no broker.
 */
class StreamsCommandTest {

    @Test
    void streams_without_bootstrap_servers_is_refused() {
        CliRun run = CliRun.of("streams");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).isEqualTo("oms-exception: streams: missing --bootstrap-servers HOST:PORT, the brokers to run against\n");
    }

    @Test
    void streams_with_the_same_topic_twice_is_refused() {
        CliRun run = CliRun.of("streams", "--bootstrap-servers", "127.0.0.1:9", "--output", "orders");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).isEqualTo("oms-exception: streams: outputTopic must differ from inputTopic but both are 'orders'\n");
    }

    @Test
    void streams_help_names_every_option() {
        CliRun run = CliRun.of("streams", "--help");
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("--bootstrap-servers HOST:PORT", "--create-topics N", "--marketplace PLATFORM");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void streams_runs_against_a_broker_until_it_is_stopped(@TempDir Path state) throws Exception {
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String servers = cluster.bootstrapServers();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            AtomicInteger exit = new AtomicInteger(-1);
            Thread command = new Thread(() -> exit.set(new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run("streams", "--bootstrap-servers", servers,
                    "--application-id", "cli-test", "--create-topics", "2", "--blacklist", "blacklist",
                    "--state-dir", state.toString())), "streams-command");
            command.start();
            while (!out.toString(StandardCharsets.UTF_8).contains("Ctrl-C stops") && command.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

            send(servers, "orders", "SO-1", order("SO-1", "C-1"));
            send(servers, "orders", "SO-2", "{\"orderId\": \"SO-2\"}");
            List<ConsumerRecord<String, String>> evaluations = read(servers, "evaluations", 1);
            List<ConsumerRecord<String, String>> dead = read(servers, "orders-dlq", 1);

            command.interrupt();
            command.join(30_000);
            assertThat(exit.get()).isEqualTo(Cli.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("streams: OrderStreams[orders -> evaluations, dead letters orders-dlq]")
                    .endsWith("streams: stopped\n");
            assertThat(evaluations).extracting(ConsumerRecord::key).containsExactly("C-1");
            assertThat(evaluations.get(0).value()).contains("\"orderId\" : \"SO-1\"");
            assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{\"orderId\": \"SO-2\"}");
        }
    }

    private static String order(String orderId, String customerId) {
        return """
                {"orderId": "%s", "createdAt": "2026-11-20T10:00:00+08:00", "totalAmount": 100.00, "currency": "CNY",
                 "customer": {"customerId": "%s"},
                 "payment": {"status": "PAID", "paidAmount": 100.00, "paidAt": "2026-11-20T10:01:00+08:00"},
                 "lines": [{"lineId": "1", "sku": "TEA-001", "quantity": 1, "unitPrice": 100.00}]}
                """.formatted(orderId, customerId);
    }

    private static void send(String servers, String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> read(String servers, String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (out.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
