package io.omsexception.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omsexception.json.Jackson;
import io.omsexception.json.OrderJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture payload maps to its golden orders. Run with {@code -Dadapters.writeGoldens=true}
 * to write a missing golden file into the sources (then read it line by line before committing it).
 */
class GoldenOrdersTest {

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void should_map_every_fixture_to_its_golden_orders(Fixtures.Fixture fixture) throws IOException {
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter(fixture.platform()), fixture.text());
        String written = Fixtures.golden(read);
        if (!Files.exists(fixture.golden()) && Boolean.getBoolean("adapters.writeGoldens")) {
            Path source = Fixtures.SOURCE.resolve(fixture.platform()).resolve(fixture.golden().getFileName());
            Files.writeString(source, written, StandardCharsets.UTF_8);
        }

        String golden = Fixtures.read(fixture.golden());

        assertThat(read).allSatisfy(o -> assertThat(o.error()).as("the error of %s", o.path()).isNull());
        assertThat(written).isEqualTo(golden);
        JsonNode orders = Jackson.mapper().readTree(golden);
        assertThat(orders.size()).isEqualTo(read.size());
        for (int i = 0; i < read.size(); i++) {
            assertThat(OrderJson.readOrder(orders.get(i).toString())).isEqualTo(read.get(i).order());
        }
    }
}
