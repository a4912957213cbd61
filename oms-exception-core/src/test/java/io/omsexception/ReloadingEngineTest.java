package io.omsexception;

import static io.omsexception.TestRules.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.OrderLine;
import io.omsexception.model.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload: a rebuilt engine swapped in atomically, the old one kept when the new one fails. */
class ReloadingEngineTest {
    static final String DRL = EngineBuildTest.HEADER + """
            rule "MANY_LINES: more lines than the shop packs in one parcel"
                @code("MANY_LINES")
            when
                $p : Parameters()
                $o : OrderFacts(lineCount > $p.integer("shop.maxLines"))
            then
                findings.raise($o, "lineCount", $o.getLineCount(), "maxLines", $p.integer("shop.maxLines"));
            end
            """;
    static final String CODES = """
            MANY_LINES.category=LOGISTICS
            MANY_LINES.priority=P3
            MANY_LINES.department=WAREHOUSE
            MANY_LINES.blocking=false
            MANY_LINES.internal=true
            """;

    @TempDir
    Path temp;
    Path dir;

    private Path pack(int maxLines) throws IOException {
        dir = Files.createDirectories(temp.resolve("shop"));
        Files.writeString(dir.resolve("shop.drl"), DRL);
        Files.writeString(dir.resolve("codes.properties"), CODES);
        Files.writeString(dir.resolve("texts_zh.properties"), "MANY_LINES.guidance=分两个包裹发货\n");
        Files.writeString(dir.resolve("texts_en.properties"), "MANY_LINES.guidance=Ship it in two parcels\n");
        maxLines(maxLines);
        return dir;
    }

    private void maxLines(int value) throws IOException {
        Files.writeString(dir.resolve("parameters.properties"), "# type: INTEGER\nshop.maxLines=" + value + "\n");
    }

    private static Order twoLines(String id) {
        return TestRules.order(id).lines(List.of(new OrderLine(null, "TEA-1", null, 1, null, null, false),
                new OrderLine(null, "TEA-2", null, 1, null, null, false))).build();
    }

