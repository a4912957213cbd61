package io.omsexception.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Runs the JMH benchmarks, the cold start in fresh JVMs, the CPU-time check ({@link CpuTimeCheck})
 * and (in the full run) the 1,000,000-order memory line with {@code -Xmx256m}, then prints a
 * summary of the ratios engine/baseline measured in this same run, against the targets of
 * docs/performance.md.
 *
 * <p>Arguments: {@code quick} (a smoke reading well under a minute: JMH in this JVM, short
 * iterations, no CPU-time check, no build benchmark, no memory line); {@code forks=N} (full run, default 1); {@code memory=N} (orders of
 * the memory line, default 1,000,000 in the full run, 0 to skip). Plain JMH stays available:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class BenchmarkRunner {
    private final boolean quick;
    private final int forks;
    private final int memoryOrders;
    private final Map<String, Double> scores = new LinkedHashMap<>();
    private final Map<String, Double> allocation = new LinkedHashMap<>();
    private final Map<String, Double> cpuNs = new LinkedHashMap<>();

    private BenchmarkRunner(boolean quick, int forks, int memoryOrders) {
        this.quick = quick;
        this.forks = forks;
        this.memoryOrders = memoryOrders;
    }

    /**
     * @param args see the class description
     * @throws Exception when a benchmark or a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        int forks = 1;
        Integer memory = null;
        for (String arg : args) {
            if (arg.equals("quick") || arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("forks=")) {
                forks = Integer.parseInt(arg.substring(6));
            } else if (arg.startsWith("memory=")) {
                memory = Integer.parseInt(arg.substring(7));
            } else {
                System.err.println("usage: java -jar benchmarks.jar [quick] [forks=N] [memory=ORDERS]");
                System.exit(2);
            }
        }
        int memoryOrders = memory != null ? memory : quick ? 0 : 1_000_000;
        new BenchmarkRunner(quick, quick ? 0 : forks, memoryOrders).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        List<String> cold = new ArrayList<>();
        int coldRuns = quick ? 3 : 7;
        for (int i = 0; i < coldRuns; i++) {
            cold.add(child(List.of(), ColdStart.class.getName(), "precompiled"));
        }
        String coldDrl = quick ? null : child(List.of(), ColdStart.class.getName(), "drl");
        // the same with an application class-data archive (AppCDS), a JVM option a host may use
        Path archive = Path.of(System.getProperty("java.io.tmpdir"), "oms-exception-cold-start.jsa");
        Files.deleteIfExists(archive);
        child(List.of("-XX:ArchiveClassesAtExit=" + archive), ColdStart.class.getName(), "precompiled");
        List<String> coldCds = new ArrayList<>();
        for (int i = 0; i < (quick ? 2 : 5); i++) {
            coldCds.add(child(List.of("-XX:SharedArchiveFile=" + archive), ColdStart.class.getName(), "precompiled"));
        }

        String evaluate = EvaluateBenchmarks.class.getName();
        jmh(options().include(evaluate + ".batch").threads(1).addProfiler(GCProfiler.class), "t1");
        jmh(options().include(evaluate + ".batch").threads(2), "t2");
        jmh(options().include(evaluate + ".single").threads(1).addProfiler(GCProfiler.class), "t1");
        jmh(options().include(RuleCountBenchmark.class.getName()).threads(1), "t1");
        ChainedOptionsBuilder build = new OptionsBuilder().include(BuildBenchmark.class.getName())
                .forks(forks).warmupIterations(quick ? 1 : 3).measurementIterations(quick ? 1 : 5)
                .verbosity(quick ? VerboseMode.SILENT : VerboseMode.NORMAL)
                .jvmArgsAppend("-Xmx1g");
        if (!quick) {
            jmh(build, "t1");
        }

        if (!quick) {
            String cpuOut = childOutput(List.of("-Xmx1g"), CpuTimeCheck.class.getName(), "5");
            Matcher cm = Pattern.compile("cpuTime (\\S+) nsPerOrder=(\\d+)").matcher(cpuOut);
            while (cm.find()) {
                cpuNs.put(cm.group(1), Double.parseDouble(cm.group(2)));
            }
        }

        String memoryLine = memoryOrders <= 0 ? null
                : child(List.of("-Xmx256m"), MemoryLine.class.getName(), Integer.toString(memoryOrders));
        summary(cold, coldDrl, coldCds, memoryLine, (System.nanoTime() - start) / 1e9, loadBefore + " -> " + loadAverage());
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
            scores.put(key, r.getPrimaryResult().getScore());
            Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
            if (norm != null) {
                allocation.put(key, norm.getScore());
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

    /** Runs a main class in a fresh JVM with this class path and returns its last output line. */
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
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        int exit = p.waitFor();
        long wallMs = (System.nanoTime() - launched) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit + ": " + last);
        }
        System.out.println(last + " processWallMs=" + wallMs);
        return last + " processWallMs=" + wallMs;
    }

    private static long number(String line, String key) {
        Matcher m = Pattern.compile(key + "=(\\d+)").matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private double score(String key) {
        Double v = scores.get(key);
        return v == null ? Double.NaN : v;
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

    private void summary(List<String> cold, String coldDrl, List<String> coldCds, String memoryLine, double seconds,
            String load) {
        double batchEngine = score("batchEngine@t1");
        double batchBaseline = score("batchBaseline@t1");
        double batchEngine2 = score("batchEngine@t2");
        double batchBaseline2 = score("batchBaseline@t2");
        double singleEngine = score("singleEngine@t1");
        double singleBaseline = score("singleBaseline@t1");
        double standard = score("batch[standard]@t1");
        double gen25 = score("batch[generated25]@t1");
        double gen250 = score("batch[generated250]@t1");
        long coldMs = median(cold.stream().map(l -> number(l, "firstResultMs")).toList());
        long coldMin = min(cold.stream().map(l -> number(l, "firstResultMs")).toList());
        long coldWall = median(cold.stream().map(l -> number(l, "processWallMs")).toList());
        long coldCpu = median(cold.stream().map(l -> number(l, "mainThreadCpuMs")).toList());
        long coldCdsMs = median(coldCds.stream().map(l -> number(l, "firstResultMs")).toList());
        long coldCdsCpu = median(coldCds.stream().map(l -> number(l, "mainThreadCpuMs")).toList());
        long coldDrlMs = coldDrl == null ? -1 : number(coldDrl, "firstResultMs");
        double kibEngine = allocation.getOrDefault("batchEngine@t1", Double.NaN) / 1024;
        double kibBaseline = allocation.getOrDefault("batchBaseline@t1", Double.NaN) / 1024;

        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%n== oms-exception benchmark summary (%s run, %s, %d cores, %.0f s, load average %s) ==%n",
                quick ? "quick" : "full, forks=" + forks, System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), seconds, load));
        s.append("(a load average above the number of cores means other work shared the CPUs: compare ratios, not absolutes)\n");
        s.append(String.format(Locale.ROOT, "%-44s %14s %14s%n", "orders/s", "engine", "baseline"));
        s.append(String.format(Locale.ROOT, "%-44s %,14.0f %,14.0f%n", "single-order evaluate, 1 thread", singleEngine, singleBaseline));
        s.append(String.format(Locale.ROOT, "%-44s %,14.0f %,14.0f%n", "batch of " + BenchmarkData.BATCH + ", 1 thread", batchEngine, batchBaseline));
        s.append(String.format(Locale.ROOT, "%-44s %,14.0f %,14.0f%n", "batch of " + BenchmarkData.BATCH + ", 2 threads", batchEngine2, batchBaseline2));
        s.append(String.format(Locale.ROOT, "%-44s %14.2f %14.2f%n", "KiB allocated per order (batch, 1 thread)", kibEngine, kibBaseline));
        s.append(String.format(Locale.ROOT, "%n%-58s %10s %10s %s%n", "ratio", "measured", "target", ""));
        row(s, "batch, 1 thread: baseline / engine (times slower)", singleRatio(batchBaseline, batchEngine), "<= 3", batchBaseline / batchEngine <= 3);
        row(s, "batch: engine 2 threads / 1 thread", singleRatio(batchEngine2, batchEngine), ">= 1.8", batchEngine2 / batchEngine >= 1.8);
        row(s, "  (baseline 2 threads / 1 thread, for the machine)", singleRatio(batchBaseline2, batchBaseline), "", null);
        row(s, "single evaluate: baseline / engine (times slower)", singleRatio(singleBaseline, singleEngine), "<= 6", singleBaseline / singleEngine <= 6);
        row(s, "KiB allocated per order, engine batch", String.format(Locale.ROOT, "%.2f", kibEngine), "<= 8", kibEngine <= 8);
        row(s, "cold start, main() to first result, ms (median of " + cold.size() + ")", Long.toString(coldMs), "<= 500", coldMs <= 500);
        row(s, "  (best of the " + cold.size() + ", ms)", Long.toString(coldMin), "", null);
        if (coldDrlMs >= 0) {
            row(s, "  (same, DRL compiled at start-up, ms)", Long.toString(coldDrlMs), "", null);
        }
        row(s, "  (main thread CPU, JVM start to first result, ms)", Long.toString(coldCpu), "", null);
        row(s, "  (process launch to exit, precompiled, ms)", Long.toString(coldWall), "", null);
        row(s, "  (with an AppCDS archive: first result ms / CPU ms)", coldCdsMs + " / " + coldCdsCpu, "", null);
        row(s, "time per order: 250 generated / standard packs", singleRatio(standard, gen250), "<= 2", standard / gen250 <= 2);
        row(s, "time per order: 250 / 25 generated rules (10x rules)", singleRatio(gen25, gen250), "<= 2", gen25 / gen250 <= 2);
        if (!cpuNs.isEmpty()) {
            double cBatchE = cpuNs.getOrDefault("batchEngine", Double.NaN);
            double cBatchB = cpuNs.getOrDefault("batchBaseline", Double.NaN);
            double cSingleE = cpuNs.getOrDefault("singleEngine", Double.NaN);
            double cSingleB = cpuNs.getOrDefault("singleBaseline", Double.NaN);
            double c25 = cpuNs.getOrDefault("batch[generated25]", Double.NaN);
            double c250 = cpuNs.getOrDefault("batch[generated250]", Double.NaN);
            s.append(String.format(Locale.ROOT, "%nsame ratios from CPU time per order (one thread, best of 5 rounds; see CpuTimeCheck)%n"));
            s.append(String.format(Locale.ROOT, "%-58s %10s %10s%n", "CPU microseconds per order", "engine", "baseline"));
            s.append(String.format(Locale.ROOT, "%-58s %10.2f %10.2f%n", "batch of " + BenchmarkData.BATCH, cBatchE / 1000, cBatchB / 1000));
            s.append(String.format(Locale.ROOT, "%-58s %10.2f %10.2f%n", "single-order evaluate", cSingleE / 1000, cSingleB / 1000));
            row(s, "batch: engine / baseline CPU per order (times slower)", singleRatio(cBatchE, cBatchB), "<= 3", cBatchE / cBatchB <= 3);
            row(s, "single: engine / baseline CPU per order (times slower)", singleRatio(cSingleE, cSingleB), "<= 6", cSingleE / cSingleB <= 6);
            double e2 = cpuNs.getOrDefault("batchEngine@2threads", Double.NaN);
            double b2 = cpuNs.getOrDefault("batchBaseline@2threads", Double.NaN);
            double w1 = cpuNs.getOrDefault("wallOrdersPerSecond:batchEngine@1thread", Double.NaN);
            double w2 = cpuNs.getOrDefault("wallOrdersPerSecond:batchEngine@2threads", Double.NaN);
            double wb1 = cpuNs.getOrDefault("wallOrdersPerSecond:batchBaseline@1thread", Double.NaN);
            double wb2 = cpuNs.getOrDefault("wallOrdersPerSecond:batchBaseline@2threads", Double.NaN);
            row(s, "batch: engine CPU per order, 2 threads / 1 (1 = no contention)", singleRatio(e2, cBatchE), "", null);
            row(s, "  (baseline, the same)", singleRatio(b2, cBatchB), "", null);
            row(s, "batch: engine 2 threads / 1, wall, plain loop, best of 3", singleRatio(w2, w1), ">= 1.8", w2 / w1 >= 1.8);
            row(s, "  (baseline, the same, for the machine)", singleRatio(wb2, wb1), "", null);
            row(s, "CPU per order: 250 generated rules / standard packs", singleRatio(c250, cBatchE), "<= 2", c250 / cBatchE <= 2);
            row(s, "CPU per order: 250 / 25 generated rules (10x rules)", singleRatio(c250, c25), "<= 2", c250 / c25 <= 2);
        }
        s.append('\n');
        for (String b : List.of("precompiled", "drl", "precompiledPlusHostDrl")) {
            double ms = score(b + "@t1");
            if (!Double.isNaN(ms)) {
                row(s, "engine build, warm JVM, " + b + ", ms", String.format(Locale.ROOT, "%.0f", ms), "", null);
            }
        }
        if (memoryLine != null) {
            s.append(String.format("%n%s%n", memoryLine));
        }
        System.out.println(s);
    }

    private static String singleRatio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static void row(StringBuilder s, String what, String measured, String target, Boolean met) {
        s.append(String.format(Locale.ROOT, "%-58s %10s %10s %s%n", what, measured, target,
                met == null ? "" : met ? "met" : "NOT MET"));
    }
}
