package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules version on each result: pack names and a deterministic digest of what decides the results. */
class RulesVersionTest {
    @TempDir
    Path dir;

    private Path copy(String folder, String maxLines) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(folder).resolve("shop"));
        Files.writeString(pack.resolve("shop.drl"), ReloadingEngineTest.DRL);
        Files.writeString(pack.resolve("codes.properties"), ReloadingEngineTest.CODES);
        Files.writeString(pack.resolve("texts_zh.properties"), "MANY_LINES.guidance=分两个包裹发货\n");
        Files.writeString(pack.resolve("texts_en.properties"), "MANY_LINES.guidance=Ship it in two parcels\n");
        Files.writeString(pack.resolve("parameters.properties"), "# type: INTEGER\nshop.maxLines=" + maxLines + "\n");
        return pack;
    }

    private static String version(Path pack) {
        return OrderExceptionEngine.builder().addRules(pack).build().rulesVersion();
    }

    @Test
    void the_same_pack_files_in_another_folder_have_the_same_version() throws IOException {
        assertThat(version(copy("a", "2"))).isEqualTo(version(copy("b", "2"))).matches("shop@[0-9a-f]{12}");
    }

    @Test
    void a_changed_parameter_default_or_text_gives_another_version() throws IOException {
        String base = version(copy("a", "2"));
        assertThat(version(copy("b", "3"))).isNotEqualTo(base);
        Path pack = copy("c", "2");
        Files.writeString(pack.resolve("texts_en.properties"), "MANY_LINES.guidance=Ship it in parcels\n");
        assertThat(version(pack)).isNotEqualTo(base);
    }

    @Test
    void other_parameter_values_give_another_version_and_the_same_values_the_same() throws IOException {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(copy("a", "2")).build();
        assertThat(engine.withParameters(Map.of("shop.maxLines", "3")).rulesVersion()).isNotEqualTo(engine.rulesVersion());
        assertThat(engine.withParameters(Map.of("shop.maxLines", "2")).rulesVersion()).isEqualTo(engine.rulesVersion());
        assertThat(OrderExceptionEngine.builder().addRules(copy("b", "2")).parameter("shop.maxLines", "3").build()
                .rulesVersion()).isEqualTo(engine.withParameters(Map.of("shop.maxLines", "3")).rulesVersion());
    }

    @Test
    void the_version_names_every_pack_in_the_order_they_were_added() throws IOException {
        OrderExceptionEngine engine = TestRules.builder().addRules(copy("a", "2")).build();
        assertThat(engine.rulesVersion()).matches("test-rules\\+shop@[0-9a-f]{12}");
        assertThat(engine.evaluate(TestRules.order("SO-1").build()).rulesVersion()).isEqualTo(engine.rulesVersion());
    }
}
