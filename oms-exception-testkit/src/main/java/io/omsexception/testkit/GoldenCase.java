package io.omsexception.testkit;

import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.json.OrderJson;
import io.omsexception.json.ParsedRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One golden case of a rule pack: a folder of orders and the findings expected of them, the way
 * the standard packs are tested. A host tests its own pack with the same runner:
 *
 * <pre>{@code
 * static final Function<Map<String, String>, OrderExceptionEngine> ENGINES = GoldenCase.engines(
 *         parameters -> OrderExceptionEngine.builder().withStandardRules().addRules(Path.of("my-rules"))
 *                 .parameters(parameters).build());
 *
 * static List<GoldenCase> cases() {
 *     return GoldenCase.in(Path.of("src/test/resources/golden"));
 * }
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("cases")
 * void the_golden_case_gives_the_expected_findings(GoldenCase golden) {
 *     golden.check(ENGINES.apply(golden.parameters()));
 * }
 * }</pre>
 *
 * <p>A case folder holds
 * <ul>
 *   <li>{@code request.json}: a request of the JSON contract, with {@code asOf}. Each order's id
 *       names the boundary it tests ({@code SO-EXACTLY-5KG}, {@code SO-5KG-AND-1G}): the ids are
 *       what a failure names, so two orders of a case may not share one;</li>
 *   <li>{@code expected.json}: by order id, in request order, either the list of codes in result
 *       order ({@code []} for a clean order), or {@code {"codes": [...], "blocking": bool,
 *       "findings": {"CODE": {...}}}} where a finding may give {@code priority}, {@code blocking},
 *       {@code department}, {@code category}, {@code skus}, {@code lines}, {@code evidence} (a
 *       subset: each key given must be there with that value; numbers compare by value, so
 *       {@code 48} matches {@code 48.0}) and {@code evidenceWithout} (keys that must be absent);</li>
 *   <li>optionally {@code parameters.properties} (UTF-8): the parameters the engine is built with
 *       for this case.</li>
 * </ul>
 *
 * <p><b>Writing the golden files.</b> Run the tests with {@code -Doms.golden.write=true}
 * ({@link #WRITE_PROPERTY}) and {@link #check(OrderExceptionEngine)} writes each case's
 * {@code expected.json} from the current results instead of comparing: every order with its codes,
 * its blocking and each finding's category, priority, department, blocking and whole evidence.
 * Review the change (for example with {@code git diff}), trim the evidence to what the case is
 * about, and commit it. Point {@link #in(Path)} at the source folder, not at a copy on the class
 * path, so that the files written are the ones under version control.
 *
 * <p>Immutable; {@link #check(OrderExceptionEngine)} may run for several cases at once.
 */
public final class GoldenCase {
    /** The system property that, set to {@code true}, makes {@link #check(OrderExceptionEngine)} write the expected files. */
    public static final String WRITE_PROPERTY = "oms.golden.write";

    private final String name;
    private final Path folder;

    private GoldenCase(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    /**
     * @param root a folder whose sub-folders are golden cases
     * @return every sub-folder holding a {@code request.json}, sorted by name
     * @throws NullPointerException when the root is null
     * @throws IllegalArgumentException when the root is not a folder or holds no case
     * @throws UncheckedIOException when it cannot be listed
     */
    public static List<GoldenCase> in(Path root) {
        Objects.requireNonNull(root, "root");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("golden cases: " + root.toAbsolutePath() + " is not a folder");
        }
        try (Stream<Path> folders = Files.list(root)) {
            List<GoldenCase> cases = folders.filter(f -> Files.isRegularFile(f.resolve("request.json"))).sorted()
                    .map(GoldenCase::at).toList();
            if (cases.isEmpty()) {
                throw new IllegalArgumentException("golden cases: " + root.toAbsolutePath()
                        + " has no case folder (a folder holding request.json)");
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException("golden cases: cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param folder a golden case's folder
     * @return the case, named after the folder
     * @throws NullPointerException when the folder is null
     */
    public static GoldenCase at(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new GoldenCase(folder.getFileName().toString(), folder);
    }

    /**
     * A cache of engines by parameter overrides: building an engine compiles the packs, so the
     * cases with the same {@code parameters.properties} share one.
     *
     * @param build builds an engine with the given parameter overrides, never null
     * @return the caching function; thread-safe
     * @throws NullPointerException when {@code build} is null
     */
    public static Function<Map<String, String>, OrderExceptionEngine> engines(
            Function<Map<String, String>, OrderExceptionEngine> build) {
        Objects.requireNonNull(build, "build");
        Map<Map<String, String>, OrderExceptionEngine> cache = new ConcurrentHashMap<>();
        return parameters -> cache.computeIfAbsent(Map.copyOf(parameters), build);
    }

    /** @return whether the system property {@value #WRITE_PROPERTY} is {@code true}: the expected files are written, not compared */
    public static boolean writing() {
        return Boolean.getBoolean(WRITE_PROPERTY);
    }

    /** @return the case's name: its folder's name */
    public String name() {
        return name;
    }

    /** @return the case's folder */
    public Path folder() {
        return folder;
    }

    /**
     * @return the case's parameter overrides from its {@code parameters.properties}, sorted by
     *     name; empty when it has none; unmodifiable
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public Map<String, String> parameters() {
        Path file = folder.resolve("parameters.properties");
        Map<String, String> overrides = new TreeMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(name + "/parameters.properties: " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> overrides.put(k, p.getProperty(k).strip()));
        }
        return Collections.unmodifiableMap(overrides);
    }

    /**
     * @return the expected codes of each order of {@code expected.json}, by order id in file order
     * @throws AssertionError when the file is not a valid expectation
     * @throws UncheckedIOException when it cannot be read
     */
    public Map<String, List<String>> expectedCodes() {
        return GoldenFiles.codes(name, read("expected.json"));
    }

    /**
     * Evaluates the case's request and checks every order against {@code expected.json}; in
     * {@linkplain #writing() write mode}, writes {@code expected.json} from the results instead.
     *
     * @param engine the engine, built with {@link #parameters()}, never null
     * @throws AssertionError naming the case, the order and what differs, when a result is not
     *     the one expected, an order is rejected, two orders share an id, or the request lacks {@code asOf}
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public void check(OrderExceptionEngine engine) {
        List<OrderEvaluation> results = evaluate(engine);
        if (writing()) {
            write(results);
            return;
        }
        GoldenFiles.check(name, read("expected.json"), results);
    }

    /**
     * Writes {@code expected.json} from what the engine finds now, whatever the write mode.
     *
     * @param engine the engine, built with {@link #parameters()}, never null
     * @throws AssertionError when an order is rejected, two orders share an id, or the request lacks {@code asOf}
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public void write(OrderExceptionEngine engine) {
        write(evaluate(engine));
    }

    private void write(List<OrderEvaluation> results) {
        try {
            Files.writeString(folder.resolve("expected.json"), GoldenFiles.expectation(results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + "/expected.json: cannot be written: " + e.getMessage(), e);
        }
    }

    private List<OrderEvaluation> evaluate(OrderExceptionEngine engine) {
        Objects.requireNonNull(engine, "engine");
        ParsedRequest request = OrderJson.readRequest(read("request.json"));
        if (request.asOf() == null) {
            throw new AssertionError(name + "/request.json: must give asOf, so that the case gives the same result every day");
        }
        Set<String> ids = new HashSet<>();
        request.orders().forEach(o -> {
            String id = o.order() == null ? null : o.order().orderId();
            if (id != null && !ids.add(id)) {
                throw new AssertionError(name + "/request.json: order id " + id
                        + " is given twice; name each order for the boundary it tests");
            }
        });
        BatchResult result = OrderJson.evaluate(engine, request);
        if (!result.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            result.errors().forEach(e -> errors.put(e.orderId() + " " + OrderJson.path(e), e.message()));
            throw new AssertionError(name + ": orders rejected as invalid: " + errors);
        }
        return result.results();
    }

    private String read(String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + "/" + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return the case's name, as a parameterized test shows it */
    @Override
    public String toString() {
        return name;
    }
}
