package io.omsexception.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.omsexception.BatchResult;
import io.omsexception.OrderError;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the corpus of malformed requests: every file under {@code corpus/} ({@code NNN-name.json}
 * with its {@code NNN-name.expected}), and the generated ones too large to keep in the repository.
 * Each request is read in one pass ({@link OrderJson#readRequest(InputStream)}) and in the two
 * passes of {@link StreamingEvaluation}, within a time bound, and must come out exactly as
 * expected: the request-level error, or the orders' errors, every order coming back exactly once
 * as a result or an error. Grow it with every defect found in reading requests.
 *
 * <p>An expected file holds {@code # comment} lines, then either {@code request error: <message>},
 * or {@code orders: <count>} followed by one {@code error: <index> | <orderId or null> | <path> |
 * <message>} line per order error, in index order.
 */
class MalformedRequestCorpusTest {
    static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    static Path generated;

    static OrderExceptionEngine engine;

    /** Builds the engine before any bound starts: building the rules takes longer than reading. */
    @BeforeAll
    static void buildTheEngine() {
        engine = BatchJsonTest.ENGINE;
        engine.evaluate(OrderJson.readOrder("{\"orderId\": \"SO-0\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"}"));
    }

    /** @return every kept file, then every generated request, as (name, file, expected) */
    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedRequestCorpusTest.class.getResource("corpus").toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replace(".json", "");
                cases.add(Arguments.of(name, json, Files.readString(dir.resolve(name + ".expected"))));
            }
        }
        for (GeneratedRequest g : GeneratedRequest.ALL) {
            Path file = generated.resolve(g.name() + ".json");
            if (!Files.exists(file)) {
                Files.write(file, g.content());
            }
            cases.add(Arguments.of(g.name(), file, g.expected()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_come_out_of_reading_exactly_as_expected_within_the_bound(String name, Path file, String expected) {
        Expected e = Expected.parse(expected);

        assertTimeoutPreemptively(BOUND, () -> {
            if (e.requestError() != null) {
                assertThatThrownBy(() -> readInOnePass(file)).as("one pass")
                        .isInstanceOf(InvalidRequestException.class).hasMessage(e.requestError());
                assertThatThrownBy(() -> StreamingEvaluation.header(file)).as("first of two passes")
                        .isInstanceOf(InvalidRequestException.class).hasMessage(e.requestError());
                assertThatThrownBy(() -> StreamingEvaluation.run(file, engine, new Collected(), null, 1_000))
                        .as("streamed, in one pass or two").isInstanceOf(InvalidRequestException.class)
                        .hasMessage(e.requestError());
            } else {
                ParsedRequest request = readInOnePass(file);
                assertThat(request.orders()).as("orders").hasSize(e.orders());
                assertEveryOrderOnce(e, request, OrderJson.evaluate(engine, request));
                assertThat(StreamingEvaluation.header(file).orderCount()).as("orders of the first pass").isEqualTo(e.orders());
                Collected streamed = new Collected();
                StreamingEvaluation.run(file, engine, streamed, null, 1_000);
                assertEveryOrderOnce(e, request, new BatchResult(streamed.results, streamed.errors));
            }
        });
    }

    private static ParsedRequest readInOnePass(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return OrderJson.readRequest(in);
        }
    }

    private static void assertEveryOrderOnce(Expected e, ParsedRequest request, BatchResult result) {
        assertThat(result.errors()).extracting(Expected::line).as("errors").containsExactlyElementsOf(e.errors());
        List<Integer> valid = request.orders().stream().filter(ParsedOrder::isValid).map(ParsedOrder::index).toList();
        assertThat(result.results()).extracting(OrderEvaluation::orderId).as("results")
                .containsExactlyElementsOf(valid.stream().map(i -> request.orders().get(i).order().orderId()).toList());
        List<Integer> all = new ArrayList<>(valid);
        result.errors().forEach(err -> all.add(err.index()));
        assertThat(all).as("every order once").containsExactlyInAnyOrderElementsOf(IntStream.range(0, e.orders()).boxed().toList());
    }

    /** What an expected file says. */
    record Expected(String requestError, int orders, List<String> errors) {
        static Expected parse(String text) {
            String requestError = null;
            int orders = -1;
            List<String> errors = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("request error: ")) {
                    requestError = line.substring("request error: ".length());
                } else if (line.startsWith("orders: ")) {
                    orders = Integer.parseInt(line.substring("orders: ".length()));
                } else if (line.startsWith("error: ")) {
                    errors.add(line.substring("error: ".length()));
                } else {
                    throw new IllegalArgumentException("not an expected line: " + line);
                }
            }
            if ((requestError == null) == (orders < 0)) {
                throw new IllegalArgumentException("expected either 'request error:' or 'orders:'");
            }
            return new Expected(requestError, orders, errors);
        }

        /** @return an order error as an expected file writes it */
        static String line(OrderError e) {
            return e.index() + " | " + e.orderId() + " | " + OrderJson.path(e) + " | " + e.message();
        }
    }

    private static final class Collected implements StreamingEvaluation.Sink {
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

    /** A request of the corpus too large to keep in the repository, made by the test. */
    record GeneratedRequest(String name, Supplier<String> text, String expected) {
        static final String ORDER = "{\"orderId\": \"SO-1\", \"createdAt\": \"2026-11-22T09:00:00+08:00\"";
        static final String LINE = "{\"sku\": \"A\", \"quantity\": 1}";

        static final List<GeneratedRequest> ALL = List.of(
                // Issue 12, defect 5: a NullPointerException at OrderJson.scan.
                new GeneratedRequest("900-field-name-of-60000-characters",
                        () -> "{\"orders\": [" + ORDER + ", \"" + "n".repeat(60_000) + "\": 1}]}",
                        "request error: $.orders[0]: field name longer than 1000 characters (limit maxFieldNameLength)"
                                + " at line 1, column 1105"),
                // Issue 12, defect 2: passed the first pass, which skipped strings unread.
                new GeneratedRequest("901-string-of-25-million-characters-in-an-order",
                        () -> "{\"orders\": [" + ORDER + ", \"note\": \"" + "x".repeat(25_000_000) + "\"}]}",
                        "request error: $.orders[0].note: string longer than 1000000 characters (limit maxStringLength)"
                                + " at line 1, column 83"),
                new GeneratedRequest("902-string-of-25-million-characters-in-an-unknown-field",
                        () -> "{\"orders\": [], \"hostData\": [\"" + "x".repeat(25_000_000) + "\"]}",
                        "request error: $.hostData[0]: string longer than 1000000 characters (limit maxStringLength)"
                                + " at line 1, column 29"),
                new GeneratedRequest("903-nesting-of-100000-levels",
                        () -> "{\"orders\": [], \"hostData\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                        "request error: $.hostData" + "[0]".repeat(99) + ": nested deeper than 100 levels"
                                + " (limit maxNestingDepth) at line 1, column 127"),
                new GeneratedRequest("904-order-of-1001-lines",
                        () -> "{\"orders\": [" + ORDER + ", \"lines\": [" + String.join(", ", java.util.Collections.nCopies(1_001, LINE))
                                + "]}, " + ORDER.replace("SO-1", "SO-2") + ", \"lines\": [" + LINE + "]}]}",
                        "orders: 2\nerror: 0 | SO-1 | $.orders[0].lines | must have at most 1000 entries\n"));

        byte[] content() {
            return text.get().getBytes(StandardCharsets.UTF_8);
        }
    }
}
