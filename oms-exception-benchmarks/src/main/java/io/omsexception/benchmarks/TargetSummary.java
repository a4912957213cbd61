package io.omsexception.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark runner's summary: every target of docs/performance.md (issue #17) with its
 * measured ratio, its target and met / NOT MET, from the figures of one run; then the figures the
 * ratios come from. A target whose figures the run did not measure says "not measured".
 * Single-threaded; filled by {@link BenchmarkRunner}.
 */
final class TargetSummary {
    final boolean quick;
    final int forks;
    final Map<String, Double> scores = new LinkedHashMap<>();
    final Map<String, Double> allocation = new LinkedHashMap<>();
    final Map<String, Double> cpuNs = new LinkedHashMap<>();
    final List<String> cold = new ArrayList<>();
    final List<String> coldCds = new ArrayList<>();
    final List<Long> cliPlain = new ArrayList<>();
    final List<Long> cliCds = new ArrayList<>();
    /** With the archive and {@code -XX:TieredStopAtLevel=1}: the short-run command of docs/cli.md. */
    final List<Long> cliShort = new ArrayList<>();
    String coldDrl;
    String jsonPath;
    String memoryLine;
    private final StringBuilder s = new StringBuilder();
    private int met;
    private int missed;

    TargetSummary(boolean quick, int forks) {
        this.quick = quick;
        this.forks = forks;
    }

    void print(double seconds, String load) {
        s.append(String.format(Locale.ROOT, "%n== oms-exception benchmark summary (%s run, %s, %d cores, %.0f s, load average %s) ==%n",
                quick ? "quick" : "full, forks=" + forks, System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), seconds, load));
        s.append("(a load average above the number of cores means other work shared the CPUs: compare ratios, not absolutes)\n");
        s.append(String.format(Locale.ROOT, "%n%-66s %10s %9s %s%n", "target", "measured", "target", ""));
        double cSingleE = cpu("singleEngine");
        double cSingleB = cpu("singleBaseline");
        double cBatchE = cpu("batchEngine");
        double cBatchB = cpu("batchBaseline");
        target("single-order evaluate: engine / baseline, CPU per order", cSingleE / cSingleB, "<=", 1.5);
        target("batch: engine / baseline, CPU per order", cBatchE / cBatchB, "<=", 1.25);
        double t1 = score("batchEngine@t1");
        double t2 = score("batchEngine@t2");
        target("batch: engine 2 threads / 1 thread, JMH wall clock", t2 / t1, ">=", 1.8);
        target("batch: engine 2 threads / 1 thread, plain loop, best of 3",
                cpu("wallOrdersPerSecond:batchEngine@2threads") / cpu("wallOrdersPerSecond:batchEngine@1thread"), ">=", 1.8);
        info("  (baseline, the same, for the machine)",
                ratio(cpu("wallOrdersPerSecond:batchBaseline@2threads") / cpu("wallOrdersPerSecond:batchBaseline@1thread")));
        info("  (engine CPU per order, 2 threads / 1; 1 = no contention)", ratio(cpu("batchEngine@2threads") / cBatchE));
        long copyMs = number(jsonPath, "copyMs");
        long evaluateMs = number(jsonPath, "evaluateMs");
        target("CLI evaluate / plain streaming copy of the same JSON, throughput", (double) copyMs / evaluateMs, ">=", 0.5);
        target("blacklist of 1,000,000 phones, addresses, ids / empty, CPU per order",
                cpu("batchEngine[blacklist1M]") / cpu("batchEngine[emptyBlacklist]"), "<=", 1.1);
        long inline = number(jsonPath, "inline");
        target("demo day result: default (inline) / compact form, texts by reference (zh), size", (double) inline / number(jsonPath, "zh"), ">=", 3);
        info("  (inline / both by reference; inline / none)", ratio((double) inline / number(jsonPath, "both")) + " / "
                + ratio((double) inline / number(jsonPath, "none")));
        long cli = cliShort.isEmpty() ? -1 : median(cliShort);
        target("cold start of the CLI, documented short-run command (CDS archive, C1), launch to result, median ms",
                cli < 0 ? Double.NaN : cli, "<=", 300);
        info("  (with the archive only; without it, median ms)", (cliCds.isEmpty() ? "not measured" : Long.toString(median(cliCds)))
                + " / " + (cliPlain.isEmpty() ? "not measured" : Long.toString(median(cliPlain))));
        double kib = allocation.getOrDefault("batchEngine@t1", Double.NaN) / 1024;
        target("KiB allocated per order, engine batch (JMH -prof gc)", kib, "<=", 4);
        target("memory line, 1,000,000 orders, -Xmx256m: heap after GC max - min, MiB", heapSpread(memoryLine), "<=", 16);
        s.append(String.format(Locale.ROOT, "%d met, %d not met%n", met, missed));

