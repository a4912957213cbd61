package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StreamingEvaluation#run(Path, io.omsexception.OrderExceptionEngine, StreamingEvaluation.Sink, PrintStream, long)}
 * reads a request in one pass when its reference data comes before its orders, in two passes
 * when it may come after: both give the same results; a fault found after the orders began in one
 * pass fails the run with the message a first pass gives.
 */
class StreamingPassesTest {
    static final String REFERENCE = """
            "asOf": "2026-11-22T10:00:00+08:00",
            "inventory": [{"sku": "TEA-1", "available": 1500}, {"sku": "TEA-2", "available": 0}],
            "blacklist": {"phones": ["13900000000"]}""";

    @TempDir
    Path dir;

    /** Receives everything, in order. */
    static final class Collected implements StreamingEvaluation.Sink {
        final List<OrderEvaluation> results = new ArrayList<>();
        final List<OrderError> errors = new ArrayList<>();
        final List<Long> begun = new ArrayList<>();

        @Override
        public void result(OrderEvaluation evaluation) {
            results.add(evaluation);
        }

        @Override
        public void error(OrderError error) {
            errors.add(error);
        }

        @Override
        public void begin(long orderCount) {
            begun.add(orderCount);
        }
    }

    /** @return 2,500 orders: every 7th unpaid for an hour, every 11th on the short SKU, every 13th invalid */
    static String orders() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            if (i > 0) {
                b.append(",\n");
            }
            String sku = i % 11 == 0 ? "TEA-2" : "TEA-1";
            String payment = i % 7 == 0 ? "\"UNPAID\"" : "\"PAID\"";
            String quantity = i % 13 == 0 ? "0" : "1";
            b.append("{\"orderId\": \"SO-").append(i).append("\", \"createdAt\": \"2026-11-22T09:00:00+08:00\", "
                    + "\"shippingAddress\": {\"phone\": \"1380013").append(String.format("%04d", i)).append("\"}, "
                    + "\"payment\": {\"status\": ").append(payment).append("}, \"lines\": [{\"lineId\": \"1\", \"sku\": \"")
                    .append(sku).append("\", \"quantity\": ").append(quantity).append("}]}");
        }
        return b.toString();
    }

    private Path write(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void should_give_the_same_results_in_one_pass_as_in_two_when_the_reference_data_comes_first_or_last() throws Exception {
        // GIVEN the same request twice: its reference data before its orders, and after them
        Path first = write("first.json", "{" + REFERENCE + ",\n\"orders\": [" + orders() + "]}");
        Path last = write("last.json", "{\"orders\": [" + orders() + "],\n" + REFERENCE + "}");
        Collected onePass = new Collected();
        Collected twoPasses = new Collected();
        Collected headerFirst = new Collected();
        // WHEN
        StreamingEvaluation.Summary one = StreamingEvaluation.run(first, BatchJsonTest.ENGINE, onePass, null, 1);
        StreamingEvaluation.Summary two = StreamingEvaluation.run(last, BatchJsonTest.ENGINE, twoPasses, null, 1);
        StreamingEvaluation.run(first, StreamingEvaluation.header(first), BatchJsonTest.ENGINE, headerFirst, null, 1);
        // THEN
        assertThat(onePass.begun).containsExactly(-1L);
        assertThat(twoPasses.begun).containsExactly(2_500L);
        assertThat(onePass.results).hasSize(2_500 - 193).isEqualTo(twoPasses.results).isEqualTo(headerFirst.results);
        assertThat(onePass.errors).hasSize(193).isEqualTo(twoPasses.errors).isEqualTo(headerFirst.errors);
        assertThat(onePass.results).filteredOn(r -> r.orderId().equals("SO-77")).singleElement()
                .satisfies(r -> assertThat(r.codes()).contains("T_SHORT", "T_TIMEOUT"));
        assertThat(List.of(one.orders(), one.results(), one.withExceptions(), one.errors(), one.asOf()))
                .isEqualTo(List.of(two.orders(), two.results(), two.withExceptions(), two.errors(), two.asOf()));
    }

    @Test
    void should_fail_a_one_pass_run_broken_after_its_orders_began_with_the_message_of_a_first_pass() throws Exception {
        // GIVEN a request whose reference data comes first, cut off after 1,500 orders
        String json = "{" + REFERENCE + ",\n\"orders\": [" + orders();
        Path cut = write("cut.json", json.substring(0, json.indexOf("{\"orderId\": \"SO-1500\"")) + "{\"orderId\": ");
        Collected sink = new Collected();
        // WHEN
        String firstPass = catchMessage(() -> StreamingEvaluation.header(cut));
        // THEN
        assertThat(firstPass).startsWith("$: not valid JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> StreamingEvaluation.run(cut, BatchJsonTest.ENGINE, sink, null, 1))
                .isInstanceOf(InvalidRequestException.class).hasMessage(firstPass);
        assertThat(sink.begun).containsExactly(-1L);
    }

    @Test
    void should_fail_a_one_pass_run_on_a_string_beyond_the_limit_in_a_later_order_with_its_path() throws Exception {
        // GIVEN a 1,000,001-character note in the 1,201st order
        String json = "{" + REFERENCE + ",\n\"orders\": [" + orders() + "]}";
        int at = json.indexOf("{\"orderId\": \"SO-1200\"") + 1;
        Path request = write("long.json", json.substring(0, at) + "\"note\": \"" + "x".repeat(1_000_001) + "\", "
                + json.substring(at));
        // THEN
        assertThatThrownBy(() -> StreamingEvaluation.run(request, BatchJsonTest.ENGINE, new Collected(), null, 1))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("$.orders[1200].note: string longer than 1000000 characters (limit maxStringLength) "
                        + "at line " + (REFERENCE.lines().count() + 1 + 1200) + ", column 10");
    }

    @Test
    void should_refuse_reference_data_given_again_after_the_orders_of_a_one_pass_request() throws Exception {
        Path request = write("again.json", "{" + REFERENCE + ",\n\"orders\": [" + orders() + "],\n"
                + "\"blacklist\": {\"phones\": [\"13800130001\"]}}");

        assertThatThrownBy(() -> StreamingEvaluation.run(request, BatchJsonTest.ENGINE, new Collected(), null, 1))
                .isInstanceOf(InvalidRequestException.class).hasMessage("$.blacklist: duplicate key");
    }

    @Test
    void should_read_in_two_passes_when_a_part_of_the_reference_data_comes_after_the_orders() throws Exception {
        // GIVEN no inventory before the orders, one after them
        Path request = write("after.json", "{\"asOf\": \"2026-11-22T10:00:00+08:00\", \"blacklist\": null, \"orders\": ["
                + orders() + "], \"inventory\": [{\"sku\": \"TEA-2\", \"available\": 0}]}");
        Collected sink = new Collected();
        // WHEN
        StreamingEvaluation.run(request, BatchJsonTest.ENGINE, sink, null, 1);
        // THEN the inventory after the orders applies to them
        assertThat(sink.begun).containsExactly(2_500L);
        assertThat(sink.results).filteredOn(r -> r.orderId().equals("SO-11")).singleElement()
                .satisfies(r -> assertThat(r.codes()).contains("T_SHORT"));
    }

    @Test
    void should_read_in_one_pass_what_the_request_writer_writes_without_reference_data() throws Exception {
        // GIVEN a request written without asOf, inventory or blacklist
        Path request = dir.resolve("written.json");
        try (java.io.OutputStream out = Files.newOutputStream(request);
                RequestWriter w = RequestWriter.open(out, null, io.omsexception.model.ReferenceData.NONE)) {
            w.write(OrderJson.readOrder("{\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"}"));
        }
        Collected sink = new Collected();
        // WHEN
        StreamingEvaluation.run(request, BatchJsonTest.ENGINE, sink, null, 1);
        // THEN
        assertThat(Files.readString(request)).startsWith("{\"asOf\":null,\n\"inventory\":null,\n\"blacklist\":null,\n\"orders\":[");
        assertThat(sink.begun).containsExactly(-1L);
        assertThat(sink.results).extracting(OrderEvaluation::orderId).containsExactly("SO-1");
    }

    @Test
    void should_write_progress_lines_without_a_total_in_one_pass() throws Exception {
        Path request = write("first.json", "{" + REFERENCE + ",\n\"orders\": [" + orders() + "]}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StreamingEvaluation.run(request, BatchJsonTest.ENGINE, new Collected(), new PrintStream(bytes, true, StandardCharsets.UTF_8), 1_000);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("  1,000 orders, [\\d,]+ with exceptions, 77 rejected, \\d+\\.\\d s");
        assertThat(lines.get(1)).matches("  2,000 orders, [\\d,]+ with exceptions, 154 rejected, \\d+\\.\\d s");
    }

    private static String catchMessage(Runnable run) {
        try {
            run.run();
        } catch (InvalidRequestException e) {
            return e.getMessage();
        }
        throw new AssertionError("no InvalidRequestException");
    }
}
