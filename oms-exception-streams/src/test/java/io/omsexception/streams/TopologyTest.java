package io.omsexception.streams;

import static io.omsexception.streams.Driver.codes;
import static io.omsexception.streams.Driver.evidence;
import static io.omsexception.streams.Orders.T0;
import static io.omsexception.streams.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** The topology's shape: keyed by customer, repartitioned when the input is not, exactly-once by default. */
class TopologyTest {

    @Test
    void orders_keyed_by_order_id_are_repartitioned_by_customer() {
        try (Driver d = new Driver()) {
            d.send("shop-A/SO-1", order("SO-1", "C-1", T0));
            d.send("shop-B/SO-2", order("SO-2", "C-1", T0.plusHours(1)));
            List<TestRecord<String, byte[]>> out = d.output.readRecordsToList();
            assertThat(out).extracting(TestRecord::key).containsExactly("C-1", "C-1");
            assertThat(evidence(Driver.tree(out.get(1).value()), "BEHAVIOR_ANOMALY").get("customer.ordersLast24h").asInt())
                    .isEqualTo(2);
        }
    }

    @Test
    void in_memory_state_counts_as_rocksdb_does() {
        try (Driver d = new Driver(Driver.standardBuilder().inMemoryState().build())) {
            d.send("SO-1", order("SO-1", "C-1", T0));
            d.send("SO-2", order("SO-2", "C-1", T0.plusHours(24)));
            assertThat(evidence(d.evaluations().get(1), "BEHAVIOR_ANOMALY").get("customer.ordersLast24h").asInt()).isEqualTo(2);
            assertThat(d.streams.toString()).endsWith(", state in memory]");
        }
    }

    @Test
    void the_topology_has_a_repartition_topic_unless_the_input_is_keyed_by_customer() {
        String repartitioned = Driver.standardBuilder().build().topology().describe().toString();
        String direct = Driver.standardBuilder().inputKeyedByCustomer().build().topology().describe().toString();
        assertThat(repartitioned).contains("oms-orders-by-customer-repartition");
        assertThat(direct).doesNotContain("repartition");
    }

    @Test
    void an_order_without_a_customer_is_keyed_by_its_order_id_and_has_no_history() {
        try (Driver d = new Driver()) {
            String noCustomer = order("SO-1", "C-1", T0).replace("{\"customerId\": \"C-1\", \"tier\": \"REGULAR\"}", "null");
            d.send("SO-1", noCustomer);
            d.send("SO-2", noCustomer.replace("SO-1", "SO-2"));
            List<TestRecord<String, byte[]>> out = d.output.readRecordsToList();
            assertThat(out).extracting(TestRecord::key).containsExactly("order:SO-1", "order:SO-2");
            assertThat(codes(Driver.tree(out.get(1).value()))).doesNotContain("BEHAVIOR_ANOMALY");
        }
    }

    @Test
    void the_evaluation_keeps_the_input_headers() {
        try (Driver d = new Driver()) {
            d.input.pipeInput(new TestRecord<>("SO-1".getBytes(), order("SO-1", "C-1", T0).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Driver.headersOf("trace-id", "t-7")));
            assertThat(Driver.headers(d.output.readRecord())).containsEntry("trace-id", "t-7");
        }
    }

    @Test
    void the_default_properties_ask_for_exactly_once() {
        Properties p = OrderStreams.properties("127.0.0.1:9092", "oms");
        assertThat(p).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "oms");
    }

    @Test
    void the_builder_refuses_a_setting_given_twice_a_missing_topic_and_a_topic_used_twice() {
        assertThatThrownBy(() -> OrderStreams.builder().inputTopic("a").inputTopic("b"))
                .isInstanceOf(IllegalStateException.class).hasMessage("inputTopic is already set");
        assertThatThrownBy(() -> OrderStreams.builder().engine(Driver.engine()).inputTopic("a").outputTopic("b").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("deadLetterTopic is required");
        assertThatThrownBy(() -> OrderStreams.builder().engine(Driver.engine()).inputTopic("a").outputTopic("b")
                .deadLetterTopic("a").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("deadLetterTopic must differ from inputTopic but both are 'a'");
        assertThatThrownBy(() -> OrderStreams.builder().outputTopic(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("outputTopic must not be blank");
        assertThatThrownBy(() -> OrderStreams.builder().marketplace("ebay"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown platform 'ebay': use ");
    }

    @Test
    void the_topics_are_listed_once_each() {
        assertThat(Driver.standardBuilder().build().topics())
                .containsExactly("orders", "evaluations", "orders-dlq", "inventory", "blacklist");
    }
}
