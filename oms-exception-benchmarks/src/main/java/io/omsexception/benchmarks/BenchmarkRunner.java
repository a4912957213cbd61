package io.omsexception.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one-command run: {@code java -jar oms-exception-benchmarks/target/benchmarks.jar [quick]}.
 * Runs, in this order and in one go so that every ratio compares figures of the same run: the cold
 * start in fresh JVMs (the engine alone, and the command line's jar with and without its CDS
 * archive when it is built), the JMH benchmarks, the CPU-time check ({@link CpuTimeCheck}: engine
 * and baseline, single and batch, one and two threads, a 1,000,000-entry blacklist), the JSON path
 * ({@link JsonPathCheck}: the command line's evaluate against a plain streaming copy, and the
 * result's size per texts mode) and, in the full run, the 1,000,000-order memory line with
 * {@code -Xmx256m}; then prints every target of docs/performance.md with its ratio and met / not
 * met ({@link TargetSummary}).
 *
 * <p>Arguments: {@code quick} (a smoke reading under a minute: JMH in this JVM, short iterations,
 * batch only; short CPU-time cases without the generated packs; a JSON file of 20,000 orders; no
 * build benchmark, no memory line); {@code forks=N} (full run, default 1); {@code memory=N}
 * (orders of the memory line, default 1,000,000 in the full run, 0 to skip); {@code cli=JAR} (the
 * command line's jar, default {@code oms-exception-examples/target/oms-exception-cli.jar}; its
 * cold start is skipped when it is missing). Plain JMH stays available:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class BenchmarkRunner {
    private final boolean quick;
    private final int forks;
    private final int memoryOrders;
    private final Path cliJar;
    private final TargetSummary summary;

    private BenchmarkRunner(boolean quick, int forks, int memoryOrders, Path cliJar) {
        this.quick = quick;
        this.forks = forks;
        this.memoryOrders = memoryOrders;
        this.cliJar = cliJar;
        this.summary = new TargetSummary(quick, forks);
    }

    /**
     * @param args see the class description
     * @throws Exception when a benchmark or a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        int forks = 1;
        Integer memory = null;
        Path cli = Path.of("oms-exception-examples", "target", "oms-exception-cli.jar");
        for (String arg : args) {
            if (arg.equals("quick") || arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("forks=")) {
                forks = Integer.parseInt(arg.substring(6));
            } else if (arg.startsWith("memory=")) {
                memory = Integer.parseInt(arg.substring(7));
            } else if (arg.startsWith("cli=")) {
                cli = Path.of(arg.substring(4));
            } else {
                System.err.println("usage: java -jar benchmarks.jar [quick] [forks=N] [memory=ORDERS] [cli=JAR]");
                System.exit(2);
            }
        }
        int memoryOrders = memory != null ? memory : quick ? 0 : 1_000_000;
        new BenchmarkRunner(quick, quick ? 0 : forks, memoryOrders, cli).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        int coldRuns = quick ? 3 : 7;
        for (int i = 0; i < coldRuns; i++) {
            summary.cold.add(child(List.of(), ColdStart.class.getName(), "precompiled"));
        }
        summary.coldDrl = quick ? null : child(List.of(), ColdStart.class.getName(), "drl");
        // the same with an application class-data archive (AppCDS) of this jar, made here
        Path archive = Path.of(System.getProperty("java.io.tmpdir"), "oms-exception-cold-start.jsa");
        Files.deleteIfExists(archive);
        child(List.of("-XX:ArchiveClassesAtExit=" + archive), ColdStart.class.getName(), "precompiled");
        for (int i = 0; i < (quick ? 2 : 5); i++) {
            summary.coldCds.add(child(List.of("-XX:SharedArchiveFile=" + archive), ColdStart.class.getName(), "precompiled"));
        }
        cliColdStart(coldRuns);

        String evaluate = EvaluateBenchmarks.class.getName();
        jmh(options().include(evaluate + ".batch").threads(1).addProfiler(GCProfiler.class), "t1");
        if (!quick) {
            jmh(options().include(evaluate + ".batch").threads(2), "t2");
            jmh(options().include(evaluate + ".single").threads(1).addProfiler(GCProfiler.class), "t1");
            jmh(options().include(RuleCountBenchmark.class.getName()).threads(1), "t1");
            jmh(new OptionsBuilder().include(BuildBenchmark.class.getName()).forks(forks).warmupIterations(3)
                    .measurementIterations(5).jvmArgsAppend("-Xmx1g"), "t1");
        }

        String cpuOut = childOutput(List.of("-Xmx2g"), CpuTimeCheck.class.getName(), quick ? "0.5" : "5", quick ? "quick" : "full");
        Matcher cm = Pattern.compile("cpuTime (\\S+) nsPerOrder=(\\d+)").matcher(cpuOut);
        while (cm.find()) {
            summary.cpuNs.put(cm.group(1), Double.parseDouble(cm.group(2)));
        }
        summary.jsonPath = childOutput(List.of("-Xmx1g"), JsonPathCheck.class.getName(), quick ? "20000" : "200000");
        summary.memoryLine = memoryOrders <= 0 ? null
                : child(List.of("-Xmx256m"), MemoryLine.class.getName(), Integer.toString(memoryOrders));
        summary.print((System.nanoTime() - start) / 1e9, loadBefore + " -> " + loadAverage());
    }

    /**
     * The command line's jar on a one-order request, launch to exit, interleaved: without its CDS
     * archive, with it, and with it and {@code -XX:TieredStopAtLevel=1}, the short-run command of
     * docs/cli.md ("Start faster").
     */
    private void cliColdStart(int runs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(cliJar)) {
            System.out.println("no " + cliJar + ": the command line's cold start is skipped (build it with ./mvnw -B -q package -DskipTests)");
            return;
        }
        Path dir = Files.createTempDirectory("oms-cli-cold");
        Path request = dir.resolve("one.json");
        Files.writeString(request, "{\"asOf\": \"2026-11-22T18:00:00+08:00\", \"orders\": [{\"orderId\": \"SO-1\","
                + " \"createdAt\": \"2026-11-22T16:00:00+08:00\", \"totalAmount\": 199.00, \"shippingAddress\": {\"recipient\": \"张三\","
                + " \"phone\": \"13800138000\", \"country\": \"CN\", \"province\": \"浙江省\", \"city\": \"杭州市\", \"district\": \"西湖区\","
                + " \"detail\": \"文三路 1 号\"}, \"payment\": {\"status\": \"PAID\", \"method\": \"ALIPAY\", \"amount\": 199.00},"
                + " \"lines\": [{\"lineId\": \"1\", \"sku\": \"TEA-001\", \"quantity\": 2, \"unitPrice\": 99.50}]}]}");
        Path jsa = cliJar.resolveSibling(cliJar.getFileName().toString().replaceAll("\\.jar$", ".jsa"));
        List<String> command = List.of("-jar", cliJar.toString(), "evaluate", request.toString(), "--quiet",
                "--output", dir.resolve("out.json").toString());
        for (int i = 0; i < runs; i++) {
            summary.cliPlain.add(launchToExit(List.of(), command));
            if (Files.isRegularFile(jsa)) {
                summary.cliCds.add(launchToExit(List.of("-XX:SharedArchiveFile=" + jsa), command));
                summary.cliShort.add(launchToExit(List.of("-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1"), command));
            }
        }
        System.out.println("cli cold start ms, without archive " + summary.cliPlain + ", with " + jsa + " " + summary.cliCds
                + ", with it and -XX:TieredStopAtLevel=1 " + summary.cliShort);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private static long launchToExit(List<String> jvmArgs, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(args);
        long launched = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return (System.nanoTime() - launched) / 1_000_000;
    }

    private ChainedOptionsBuilder options() {
        ChainedOptionsBuilder b = new OptionsBuilder().forks(forks).jvmArgsAppend("-Xmx1g");
        if (quick) {
            return b.warmupIterations(1).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1))
                    .verbosity(VerboseMode.SILENT);
        }
        return b.warmupIterations(4).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2));
    }

    private void jmh(ChainedOptionsBuilder options, String threads) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String pack = r.getParams().getParam("pack");
            String key = name + (pack == null ? "" : "[" + pack + "]") + "@" + threads;
            summary.scores.put(key, r.getPrimaryResult().getScore());
            Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
            if (norm != null) {
                summary.allocation.put(key, norm.getScore());
            }
            if (quick) {
                System.out.printf(Locale.ROOT, "  %-40s %,14.1f %s%n", key, r.getPrimaryResult().getScore(),
                        r.getPrimaryResult().getScoreUnit());
            }
        }
    }

    /** Runs a main class in a fresh JVM with this class path and returns its whole output. */
    static String childOutput(List<String> jvmArgs, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + out);
        }
        System.out.print(out);
        return out;
    }

    /**
     * Runs a main class in a fresh JVM with this class path and returns its last output line, with
     * {@code processWallMs} (launch to exit) and {@code launchToLineMs} (launch to that line) added.
     */
    static String child(List<String> jvmArgs, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        long launched = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = "";
        long lineMs = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    last = line;
                    lineMs = (System.nanoTime() - launched) / 1_000_000;
                }
            }
        }
        int exit = p.waitFor();
        long wallMs = (System.nanoTime() - launched) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit + ": " + last);
        }
        String result = last + " launchToLineMs=" + lineMs + " processWallMs=" + wallMs;
        System.out.println(result);
        return result;
    }

    /** @return the 1-minute load average of the machine, or "?" where it cannot be read */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "?" : String.format(Locale.ROOT, "%.2f", load);
        }
    }
}
