package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.RequestWriter;
import io.omsexception.json.StreamingEvaluation;
import io.omsexception.model.Order;
import io.omsexception.testkit.SampleOrders;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().withStandardRules().build();

    @TempDir
    Path dir;

    /** Collects what a streaming run hands on. */
    static final class Collected implements StreamingEvaluation.Sink {
        final List<OrderEvaluation> results = new ArrayList<>();
        final List<OrderError> errors = new ArrayList<>();

        @Override
        public void result(OrderEvaluation evaluation) {
            results.add(evaluation);
        }

        @Override
        public void error(OrderError error) {
            errors.add(error);
        }
    }

    /**
     * 2,500 orders over three chunks with the request-level data after them: the first order of
     * each chunk and the last order are invalid; order 1,700 orders 3 of an SKU with 1 available.
     */
    private Path requestWithHeaderLast() throws Exception {
        StringBuilder b = new StringBuilder("{\"orders\": [\n");
        for (int i = 0; i < 2_500; i++) {
            b.append(i == 0 ? "" : ",\n");
            if (i % StreamingEvaluation.CHUNK == 0 || i == 2_499) {
                b.append("{\"orderId\": \"SO-").append(i).append("\", \"createdAt\": \"not a time\"}");
            } else {
                String qty = i == 1_700 ? "3" : "1";
                b.append("{\"orderId\": \"SO-").append(i).append("\", \"createdAt\": \"2026-11-22T09:00:00+08:00\", ")
                        .append("\"lines\": [{\"lineId\": \"1\", \"sku\": \"RARE-1\", \"quantity\": ").append(qty).append("}]}");
            }
        }
        b.append("],\n\"inventory\": [{\"sku\": \"RARE-1\", \"available\": 1}],\n\"asOf\": \"2026-11-22T10:00:00+08:00\"}\n");
        return Files.writeString(dir.resolve("late-header.json"), b, StandardCharsets.UTF_8);
    }

    @Test
    void every_order_comes_back_once_in_order_with_the_request_level_data_read_from_the_end() throws Exception {
        // GIVEN
        Path request = requestWithHeaderLast();
        Collected c = new Collected();
        // WHEN
        StreamingEvaluation.Summary s = StreamingEvaluation.run(request, ENGINE, c, null, 1_000);
        // THEN
        assertThat(s.orders()).isEqualTo(2_500);
        assertThat(s.results()).isEqualTo(2_496);
        assertThat(s.errors()).isEqualTo(4);
        assertThat(s.asOf()).hasToString("2026-11-22T10:00+08:00");
        assertThat(c.errors).extracting(OrderError::index).containsExactly(0, 1_000, 2_000, 2_499);
        assertThat(c.errors.get(1)).isEqualTo(new OrderError(1_000, "SO-1000", "createdAt",
                c.errors.get(1).message()));
        List<String> expectedIds = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            if (i % 1_000 != 0 && i != 2_499) {
                expectedIds.add("SO-" + i);
            }
        }
        assertThat(c.results).extracting(OrderEvaluation::orderId).containsExactlyElementsOf(expectedIds);
        // the one unit of RARE-1 is allocated across the chunks, in request order: SO-1 takes it, and
        // every later order, in every chunk, is short of it
        assertThat(c.results).filteredOn(r -> r.codes().contains("OUT_OF_STOCK")).extracting(OrderEvaluation::orderId)
                .containsExactlyElementsOf(expectedIds.subList(1, expectedIds.size()));
        assertThat(c.results.get(c.results.size() - 1).findings().get(0).evidence())
                .containsEntry("skus[RARE-1].allocatedBefore", 1);
        assertThat(s.withExceptions()).isEqualTo(c.results.stream().filter(r -> !r.isClean()).count());
    }

    @Test
    void progress_lines_go_to_the_given_stream_every_so_many_orders() throws Exception {
        // GIVEN
        Path request = requestWithHeaderLast();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        // WHEN
        StreamingEvaluation.run(request, ENGINE, new Collected(), new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), 1_000);
        // THEN
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("  1,000 of 2,500 orders \\(40%\\), [\\d,]+ with exceptions, 1 rejected, \\d+\\.\\d s");
        assertThat(lines.get(1)).matches("  2,000 of 2,500 orders \\(80%\\), [\\d,]+ with exceptions, 2 rejected, \\d+\\.\\d s");
    }

    @Test
    void a_failure_while_handing_results_on_stops_the_run_with_that_failure() throws Exception {
        // GIVEN a sink whose output breaks at the 1,500th result
        Path request = requestWithHeaderLast();
        StreamingEvaluation.Sink breaking = new StreamingEvaluation.Sink() {
            int n;

            @Override
            public void result(OrderEvaluation evaluation) {
                if (++n == 1_500) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
                }
            }

            @Override
            public void error(OrderError error) {
            }
        };
        // THEN
        assertThatThrownBy(() -> StreamingEvaluation.run(request, ENGINE, breaking, null, 1_000))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
    }

    @Test
    void forty_thousand_orders_are_evaluated_in_a_heap_too_small_to_hold_the_request() throws Exception {
        // GIVEN 40,000 generated orders (40 MB); reading them into memory at once needs more than 64 MB of heap
        Path request = dir.resolve("big.json");
        SampleOrders day = SampleOrders.day(3, 40_000);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(request));
                RequestWriter w = RequestWriter.open(out, day.asOf(), day.referenceData())) {
            for (Iterator<Order> it = day.iterator(); it.hasNext(); ) {
                w.write(it.next());
            }
        }
        Path output = dir.resolve("result.json");
        // WHEN the command line runs in a JVM with a 48 MB heap
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(),
                "evaluate", request.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        // THEN
        String log = Files.readString(dir.resolve("log.txt"));
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("40,000 orders evaluated in ", "0 rejected as invalid; 40,000 orders written to " + output);
        assertThat(countResults(output.toFile())).isEqualTo(40_000);
    }

    private static int countResults(File json) throws Exception {
        int n = 0;
        try (JsonParser p = new ObjectMapper().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("orderId")
                        && p.getParsingContext().getParent().getParent().getParent().inRoot()) {
                    n++;
                }
            }
        }
        return n;
    }
}
