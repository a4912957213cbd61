package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar as a user does ({@code java -jar}): Drools finds its services inside one
 * merged jar. Runs in the {@code package} phase, after the jar is built (see the pom).
 */
class ShadedJarCheck {
    static final Path JAR = Path.of("target", "oms-exception-cli.jar");

    record Run(int exitCode, String out, String err) {
    }

    /** The class-data sharing archive the package step writes beside the jar (docs/cli.md, "Start faster"). */
    static final Path ARCHIVE = Path.of("target", "oms-exception-cli.jsa");

    private static Run java(Path dir, String... args) throws Exception {
        return java(dir, List.of(), args);
    }

    private static Run java(Path dir, List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_demo_runs_from_the_jar_with_nothing_on_standard_error(@TempDir Path dir) throws Exception {
        Run r = java(dir, "demo");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Summary: 5,000 orders, ", "By category:");
    }

    @Test
    void the_jar_loads_the_custom_pack_with_its_parameter(@TempDir Path dir) throws Exception {
        Path request = Files.writeString(dir.resolve("r.json"), """
                {"asOf": "2026-11-22T10:00:00+08:00", "orders": [
                  {"orderId": "SO-1", "createdAt": "2026-11-22T09:00:00+08:00",
                   "shippingAddress": {"recipient": "王五", "phone": "13800138000", "province": "西藏自治区", "city": "拉萨市", "detail": "北京中路1号"},
                   "lines": [{"lineId": "1", "sku": "A", "quantity": 1, "weightKg": 5.5}]}]}
                """);
        Run r = java(dir, "evaluate", request.toString(), "--rules", "src/main/resources/custom-rules",
                "--param", "custom.maxWeightKg=5.2", "--quiet");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(CliTest.codes(r.out())).contains("REMOTE_REGION_NOTE", "OVERWEIGHT_RANGE_CHECK");
    }

    @Test
    void evaluate_writes_the_same_results_with_the_archive_without_it_and_with_an_unusable_one(@TempDir Path dir)
            throws Exception {
        Path request = Files.writeString(dir.resolve("r.json"), CdsTraining.REQUEST);
        Path unusable = Files.writeString(dir.resolve("stale.jsa"), "not an archive");
        Run plain = java(dir, List.of(), "evaluate", request.toString(), "--quiet", "--output", dir.resolve("plain.json").toString());
        // -Xshare:on: the JVM refuses to start unless it maps the archive, so this run used it
        Run shared = java(dir, List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on", "-XX:TieredStopAtLevel=1"),
                "evaluate", request.toString(), "--quiet", "--output", dir.resolve("shared.json").toString());
        Run stale = java(dir, List.of("-XX:SharedArchiveFile=" + unusable), "evaluate", request.toString(), "--quiet",
                "--output", dir.resolve("stale.json").toString());
        for (Run r : List.of(plain, shared, stale)) {
            assertThat(r.err()).isEmpty();
            assertThat(r.exitCode()).isZero();
        }
        String results = Files.readString(dir.resolve("plain.json"), StandardCharsets.UTF_8);
        assertThat(CliTest.codes(results)).containsExactly("PAYMENT_TIMEOUT");
        assertThat(Files.readString(dir.resolve("shared.json"), StandardCharsets.UTF_8)).isEqualTo(results);
        assertThat(Files.readString(dir.resolve("stale.json"), StandardCharsets.UTF_8)).isEqualTo(results);
    }

    @Test
    void a_usage_error_from_the_jar_is_one_line_and_exit_code_2(@TempDir Path dir) throws Exception {
        Run r = java(dir, "evaluate");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("oms-exception: evaluate: missing REQUEST.json, the request file to evaluate (see evaluate --help)\n");
    }
}
