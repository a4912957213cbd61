package io.omsexception.examples;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.streams.OrderStreams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The {@code streams} command: runs the {@link OrderStreams} topology against the brokers of
 * {@code --bootstrap-servers} until it is stopped (Ctrl-C, or the thread is interrupted), then
 * closes it cleanly. See {@code docs/cli.md} and {@code docs/scale-out.md}.
 */
final class StreamsCommand {
    static final String HELP = """
            Usage: java -jar oms-exception-cli.jar streams --bootstrap-servers HOST:PORT [OPTIONS]

            Runs the Kafka Streams topology of oms-exception-streams: reads orders from the input
            topic, keeps each customer's behaviour (orders in 24 hours, address changes in 30 days,
            orders and refunds in 90 days, the watchlist) in state stores, evaluates every order with
            the standard packs against the inventory and blacklist topics, and writes each evaluation
            to the output topic and each record it cannot read to the dead-letter topic. Exactly-once
            processing. Runs until Ctrl-C. Start the same command on more machines (same
            --application-id) to share the partitions.

            Options:
              --bootstrap-servers HOST:PORT  the brokers (required)
              --application-id ID            the Kafka Streams application id (default oms-exception)
              --input TOPIC                  the orders (default orders)
              --output TOPIC                 the evaluations (default evaluations)
              --dead-letters TOPIC           the records that cannot be read (default orders-dlq)
              --inventory TOPIC              the compacted inventory topic (default: no snapshot)
              --blacklist TOPIC              the compacted blacklist topic (default: none)
              --marketplace PLATFORM         read marketplace payloads (taobao, pdd, douyin, jd, shopify,
                                             woocommerce) instead of orders of the JSON contract
              --input-keyed-by-customer      the input is keyed by customer id: no repartition topic
              --create-topics N              create the missing topics first, with N partitions
              --state-dir DIR                where the state stores live (default: Kafka's)
              --rules PATH                   add a rule pack (repeatable)
              --param NAME=VALUE             set a parameter (repeatable)
            """;

    private final PrintStream out;
    private final PrintStream err;

    StreamsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> rest) {
        Args a = Args.parse("streams", rest, Set.of("--help", "--input-keyed-by-customer"),
                Set.of("--bootstrap-servers", "--application-id", "--input", "--output", "--dead-letters", "--inventory",
                        "--blacklist", "--marketplace", "--create-topics", "--state-dir", "--rules", "--param"),
                Set.of("--rules", "--param"), 0);
        if (a.flag("--help")) {
            out.print(HELP);
            return Cli.OK;
        }
        String servers = a.value("--bootstrap-servers").orElseThrow(() ->
                new UsageException("streams: missing --bootstrap-servers HOST:PORT, the brokers to run against"));
        OrderExceptionEngine engine = Engines.build("streams", a.values("--rules"), a.values("--param"));
        OrderStreams.Builder b = OrderStreams.builder().engine(engine)
                .inputTopic(a.value("--input").orElse("orders"))
                .outputTopic(a.value("--output").orElse("evaluations"))
                .deadLetterTopic(a.value("--dead-letters").orElse("orders-dlq"));
        Optional<String> inventory = a.value("--inventory");
        Optional<String> blacklist = a.value("--blacklist");
        try {
            inventory.ifPresent(b::inventoryTopic);
            blacklist.ifPresent(b::blacklistTopic);
            a.value("--marketplace").ifPresent(b::marketplace);
            if (a.flag("--input-keyed-by-customer")) {
                b.inputKeyedByCustomer();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("streams: " + e.getMessage(), e);
        }
        OrderStreams streams;
        try {
            streams = b.build();
        } catch (IllegalStateException e) {
            throw new UsageException("streams: " + e.getMessage(), e);
        }
        Properties p = OrderStreams.properties(servers, a.value("--application-id").orElse("oms-exception"));
        a.value("--state-dir").ifPresent(dir -> p.put(StreamsConfig.STATE_DIR_CONFIG, dir));
        if (a.value("--create-topics").isPresent()) {
            int partitions = (int) a.number("streams", "--create-topics", 1, 1);
            createTopics(p, streams, partitions, inventory, blacklist);
        }
        return run(streams, p);
    }

    private int run(OrderStreams streams, Properties p) {
        CountDownLatch stopped = new CountDownLatch(1);
        try (KafkaStreams kafka = new KafkaStreams(streams.topology(), p)) {
            kafka.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                    stopped.countDown();
                }
            });
            Thread hook = new Thread(stopped::countDown, "oms-streams-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            kafka.start();
            out.println("streams: " + streams + " on " + p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + ", application " + p.get(StreamsConfig.APPLICATION_ID_CONFIG) + ", exactly-once; Ctrl-C stops");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook has run
            }
            KafkaStreams.State state = kafka.state();
            kafka.close();
            if (state == KafkaStreams.State.ERROR) {
                err.println("oms-exception: streams stopped on an error (see the log above)");
                return Cli.FAILURE;
            }
            out.println("streams: stopped");
            out.flush();
            return Cli.OK;
        }
    }

    private static void createTopics(Properties p, OrderStreams streams, int partitions, Optional<String> inventory,
            Optional<String> blacklist) {
        Map<String, Object> config = Map.of("bootstrap.servers", p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : streams.topics()) {
                if (existing.contains(topic)) {
                    continue;
                }
                boolean reference = inventory.map(topic::equals).orElse(false) || blacklist.map(topic::equals).orElse(false);
                NewTopic t = new NewTopic(topic, Optional.of(reference ? 1 : partitions), Optional.empty());
                missing.add(reference ? t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : t);
            }
            admin.createTopics(missing).all().get();
        } catch (ExecutionException e) {
            throw new RunFailedException("streams: could not create the topics: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("streams: interrupted while creating the topics", e);
        }
    }
}
