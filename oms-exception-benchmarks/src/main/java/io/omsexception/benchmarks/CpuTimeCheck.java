package io.omsexception.benchmarks;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A second reading, for a shared machine: the CPU time the measuring thread spends per order
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which other processes competing for the cores
 * disturb far less than wall-clock throughput. Not JMH: a plain warmed-up loop with results kept
 * alive, each case measured in rounds and the best round kept. The benchmark runner prints its
 * ratios beside the JMH ones; run alone:
 * {@code java -cp benchmarks.jar io.omsexception.benchmarks.CpuTimeCheck [seconds per case]}.
 */
public final class CpuTimeCheck {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps results reachable so that no work is optimised away. */
    static volatile Object sink;

    private CpuTimeCheck() {
    }

    /**
     * @param args seconds of CPU per case (default 6: a third warm-up, the rest in rounds)
     */
    public static void main(String[] args) {
        double seconds = args.length == 0 ? 6 : Double.parseDouble(args[0]);
        run(seconds).forEach((k, v) -> System.out.printf(Locale.ROOT, "cpuTime %s nsPerOrder=%.0f%n", k, v));
    }

    /**
     * @param seconds CPU seconds per case
     * @return CPU nanoseconds per order, by case
     */
    static Map<String, Double> run(double seconds) {
        BenchmarkData data = new BenchmarkData();
        OrderExceptionEngine engine = BenchmarkData.standardEngine();
        OrderExceptionEngine generated25 = OrderExceptionEngine.builder().addRules(GeneratedPack.of(25)).build();
        OrderExceptionEngine generated250 = OrderExceptionEngine.builder().addRules(GeneratedPack.of(250)).build();
        HandCodedChecks baseline = new HandCodedChecks();
        List<Order> orders = data.orders;
        int batch = BenchmarkData.BATCH;
        int batches = BenchmarkData.ORDERS / batch;
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("batchBaseline", measure(seconds, batch, i -> {
            List<HandCodedChecks.Result> r = new ArrayList<>(batch);
            for (Order o : orders.subList(i % batches * batch, i % batches * batch + batch)) {
                r.add(baseline.check(o, data.reference, data.asOf));
            }
            sink = r;
        }));
        result.put("batchEngine", measure(seconds, batch, i -> sink = engine.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf)));
        result.put("singleBaseline", measure(seconds, 1, i -> sink = baseline.check(orders.get(i % orders.size()), data.reference, data.asOf)));
        result.put("singleEngine", measure(seconds, 1, i -> sink = engine.evaluate(orders.get(i % orders.size()), data.reference, data.asOf)));
        result.put("batch[generated25]", measure(seconds, batch, i -> sink = generated25.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf)));
        result.put("batch[generated250]", measure(seconds, batch, i -> sink = generated250.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf)));
        return result;
    }

    /** Warms up for a third of the time, then keeps the best of five rounds; returns CPU ns per order. */
    private static double measure(double seconds, int ordersPerCall, IntConsumer call) {
        long budget = (long) (seconds * 1e9);
        int i = 0;
        long warmUpEnd = THREADS.getCurrentThreadCpuTime() + budget / 3;
        while (THREADS.getCurrentThreadCpuTime() < warmUpEnd) {
            call.accept(i++);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long end = start + budget * 2 / 15;
            int calls = 0;
            long now;
            do {
                call.accept(i++);
                calls++;
                now = THREADS.getCurrentThreadCpuTime();
            } while (now < end);
            best = Math.min(best, (double) (now - start) / ((long) calls * ordersPerCall));
        }
        return best;
    }
}
