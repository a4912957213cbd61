package io.omsexception.benchmarks;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.streams.OrderStreams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The topology of {@code oms-exception-streams} as it runs in production, against a real KRaft
 * broker of Kafka's own test kit started in this JVM on the loopback address: one
 * {@link KafkaStreams} instance, one stream thread, exactly-once ({@code exactly_once_v2}) with
 * {@code commit.interval.ms=100}, RocksDB stores, the input of two partitions keyed by order id
 * (so repartitioned by customer), and the producers batching ({@code linger.ms=5}). Each call
 * sends {@value #RECORDS} orders of the same generated day as {@link StreamsBenchmark} and waits
 * until as many evaluations or dead letters are committed ({@code read_committed}); the score is
 * per order. The broker shares the machine's cores with the topology, so the figure is a floor.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class StreamsBrokerBenchmark {
    /** Orders sent per call. */
    public static final int RECORDS = 5_000;

    /** The broker, the running topology, a producer to its input and a committed reader of its outputs. */
    @State(Scope.Thread)
    public static class Running {
        KafkaClusterTestKit cluster;
        KafkaStreams streams;
        KafkaProducer<byte[], byte[]> producer;
        KafkaConsumer<byte[], byte[]> consumer;
        Path stateDir;
        List<byte[]> keys;
        List<byte[]> records;
        int next;

        /** Starts the broker, creates the topics, loads the reference data and starts the topology. */
        @Setup
        public void setUp() throws Exception {
            BenchmarkData data = new BenchmarkData();
            OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules()
                    .clock(Clock.fixed(data.asOf.toInstant(), data.asOf.getOffset())).build();
            keys = new ArrayList<>(data.orders.size());
            records = new ArrayList<>(data.orders.size());
            for (Order o : data.orders) {
                keys.add(o.orderId().getBytes(StandardCharsets.UTF_8));
                records.add(OrderJson.writeOrder(o).getBytes(StandardCharsets.UTF_8));
            }
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(new NewTopic("orders", 2, (short) 1), new NewTopic("evaluations", 1, (short) 1),
                        new NewTopic("orders-dlq", 1, (short) 1), compacted("inventory"), compacted("blacklist"))).all().get();
            }
            Properties pp = new Properties();
            pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
            pp.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            pp.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
            producer = new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer());
            for (InventoryItem i : data.reference.inventory().values()) {
                send("inventory", i.sku(), "{\"available\": " + i.available() + ", \"listed\": " + i.listed()
                        + (i.riskLevel() == null ? "" : ", \"riskLevel\": \"" + i.riskLevel() + "\"") + "}");
            }
            data.reference.blacklist().customerIds().forEach(id -> send("blacklist", "customerId:" + id, ""));
            data.reference.blacklist().phones().forEach(phone -> send("blacklist", "phone:" + phone, ""));
            data.reference.blacklist().addresses().forEach(a -> send("blacklist", "address:" + a, ""));
            producer.flush();

            stateDir = Files.createTempDirectory("oms-streams-broker-benchmark");
            Properties p = OrderStreams.properties(cluster.bootstrapServers(), "oms-broker-benchmark");
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
            p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
            p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
            streams = new KafkaStreams(OrderStreams.builder().engine(engine).inputTopic("orders").outputTopic("evaluations")
                    .deadLetterTopic("orders-dlq").inventoryTopic("inventory").blacklistTopic("blacklist").build().topology(), p);
            streams.start();

            Properties cp = new Properties();
            cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
            cp.put(ConsumerConfig.GROUP_ID_CONFIG, "oms-broker-benchmark-reader");
            cp.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumer = new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of("evaluations", "orders-dlq"));
        }

        private static NewTopic compacted(String name) {
            return new NewTopic(name, 1, (short) 1).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }

        private void send(String topic, String key, String value) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8)));
        }

        /** Stops the topology, the clients and the broker and removes the state. */
        @TearDown
        public void tearDown() throws Exception {
            consumer.close();
            producer.close();
            streams.close(Duration.ofSeconds(30));
            cluster.close();
            Utils.delete(stateDir.toFile());
        }
    }

    /**
     * @return how many evaluations and dead letters were read for the orders sent; the score is per order
     * @throws IllegalStateException when they do not all come within two minutes
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int topologyOnBroker(Running s) {
        int from = s.next;
        s.next = from + 2 * RECORDS > BenchmarkData.ORDERS ? 0 : from + RECORDS;
        for (int i = from; i < from + RECORDS; i++) {
            s.producer.send(new ProducerRecord<>("orders", s.keys.get(i), s.records.get(i)));
        }
        s.producer.flush();
        int read = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (read < RECORDS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("expected " + RECORDS + " records out but got " + read + " in two minutes");
            }
            read += s.consumer.poll(Duration.ofMillis(50)).count();
        }
        return read;
    }
}
