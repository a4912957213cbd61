package io.omsexception.benchmarks;

import io.omsexception.BatchResult;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.model.InventoryItem;
import io.omsexception.model.Order;
import io.omsexception.streams.OrderStreams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
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
 * The Kafka Streams topology of {@code oms-exception-streams} per instance against the plain
 * engine, on the same {@value BenchmarkData#ORDERS} generated orders and reference data, one thread,
 * {@value BenchmarkData#BATCH} orders per call (scores are per order):
 * <ul>
 *   <li>{@code topology}: the orders as contract JSON records through a {@link TopologyTestDriver}
 *       (exactly-once settings, RocksDB stores): read, repartition by customer (written and read
 *       back), the customer's history, the global stores' reference data, evaluation one order at a
 *       time, the result JSON. The driver commits after every record, which a running instance
 *       does once per {@code commit.interval.ms} (100 ms under exactly-once);</li>
 *   <li>{@code topologyInMemory}: the same with in-memory stores ({@code inMemoryState()});</li>
 *   <li>{@code engineBatch}: the engine's batch evaluation of the parsed orders;</li>
 *   <li>{@code engineBatchJson}: the same with each order read from and each result written to JSON,
 *       the share of the topology's work that is not Kafka's.</li>
 * </ul>
 * The ratio topology / engineBatch is what {@code docs/scale-out.md} reports. The driver runs the
 * topology without a broker: network, replication and transaction commits are not in the figure,
 * but its commit after every record is; {@link StreamsBrokerBenchmark} measures the topology
 * against a broker.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class StreamsBenchmark {

    /** One topology in a test driver, with its topics. */
    static final class Driven {
        final Path stateDir;
        final TopologyTestDriver driver;
        final TestInputTopic<byte[], byte[]> input;
        final TestOutputTopic<String, byte[]> output;
        final TestOutputTopic<byte[], byte[]> deadLetters;

        Driven(OrderStreams streams, BenchmarkData data, String name) throws IOException {
            stateDir = Files.createTempDirectory("oms-streams-benchmark");
            Properties p = OrderStreams.properties("127.0.0.1:9", "oms-benchmark-" + name);
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            driver = new TopologyTestDriver(streams.topology(), p);
            input = driver.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
            output = driver.createOutputTopic("evaluations", new StringDeserializer(), new ByteArrayDeserializer());
            deadLetters = driver.createOutputTopic("orders-dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
            TestInputTopic<String, String> inventory = driver.createInputTopic("inventory", new StringSerializer(), new StringSerializer());
            for (InventoryItem i : data.reference.inventory().values()) {
                inventory.pipeInput(i.sku(), "{\"available\": " + i.available() + ", \"listed\": " + i.listed()
                        + (i.riskLevel() == null ? "" : ", \"riskLevel\": \"" + i.riskLevel() + "\"") + "}");
            }
            TestInputTopic<String, String> blacklist = driver.createInputTopic("blacklist", new StringSerializer(), new StringSerializer());
            data.reference.blacklist().customerIds().forEach(id -> blacklist.pipeInput("customerId:" + id, ""));
            data.reference.blacklist().phones().forEach(phone -> blacklist.pipeInput("phone:" + phone, ""));
            data.reference.blacklist().addresses().forEach(a -> blacklist.pipeInput("address:" + a, ""));
        }

        int pipe(List<byte[]> keys, List<byte[]> records, int from) {
            for (int i = from; i < from + BenchmarkData.BATCH; i++) {
                input.pipeInput(keys.get(i), records.get(i));
            }
            int out = output.readValuesToList().size() + deadLetters.readValuesToList().size();
            if (out != BenchmarkData.BATCH) {
                throw new IllegalStateException("expected " + BenchmarkData.BATCH + " records out but got " + out);
            }
            return out;
        }

        void close() throws IOException {
            driver.close();
            try (var files = Files.walk(stateDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                    try {
                        Files.delete(f);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** The topology with RocksDB stores and with in-memory stores, the engine, the orders as objects and as JSON. */
    @State(Scope.Thread)
    public static class Pipeline {
        BenchmarkData data;
        OrderExceptionEngine engine;
        List<byte[]> records;
        List<byte[]> keys;
        Driven rocksDb;
        Driven inMemory;
        int next;

        /** Builds the engine at the day's time, the topologies and their drivers, and loads the reference data. */
        @Setup
        public void setUp() throws IOException {
            data = new BenchmarkData();
            engine = OrderExceptionEngine.builder().withStandardRules()
                    .clock(Clock.fixed(data.asOf.toInstant(), data.asOf.getOffset())).build();
            records = new ArrayList<>(data.orders.size());
            keys = new ArrayList<>(data.orders.size());
            for (Order o : data.orders) {
                records.add(OrderJson.writeOrder(o).getBytes(StandardCharsets.UTF_8));
                keys.add(o.orderId().getBytes(StandardCharsets.UTF_8));
            }
            rocksDb = new Driven(builder().build(), data, "rocksdb");
            inMemory = new Driven(builder().inMemoryState().build(), data, "memory");
        }

        private OrderStreams.Builder builder() {
            return OrderStreams.builder().engine(engine).inputTopic("orders").outputTopic("evaluations")
                    .deadLetterTopic("orders-dlq").inventoryTopic("inventory").blacklistTopic("blacklist");
        }

        int batchStart() {
            int start = next;
            next = start + 2 * BenchmarkData.BATCH > BenchmarkData.ORDERS ? 0 : start + BenchmarkData.BATCH;
            return start;
        }

        /** Closes the drivers and removes their state. */
        @TearDown
        public void tearDown() throws IOException {
            rocksDb.close();
            inMemory.close();
        }
    }

    /** @return the evaluations of a batch of records through the topology with RocksDB stores; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public int topology(Pipeline s) {
        return s.rocksDb.pipe(s.keys, s.records, s.batchStart());
    }

    /** @return the evaluations of a batch of records through the topology with in-memory stores; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public int topologyInMemory(Pipeline s) {
        return s.inMemory.pipe(s.keys, s.records, s.batchStart());
    }

    /** @return the engine's evaluation of a batch of parsed orders; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public BatchResult engineBatch(Pipeline s) {
        int from = s.batchStart();
        return s.engine.evaluate(s.data.orders.subList(from, from + BenchmarkData.BATCH), from, s.data.reference, s.data.asOf);
    }

    /** @return the length of the results written for a batch read from JSON; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public long engineBatchJson(Pipeline s) {
        int from = s.batchStart();
        List<Order> orders = new ArrayList<>(BenchmarkData.BATCH);
        for (int i = from; i < from + BenchmarkData.BATCH; i++) {
            orders.add(OrderJson.readOrder(new String(s.records.get(i), StandardCharsets.UTF_8)));
        }
        BatchResult result = s.engine.evaluate(orders, from, s.data.reference, s.data.asOf);
        long length = 0;
        for (var e : result.results()) {
            length += OrderJson.writeEvaluation(e).length();
        }
        return length;
    }
}
