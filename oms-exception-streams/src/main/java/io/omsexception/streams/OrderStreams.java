package io.omsexception.streams;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.adapters.MarketplaceAdapter;
import io.omsexception.adapters.Marketplaces;
import io.omsexception.model.Order;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * Exception orders on Kafka Streams: a topology that reads orders from an input topic, keeps each
 * customer's behaviour in a state store on the customer's partition, evaluates every order with
 * the engine against reference data from global tables, and writes each evaluation to an output
 * topic and each record it cannot read or evaluate to a dead-letter topic. See
 * {@code docs/scale-out.md}.
 *
 * <ul>
 *   <li>Input: one order of the JSON contract per record, or a marketplace payload (one or more
 *       orders) read by the adapter of {@link Builder#marketplace}; keys and values as bytes.</li>
 *   <li>Orders are keyed by their customer's id ({@code order:} and the order id when the order
 *       names no customer) and, unless {@link Builder#inputKeyedByCustomer} says the input already
 *       is, repartitioned through {@code <application.id>-oms-orders-by-customer-repartition}; each
 *       record's timestamp becomes the order's {@code createdAt} (event time).</li>
 *   <li>Output: key the customer key, value the contract's result object of the order (UTF-8
 *       JSON), the input record's headers kept.</li>
 *   <li>Dead letters: the input record's key, value bytes and headers, plus the headers
 *       {@link #HEADER_ERROR_PATH}, {@link #HEADER_ERROR_MESSAGE}, {@link #HEADER_ERROR_STAGE} and,
 *       for records that could not be read, {@link #HEADER_ERROR_SOURCE}. Every input record gives
 *       at least one evaluation or dead letter: nothing is dropped.</li>
 *   <li>Reference data: the inventory topic (key the SKU, value the contract's inventory entry) and
 *       the blacklist topic (key {@code customerId:}, {@code phone:} or {@code address:} and the
 *       entry, any value) are compacted topics read into global stores; a tombstone removes an
 *       entry.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #topology()} builds a new topology on every call.
 */
public final class OrderStreams {
    /** Dead-letter header: the JSON path of the error in the record's value, {@code $} for the whole. */
    public static final String HEADER_ERROR_PATH = "oms.error.path";
    /** Dead-letter header: what is wrong, without the path. */
    public static final String HEADER_ERROR_MESSAGE = "oms.error.message";
    /** Dead-letter header: {@code read} (the record could not be read) or {@code evaluate} (the engine failed on the order). */
    public static final String HEADER_ERROR_STAGE = "oms.error.stage";
    /** Dead-letter header of records that could not be read: the input's topic, partition and offset ({@code orders-0@42}). */
    public static final String HEADER_ERROR_SOURCE = "oms.error.source";
    /** The name of the repartition step: its topic is {@code <application.id>-oms-orders-by-customer-repartition}. */
    public static final String REPARTITION_NAME = "oms-orders-by-customer";

    private final OrderExceptionEngine engine;
    private final String inputTopic;
    private final String outputTopic;
    private final String deadLetterTopic;
    private final String inventoryTopic;
    private final String blacklistTopic;
    private final MarketplaceAdapter adapter;
    private final boolean keyedByCustomer;
    private final boolean inMemory;
    private final WatchlistRule rule;

    private OrderStreams(Builder b) {
        this.engine = b.engine;
        this.inputTopic = b.inputTopic;
        this.outputTopic = b.outputTopic;
        this.deadLetterTopic = b.deadLetterTopic;
        this.inventoryTopic = b.inventoryTopic;
        this.blacklistTopic = b.blacklistTopic;
        this.adapter = b.adapter;
        this.keyedByCustomer = b.keyedByCustomer;
        this.inMemory = b.inMemory;
        this.rule = WatchlistRule.of(engine.parameterValues());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configuration a topology of this class runs with by default: the application id, the
     * brokers and {@code processing.guarantee=exactly_once_v2}. Add or replace settings in the
     * returned copy as needed.
     *
     * @param bootstrapServers the brokers, for example {@code 127.0.0.1:9092}; not blank
     * @param applicationId the application id, shared by every instance of one deployment; not blank
     * @return a new, mutable properties object
     * @throws IllegalArgumentException naming the argument when one is blank
     */
    public static Properties properties(String bootstrapServers, String applicationId) {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, text(bootstrapServers, "bootstrapServers"));
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, text(applicationId, "applicationId"));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return p;
    }

    /** @return the input topic */
    public String inputTopic() {
        return inputTopic;
    }

    /** @return the output topic of the evaluations */
    public String outputTopic() {
        return outputTopic;
    }

    /** @return the dead-letter topic */
    public String deadLetterTopic() {
        return deadLetterTopic;
    }

    /** @return the names of every topic the topology reads or writes, besides its internal topics */
    public List<String> topics() {
        Set<String> all = new LinkedHashSet<>(List.of(inputTopic, outputTopic, deadLetterTopic));
        if (inventoryTopic != null) {
            all.add(inventoryTopic);
        }
        if (blacklistTopic != null) {
            all.add(blacklistTopic);
        }
        return List.copyOf(all);
    }

    /**
     * Builds the topology; see the class description.
     *
     * @return a new topology, to run with {@link org.apache.kafka.streams.KafkaStreams} or
     *     {@code TopologyTestDriver}
     */
    public Topology topology() {
        StreamsBuilder b = new StreamsBuilder();
        java.util.function.Function<String, KeyValueBytesStoreSupplier> store = inMemory
                ? Stores::inMemoryKeyValueStore : Stores::persistentKeyValueStore;
        if (inventoryTopic != null) {
            b.addGlobalStore(Stores.keyValueStoreBuilder(store.apply(ReferenceStores.INVENTORY_STORE),
                            Serdes.String(), Serdes.String()).withLoggingDisabled(), inventoryTopic,
                    Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("oms-inventory-in"),
                    ReferenceStores.InventoryUpdater::new);
        }
        if (blacklistTopic != null) {
            b.addGlobalStore(Stores.keyValueStoreBuilder(store.apply(ReferenceStores.BLACKLIST_STORE),
                            Serdes.String(), Serdes.String()).withLoggingDisabled(), blacklistTopic,
                    Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("oms-blacklist-in"),
                    ReferenceStores.BlacklistUpdater::new);
        }
        b.addStateStore(Stores.keyValueStoreBuilder(store.apply(EvaluateProcessor.HISTORY_STORE),
                Serdes.String(), new HistorySerde()).withCachingEnabled());

        RecordReader reader = new RecordReader(adapter);
        KStream<byte[], byte[]> in = b.stream(inputTopic,
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("oms-orders-in"));
        Map<String, KStream<String, Routed>> read = in.process(() -> new ParseProcessor(reader), Named.as("oms-read"))
                .split(Named.as("oms-read-"))
                .branch((k, v) -> v.isDeadLetter(), Branched.as("invalid"))
                .defaultBranch(Branched.as("valid"));
        KStream<String, Routed> valid = read.get("oms-read-valid");
        if (!keyedByCustomer) {
            valid = valid.repartition(Repartitioned.<String, Routed>as(REPARTITION_NAME)
                    .withKeySerde(Serdes.String()).withValueSerde(new OrderSerde()));
        }
        KStream<String, Order> orders = valid.mapValues(v -> v.order(), Named.as("oms-order"));
        boolean inventory = inventoryTopic != null;
        boolean blacklist = blacklistTopic != null;
        Map<String, KStream<String, Routed>> evaluated = orders
                .process(() -> new EvaluateProcessor(engine, rule, inventory, blacklist), Named.as("oms-evaluate"),
                        EvaluateProcessor.HISTORY_STORE)
                .split(Named.as("oms-evaluated-"))
                .branch((k, v) -> v.isDeadLetter(), Branched.as("invalid"))
                .defaultBranch(Branched.as("valid"));
        evaluated.get("oms-evaluated-valid")
                .mapValues(v -> v.evaluation().getBytes(StandardCharsets.UTF_8), Named.as("oms-evaluation"))
                .to(outputTopic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("oms-evaluations-out"));
        read.get("oms-read-invalid")
                .merge(evaluated.get("oms-evaluated-invalid"), Named.as("oms-dead-letters"))
                .map((k, v) -> KeyValue.pair(v.key(), v.value()), Named.as("oms-dead-letter"))
                .to(deadLetterTopic, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("oms-dead-letters-out"));
        return b.build();
    }

    @Override
    public String toString() {
        return "OrderStreams[" + inputTopic + " -> " + outputTopic + ", dead letters " + deadLetterTopic
                + (adapter == null ? "" : ", marketplace " + adapter.platform())
                + (keyedByCustomer ? ", input keyed by customer" : "") + (inMemory ? ", state in memory" : "") + "]";
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Builds an {@link OrderStreams}. Each setting may be given once; a second time is refused
     * with an {@link IllegalStateException} naming it. A mutable, single-threaded builder.
     */
    public static final class Builder {
        private OrderExceptionEngine engine;
        private String inputTopic;
        private String outputTopic;
        private String deadLetterTopic;
        private String inventoryTopic;
        private String blacklistTopic;
        private MarketplaceAdapter adapter;
        private boolean keyedByCustomer;
        private boolean inMemory;
        private final Set<String> given = new LinkedHashSet<>();

        private Builder() {
        }

        private void once(String setting) {
            if (!given.add(setting)) {
                throw new IllegalStateException(setting + " is already set");
            }
        }

        /**
         * @param value the engine that evaluates the orders, never null; its clock gives each
         *     evaluation's {@code asOf}, its parameters the watchlist rule's thresholds
         * @return this builder
         */
        public Builder engine(OrderExceptionEngine value) {
            once("engine");
            if (value == null) {
                throw new IllegalArgumentException("engine must not be null");
            }
            engine = value;
            return this;
        }

        /**
         * @param value the topic of the orders; required, not blank
         * @return this builder
         */
        public Builder inputTopic(String value) {
            once("inputTopic");
            inputTopic = text(value, "inputTopic");
            return this;
        }

        /**
         * @param value the topic of the evaluations; required, not blank
         * @return this builder
         */
        public Builder outputTopic(String value) {
            once("outputTopic");
            outputTopic = text(value, "outputTopic");
            return this;
        }

        /**
         * @param value the dead-letter topic; required, not blank
         * @return this builder
         */
        public Builder deadLetterTopic(String value) {
            once("deadLetterTopic");
            deadLetterTopic = text(value, "deadLetterTopic");
            return this;
        }

        /**
         * @param value the compacted topic of the inventory snapshot; without one, orders are
         *     evaluated without a snapshot (the rules that need one do not apply)
         * @return this builder
         */
        public Builder inventoryTopic(String value) {
            once("inventoryTopic");
            inventoryTopic = text(value, "inventoryTopic");
            return this;
        }

        /**
         * @param value the compacted topic of the blacklist; without one, the blacklist is empty
         * @return this builder
         */
        public Builder blacklistTopic(String value) {
            once("blacklistTopic");
            blacklistTopic = text(value, "blacklistTopic");
            return this;
        }

        /**
         * Reads the input as marketplace payloads instead of orders of the JSON contract.
         *
         * @param platform a platform of {@link Marketplaces#platforms()}, for example {@code taobao}
         * @return this builder
         * @throws IllegalArgumentException when no adapter has that name; the message lists those there are
         */
        public Builder marketplace(String platform) {
            once("marketplace");
            adapter = Marketplaces.adapter(text(platform, "marketplace"));
            return this;
        }

        /**
         * Says that the input topic is already keyed by customer id (UTF-8 bytes, the default
         * partitioner), so the topology needs no repartition topic. Orders that name no customer
         * are then evaluated without state wherever they arrive.
         *
         * @return this builder
         */
        public Builder inputKeyedByCustomer() {
            once("inputKeyedByCustomer");
            keyedByCustomer = true;
            return this;
        }

        /**
         * Keeps the stores in the heap instead of RocksDB: the customer histories are then
         * restored from their changelog topic whenever an instance starts, and the global stores
         * from their topics. For small deployments, tests and benchmarks; RocksDB (the default)
         * holds more customers than the heap and restarts from its local files.
         *
         * @return this builder
         */
        public Builder inMemoryState() {
            once("inMemoryState");
            inMemory = true;
            return this;
        }

        /**
         * @return the topology's description
         * @throws IllegalStateException naming the first required setting missing ({@code engine},
         *     {@code inputTopic}, {@code outputTopic}, {@code deadLetterTopic}), or two settings that
         *     name the same topic
         */
        public OrderStreams build() {
            for (String required : List.of("engine", "inputTopic", "outputTopic", "deadLetterTopic")) {
                if (!given.contains(required)) {
                    throw new IllegalStateException(required + " is required");
                }
            }
            Map<String, String> topics = new java.util.LinkedHashMap<>();
            String[][] named = {{"inputTopic", inputTopic}, {"outputTopic", outputTopic},
                {"deadLetterTopic", deadLetterTopic}, {"inventoryTopic", inventoryTopic}, {"blacklistTopic", blacklistTopic}};
            for (String[] n : named) {
                if (n[1] != null) {
                    String before = topics.putIfAbsent(n[1], n[0]);
                    if (before != null) {
                        throw new IllegalStateException(n[0] + " must differ from " + before + " but both are '" + n[1] + "'");
                    }
                }
            }
            return new OrderStreams(this);
        }
    }
}