    private static EvaluationRequest request(int orders) {
        List<Order> list = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            list.add(twoLines("SO-" + i));
        }
        return new EvaluationRequest(AS_OF, ReferenceData.NONE, list);
    }

    private ReloadingEngine.Builder manual() throws IOException {
        return ReloadingEngine.builder().watch(pack(2)).pollInterval(Duration.ZERO);
    }

    @Test
    void every_result_is_stamped_with_the_rules_version_of_the_engine_that_produced_it() throws IOException {
        try (ReloadingEngine engines = manual().build()) {
            OrderEvaluation result = engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF);
            assertThat(result.rulesVersion()).isEqualTo(engines.rulesVersion()).matches("shop@[0-9a-f]{12}");
            assertThat(engines.evaluate(request(3)).results()).extracting(OrderEvaluation::rulesVersion)
                    .containsOnly(engines.rulesVersion());
            assertThat(engines.status()).isEqualTo(new ReloadStatus(engines.rulesVersion(), 0, 0, List.of()));
        }
    }

    @Test
    void a_valid_change_is_swapped_in_on_reload_and_its_results_carry_the_new_version() throws IOException {
        try (ReloadingEngine engines = manual().build()) {
            String before = engines.rulesVersion();
            assertThat(engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF).codes()).isEmpty();
            // WHEN the rule owner lowers the threshold and the holder reloads
            maxLines(1);
            ReloadStatus status = engines.reload();
            // THEN the new engine serves, under another version
            assertThat(status.failed()).isFalse();
            assertThat(status.reloads()).isEqualTo(1);
            assertThat(status.rulesVersion()).isNotEqualTo(before).isEqualTo(engines.rulesVersion());
            OrderEvaluation after = engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF);
            assertThat(after.codes()).containsExactly("MANY_LINES");
            assertThat(after.rulesVersion()).isEqualTo(status.rulesVersion());
        }
    }

    @Test
    void a_broken_change_keeps_the_old_engine_serving_and_the_status_and_listener_say_why() throws IOException {
        List<ReloadStatus> told = new CopyOnWriteArrayList<>();
        try (ReloadingEngine engines = manual().listener(told::add).build()) {
            OrderExceptionEngine serving = engines.current();
            // WHEN a parameter's default is broken
            Files.writeString(dir.resolve("parameters.properties"), "# type: INTEGER\nshop.maxLines=two\n");
            ReloadStatus status = engines.reload();
            // THEN the old engine still serves, and the problems are named with their files and lines
            assertThat(engines.current()).isSameAs(serving);
            String unknown = " unknown parameter 'shop.maxLines': declare it with the pack or the builder's defineParameter";
            assertThat(status).isEqualTo(new ReloadStatus(serving.rulesVersion(), 0, 1, List.of(
                    dir.resolve("parameters.properties") + ":2: parameter shop.maxLines: must be a whole number but was 'two'",
                    dir.resolve("shop.drl") + ":8:45" + unknown,
                    dir.resolve("shop.drl") + ":10:80" + unknown)));
            assertThat(status.failed()).isTrue();
            assertThat(engines.status()).isEqualTo(status);
            assertThat(told).containsExactly(status);
            assertThat(engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF).rulesVersion())
                    .isEqualTo(serving.rulesVersion());
            // AND once it is repaired, the next reload serves it again
            maxLines(2);
            assertThat(engines.reload()).isEqualTo(new ReloadStatus(serving.rulesVersion(), 1, 1, List.of()));
        }
    }

    @Test
    void reload_if_changed_rebuilds_only_when_a_watched_file_changed() throws IOException {
        try (ReloadingEngine engines = manual().build()) {
            assertThat(engines.reloadIfChanged()).isFalse();
            Files.writeString(dir.resolve("notes.txt"), "not a pack file");
            assertThat(engines.reloadIfChanged()).isFalse();
            maxLines(1);
            assertThat(engines.reloadIfChanged()).isTrue();
            assertThat(engines.reloadIfChanged()).isFalse();
            assertThat(engines.status().reloads()).isEqualTo(1);
        }
    }

    @Test
    void batches_evaluated_while_the_pack_is_reloaded_are_each_stamped_with_one_version_and_never_fail()
            throws Exception {
        try (ReloadingEngine engines = manual().build()) {
            String loose = engines.rulesVersion();
            maxLines(1);
            String strict = engines.reload().rulesVersion();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService traffic = Executors.newFixedThreadPool(3);
            try {
                List<Future<Integer>> workers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    workers.add(traffic.submit(() -> {
                        int batches = 0;
                        while (!stop.get() || batches == 0) {
                            BatchResult batch = engines.evaluate(request(20));
                            assertThat(batch.errors()).isEmpty();
                            String version = batch.results().get(0).rulesVersion();
                            // one version per batch, and the findings are those of that version's threshold
                            assertThat(batch.results()).extracting(OrderEvaluation::rulesVersion).containsOnly(version);
                            assertThat(batch.results()).allSatisfy(r -> assertThat(r.codes())
                                    .isEqualTo(version.equals(strict) ? List.of("MANY_LINES") : List.of()));
                            seen.add(version);
                            batches++;
                        }
                        return batches;
                    }));
                }
                // WHEN the threshold flips back and forth while the workers evaluate
                for (int i = 0; i < 6; i++) {
                    maxLines(i % 2 == 0 ? 2 : 1);
                    assertThat(engines.reload().failed()).isFalse();
                }
                stop.set(true);
                for (Future<Integer> w : workers) {
                    assertThat(w.get()).isPositive();
                }
            } finally {
                traffic.shutdownNow();
            }
            assertThat(seen).isSubsetOf(loose, strict).isNotEmpty();
            assertThat(engines.status().reloads()).isEqualTo(7);
        }
    }

    @Test
    void a_watched_pack_file_that_changes_is_picked_up_by_the_poller_and_close_stops_watching() throws IOException {
        List<ReloadStatus> told = new CopyOnWriteArrayList<>();
        ReloadingEngine engines = ReloadingEngine.builder().watch(pack(2)).pollInterval(Duration.ofMillis(20))
                .listener(told::add).build();
        try {
            String before = engines.rulesVersion();
            assertThat(engines.isWatching()).isTrue();
            maxLines(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> engines.status().reloads() == 1);
            assertThat(engines.rulesVersion()).isNotEqualTo(before);
            assertThat(engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF).codes()).containsExactly("MANY_LINES");
            assertThat(told).hasSize(1);
        } finally {
            engines.close();
        }
        assertThat(engines.isWatching()).isFalse();
        engines.close(); // idempotent
    }

    @Test
    void the_first_engine_must_build_since_there_is_no_older_one_to_keep() throws IOException {
        Files.writeString(pack(2).resolve("shop.drl"), DRL.replace("then", "thn"));
        assertThatThrownBy(() -> ReloadingEngine.builder().watch(dir).pollInterval(Duration.ZERO).build())
                .isInstanceOf(RulePackException.class);
    }

    @Test
    void the_builder_refuses_a_setting_given_twice_and_a_too_short_poll_interval() throws IOException {
        ReloadingEngine.Builder b = ReloadingEngine.builder().watch(pack(2)).pollInterval(Duration.ZERO);
        assertThatThrownBy(() -> b.watch(dir.resolve(".")))
                .isInstanceOf(IllegalStateException.class).hasMessage("watch " + dir + " was already set");
        assertThatThrownBy(() -> b.pollInterval(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("pollInterval was already set");
        assertThatThrownBy(() -> ReloadingEngine.builder().pollInterval(Duration.ofMillis(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pollInterval: must be zero or at least 10 ms but was PT0.005S");
        assertThatThrownBy(() -> ReloadingEngine.builder().configure(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("configure must not be null");
    }

    @Test
    void the_configuration_is_applied_to_every_rebuilt_engine() throws IOException {
        try (ReloadingEngine engines = manual().configure(e -> e.parameter("shop.maxLines", "1")).build()) {
            assertThat(engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF).codes()).containsExactly("MANY_LINES");
            maxLines(5); // the default changes; the configured value still wins
            engines.reload();
            assertThat(engines.evaluate(twoLines("SO-1"), ReferenceData.NONE, AS_OF).codes()).containsExactly("MANY_LINES");
        }
    }
}
