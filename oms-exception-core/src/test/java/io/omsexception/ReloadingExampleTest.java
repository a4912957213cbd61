package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/rule-authoring.md, "Reloading packs without a restart", run as written there. */
class ReloadingExampleTest {
    static final Path DOC = Path.of("../docs/rule-authoring.md");
    static final Path SOURCE = Path.of("src/test/java/io/omsexception/ReloadingExampleTest.java");

    @TempDir
    Path temp;

    @Test
    void the_example_reloads_a_broken_pack_without_serving_it_and_tells_the_listener() throws IOException {
        Path packFolder = Files.createDirectories(temp.resolve("shop"));
        Files.writeString(packFolder.resolve("shop.drl"), ReloadingEngineTest.DRL);
        Files.writeString(packFolder.resolve("codes.properties"), ReloadingEngineTest.CODES);
        Files.writeString(packFolder.resolve("texts_zh.properties"), "MANY_LINES.guidance=分两个包裹发货\n");
        Files.writeString(packFolder.resolve("texts_en.properties"), "MANY_LINES.guidance=Ship it in two parcels\n");
        Files.writeString(packFolder.resolve("parameters.properties"), "# type: INTEGER\nshop.maxLines=2\n");
        EvaluationRequest request = new EvaluationRequest(TestRules.AS_OF, ReferenceData.NONE, List.of(TestRules.order("SO-1")
                .lines(List.of(new OrderLine(null, "A", null, 1, null, null, false))).build()));
        List<String> alerts = new CopyOnWriteArrayList<>();

        // docs:begin
        ReloadingEngine engines = ReloadingEngine.builder()
                .configure(b -> b.parameter("shop.maxLines", "3"))   // the rest of every engine: standard rules, parameters...
                .watch(packFolder)                                   // rebuilt when its .drl, .properties, .csv or .xlsx change
                .pollInterval(Duration.ofSeconds(2))                 // the default; Duration.ZERO: only on request
                .listener(status -> {                                // after every rebuild, on the thread that rebuilt
                    if (status.failed()) {                           // the engine serving keeps serving
                        alerts.add(String.join("\n", status.problems()));
                    }
                })
                .build();                                            // builds the first engine, or throws RulePackException

        BatchResult batch = engines.evaluate(request);               // every order of it on one engine
        String version = batch.results().get(0).rulesVersion();      // "shop@..." : which rules produced it

        Files.writeString(packFolder.resolve("shop.drl"), "rule \"broken");
        ReloadStatus status = engines.reload();                      // now, without waiting for the poller
        // status.failed() is true, status.problems() names shop.drl and the line; alerts has them too

        engines.close();                                             // stops watching; current() still serves
        // docs:end

        assertThat(version).isEqualTo(status.rulesVersion()).isEqualTo(engines.current().rulesVersion())
                .startsWith("shop@");
        assertThat(status.failed()).isTrue();
        assertThat(status.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(packFolder.resolve("shop.drl").toString()));
        assertThat(alerts).containsExactly(String.join("\n", status.problems()));
        assertThat(engines.isWatching()).isFalse();
    }

    @Test
    void the_rule_authoring_guide_shows_exactly_the_example_this_test_runs() throws IOException {
        String source = Files.readString(SOURCE);
        String snippet = source.substring(source.indexOf("// docs:begin") + "// docs:begin".length(),
                source.indexOf("        // docs:end"));
        String unindented = snippet.strip().lines()
                .map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));

        assertThat(Files.readString(DOC)).contains(unindented);
    }
}
