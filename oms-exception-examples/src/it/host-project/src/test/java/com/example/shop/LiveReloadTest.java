package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.ReloadStatus;
import io.omsexception.ReloadingEngine;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop changes its pack while orders are being evaluated: the threshold, a broken DRL, the
 * repaired DRL. No evaluation fails, each batch is evaluated by one engine, and the last change serves.
 */
class LiveReloadTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path deployed;

    private Path deploy() throws IOException {
        Path pack = Files.createDirectories(deployed.resolve("shop-rules"));
        try (Stream<Path> files = Files.list(ShopRulesTest.PACK)) {
            for (Path f : files.toList()) {
                Files.copy(f, pack.resolve(f.getFileName()));
            }
        }
        return pack;
    }

    /** Fifteen cups are a bulk line at the default carton of 10, not at 20; twenty-five are at both. */
    private static EvaluationRequest traffic(int orders) {
        List<Order> list = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            list.add(SampleOrder.builder("SO-" + i).line("CUP-015", 15).line("CUP-025", 25).build());
        }
        return new EvaluationRequest(SampleOrder.AS_OF, ReferenceData.NONE, list);
    }

    @Test
    void the_pack_is_reloaded_live_under_evaluation_traffic_with_no_failed_evaluation() throws Exception {
        Path pack = deploy();
        try (ReloadingEngine engines = ReloadingEngine.builder()
                .configure(b -> b.withStandardRules())
                .watch(pack)
                .pollInterval(Duration.ofMillis(50))
                .build()) {
            String first = engines.rulesVersion();
            Set<String> versions = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService threads = Executors.newFixedThreadPool(3);
            List<Future<Integer>> workers = new ArrayList<>();
            try {
                for (int t = 0; t < 3; t++) {
                    workers.add(threads.submit(() -> {
                        int batches = 0;
                        while (!stop.get()) {
                            BatchResult batch = engines.evaluate(traffic(25));
                            assertThat(batch.errors()).isEmpty();
                            assertThat(batch.results()).hasSize(25);
                            OrderEvaluation one = batch.results().get(0);
                            // one engine per batch: every order has the same version and the same findings
                            assertThat(batch.results()).allSatisfy(r -> {
                                assertThat(r.rulesVersion()).isEqualTo(one.rulesVersion());
                                assertThat(r.findings()).usingRecursiveFieldByFieldElementComparator()
                                        .isEqualTo(one.findings());
                            });
                            versions.add(one.rulesVersion());
                            batches++;
                        }
                        return batches;
                    }));
                }

                // the threshold goes up: the 15-cup line is no longer a bulk line
                Files.writeString(pack.resolve("parameters.properties"), "# type: INTEGER\nshop.maxLineQuantity=20\n");
                await().atMost(PATIENCE).until(() -> engines.status().reloads() == 1);
                assertThat(lines(engines)).containsExactly(1);

                // a DRL broken in the middle of an edit: the engine serving keeps serving, the status says why
                String drl = Files.readString(pack.resolve("shop-rules.drl"));
                Files.writeString(pack.resolve("shop-rules.drl"), drl.replace("then", "thne"));
                await().atMost(PATIENCE).until(() -> engines.status().failures() == 1);
                ReloadStatus broken = engines.status();
                assertThat(broken.failed()).isTrue();
                assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(pack.resolve("shop-rules.drl").toString()));
                assertThat(lines(engines)).containsExactly(1);

                // the edit finished: the finding now tells the warehouse how to pack
                Files.writeString(pack.resolve("shop-rules.drl"), drl.replace("\"maxLineQuantity\",", "\"packing\", \"BY_HAND\", \"maxLineQuantity\","));
                await().atMost(PATIENCE).until(() -> engines.status().reloads() == 2);
                assertThat(engines.status().failed()).isFalse();
            } finally {
                stop.set(true);
                for (Future<Integer> w : workers) {
                    assertThat(w.get()).as("batches evaluated by a worker").isPositive();
                }
                threads.shutdownNow();
            }
            OrderEvaluation last = engines.evaluate(traffic(1)).results().get(0);
            assertThat(last.rulesVersion()).isEqualTo(engines.rulesVersion()).isNotEqualTo(first);
            assertThat(last.finding("SHOP_BULK_LINE").orElseThrow().evidence()).containsEntry("packing", "BY_HAND");
            assertThat(versions).contains(first);
        }
    }

    private static List<Integer> lines(ReloadingEngine engines) {
        return engines.evaluate(traffic(1)).results().get(0).finding("SHOP_BULK_LINE").orElseThrow().lines();
    }
}