        s.append(String.format(Locale.ROOT, "%nfigures%n"));
        info("CPU us per order, single evaluate: engine / baseline", us(cSingleE) + " / " + us(cSingleB));
        info("CPU us per order, batch of " + BenchmarkData.BATCH + ": engine / baseline", us(cBatchE) + " / " + us(cBatchB));
        info("CPU us per order, batch, empty / 1,000,000-entry blacklist",
                us(cpu("batchEngine[emptyBlacklist]")) + " / " + us(cpu("batchEngine[blacklist1M]")));
        info("JMH orders/s, single: engine / baseline (ratio)", rate("singleEngine@t1") + " / " + rate("singleBaseline@t1")
                + " (" + ratio(score("singleBaseline@t1") / score("singleEngine@t1")) + ")");
        info("JMH orders/s, batch 1 thread: engine / baseline (ratio)", rate("batchEngine@t1") + " / " + rate("batchBaseline@t1")
                + " (" + ratio(score("batchBaseline@t1") / t1) + ")");
        info("JMH orders/s, batch 2 threads: engine / baseline", rate("batchEngine@t2") + " / " + rate("batchBaseline@t2"));
        info("KiB per order: baseline batch / engine single",
                ratio(allocation.getOrDefault("batchBaseline@t1", Double.NaN) / 1024) + " / "
                + ratio(allocation.getOrDefault("singleEngine@t1", Double.NaN) / 1024));
        info("JSON path, ms wall (process CPU): copy / evaluate", copyMs + " (" + number(jsonPath, "copyCpuMs") + ") / "
                + evaluateMs + " (" + number(jsonPath, "evaluateCpuMs") + "), " + number(jsonPath, "orders") + " orders");
        info("demo day result bytes: inline / zh / both / none", inline + " / " + number(jsonPath, "zh") + " / "
                + number(jsonPath, "both") + " / " + number(jsonPath, "none"));
        List<Long> first = values(cold, "firstResultMs");
        info("engine cold start, main() to first result, median / best ms", median(first) + " / " + min(first));
        info("  (JVM start to first result; with the benchmarks' AppCDS archive), median ms",
                median(values(cold, "jvmStartToFirstResultMs")) + "; " + median(values(coldCds, "jvmStartToFirstResultMs")));
        info("  (main thread CPU ms; with AppCDS)", median(values(cold, "mainThreadCpuMs")) + "; "
                + median(values(coldCds, "mainThreadCpuMs")));
        if (coldDrl != null) {
            info("  (DRL compiled at start-up, main() to first result, ms)", Long.toString(number(coldDrl, "firstResultMs")));
        }
        if (!Double.isNaN(score("batch[standard]@t1"))) {
            info("time per order, 250 generated rules / standard packs (JMH)",
                    ratio(score("batch[standard]@t1") / score("batch[generated250]@t1")));
            info("time per order, 250 / 25 generated rules (JMH)", ratio(score("batch[generated25]@t1") / score("batch[generated250]@t1")));
            info("CPU per order, 250 generated rules / standard; 250 / 25", ratio(cpu("batch[generated250]") / cBatchE) + "; "
                    + ratio(cpu("batch[generated250]") / cpu("batch[generated25]")));
        }
        for (String b : List.of("precompiled", "drl", "precompiledPlusHostDrl")) {
            if (!Double.isNaN(score(b + "@t1"))) {
                info("engine build, warm JVM, " + b + ", ms", String.format(Locale.ROOT, "%.0f", score(b + "@t1")));
            }
        }
        if (memoryLine != null) {
            s.append(String.format("%n%s%n", memoryLine));
        }
        System.out.println(s);
    }

    private void target(String what, double value, String op, double limit) {
        String measured = Double.isNaN(value) || Double.isInfinite(value) ? "-" : ratio(value);
        String verdict;
        if (measured.equals("-")) {
            verdict = "not measured";
        } else if (op.equals("<=") ? value <= limit : value >= limit) {
            verdict = "met";
            met++;
        } else {
            verdict = "NOT MET";
            missed++;
        }
        s.append(String.format(Locale.ROOT, "%-66s %10s %9s %s%n", what, measured, op + " " + trim(limit), verdict));
    }

    private void info(String what, String value) {
        s.append(String.format(Locale.ROOT, "%-66s %s%n", what, value));
    }

    private double cpu(String key) {
        return cpuNs.getOrDefault(key, Double.NaN);
    }

    private double score(String key) {
        return scores.getOrDefault(key, Double.NaN);
    }

    private String rate(String key) {
        double v = score(key);
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String us(double ns) {
        return Double.isNaN(ns) ? "-" : String.format(Locale.ROOT, "%.2f", ns / 1000);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static long number(String line, String key) {
        if (line == null) {
            return -1;
        }
        Matcher m = Pattern.compile("\\b" + key + "=(\\d+)").matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static List<Long> values(List<String> lines, String key) {
        return lines.stream().map(l -> number(l, key)).toList();
    }

    private static double heapSpread(String line) {
        if (line == null) {
            return Double.NaN;
        }
        Matcher m = Pattern.compile("heapAfterGcMiB=\\[([^\\]]*)\\]").matcher(line);
        if (!m.find()) {
            return Double.NaN;
        }
        List<Long> heap = new ArrayList<>();
        for (String v : m.group(1).split(",\\s*")) {
            heap.add(Long.parseLong(v.trim()));
        }
        return max(heap) - min(heap);
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(-1);
    }
}
