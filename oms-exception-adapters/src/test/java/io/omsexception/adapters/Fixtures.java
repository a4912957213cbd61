package io.omsexception.adapters;

import io.omsexception.json.OrderJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixture payloads of {@code src/test/resources/io/omsexception/adapters/fixtures/<platform>/}:
 * each {@code NAME.json} has its golden orders in {@code NAME.orders.json} (the orders in the
 * contract's JSON, as {@link OrderJson#writeOrder} writes them, in a JSON array) and its expected
 * findings in {@code NAME.findings}.
 */
final class Fixtures {
    static final Path SOURCE = Path.of("src/test/resources/io/omsexception/adapters/fixtures");

    private Fixtures() {
    }

    /** One fixture payload. */
    record Fixture(String platform, String name, Path payload) {
        Path golden() {
            return payload.resolveSibling(name + ".orders.json");
        }

        Path findings() {
            return payload.resolveSibling(name + ".findings");
        }

        String text() {
            return read(payload);
        }

        @Override
        public String toString() {
            return platform + "/" + name;
        }
    }

    static Path root() {
        try {
            return Path.of(Fixtures.class.getResource("fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fixture> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".orders.json"))
                    .sorted()
                    .map(p -> {
                        String file = p.getFileName().toString();
                        return new Fixture(p.getParent().getFileName().toString(),
                                file.substring(0, file.length() - ".json".length()), p);
                    })
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        return read(root().resolveSibling(name));
    }

    /** @return the orders as the golden file holds them */
    static String golden(List<AdaptedOrder> read) {
        return read.stream().map(o -> o.isValid() ? OrderJson.writeOrder(o.order()) : "\"" + o.error().getMessage() + "\"")
                .map(s -> s.replace("\n", "\n  "))
                .collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    }
}
