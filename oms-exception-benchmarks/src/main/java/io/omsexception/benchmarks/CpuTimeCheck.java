package io.omsexception.benchmarks;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Blacklist;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A second reading, for a shared machine: the CPU time the measuring thread spends per order
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which other processes competing for the cores
 * disturb far less than wall-clock throughput. Not JMH: a plain warmed-up loop with results kept
 * alive, each case warmed up, then measured in rounds and the best round kept; engine and
 * baseline are warmed up and measured in turns, so that neither gains from its place in the JVM; the two-thread case alternates one and two threads. The benchmark runner prints its
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
     * @param args seconds of CPU per case (default 6), spent once on warm-up and once in rounds;
     *     then {@code quick} to leave out the generated packs (their build takes seconds)
     */
    public static void main(String[] args) {
        double seconds = args.length == 0 ? 6 : Double.parseDouble(args[0]);
        boolean quick = args.length > 1 && args[1].equals("quick");
        run(seconds, quick).forEach((k, v) -> System.out.printf(Locale.ROOT, "cpuTime %s nsPerOrder=%.0f%n", k, v));
        // (the wallOrdersPerSecond entries are orders per second, not nanoseconds)
    }

    /**
     * @param seconds CPU seconds per case
     * @param quick whether to leave out the generated packs
     * @return CPU nanoseconds per order, by case
     */
    static Map<String, Double> run(double seconds, boolean quick) {
        BenchmarkData data = new BenchmarkData();
        OrderExceptionEngine engine = BenchmarkData.standardEngine();
        HandCodedChecks baseline = new HandCodedChecks();
        List<Order> orders = data.orders;
        int batch = BenchmarkData.BATCH;
        int batches = BenchmarkData.ORDERS / batch;
        Map<String, Double> result = new LinkedHashMap<>();
        IntConsumer engineBatch = i -> sink = engine.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf);
        IntConsumer baselineBatch = i -> {
            List<HandCodedChecks.Result> r = new ArrayList<>(batch);
            for (Order o : orders.subList(i % batches * batch, i % batches * batch + batch)) {
                r.add(baseline.check(o, data.reference, data.asOf));
            }
            sink = r;
        };
        double[] batchPair = measurePair(seconds, batch, baselineBatch, engineBatch);
        result.put("batchBaseline", batchPair[0]);
        result.put("batchEngine", batchPair[1]);
        double[] engine2 = twoThreads(seconds, batch, engineBatch);
        double[] baseline2 = twoThreads(seconds, batch, baselineBatch);
        result.put("batchEngine@2threads", engine2[0]);
        result.put("wallOrdersPerSecond:batchEngine@1thread", engine2[1]);
        result.put("wallOrdersPerSecond:batchEngine@2threads", engine2[2]);
        result.put("batchBaseline@2threads", baseline2[0]);
        result.put("wallOrdersPerSecond:batchBaseline@1thread", baseline2[1]);
        result.put("wallOrdersPerSecond:batchBaseline@2threads", baseline2[2]);
        double[] singlePair = measurePair(seconds, 1,
                i -> sink = baseline.check(orders.get(i % orders.size()), data.reference, data.asOf),
                i -> sink = engine.evaluate(orders.get(i % orders.size()), data.reference, data.asOf));
        result.put("singleBaseline", singlePair[0]);
        result.put("singleEngine", singlePair[1]);
        // reference data indexed once per request: a million entries per list cost what none cost;
        // one case after the other, as two requests: the engine keeps the index of the reference
        // data seen last, and taking turns would index a million entries at every turn
        ReferenceData empty = ReferenceData.of(data.reference.inventory().values(), Blacklist.EMPTY);
        ReferenceData big = ReferenceData.of(data.reference.inventory().values(), bigBlacklist(data.reference.blacklist(), 1_000_000));
        result.put("batchEngine[emptyBlacklist]", measure(seconds, batch, i -> sink = engine.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, empty, data.asOf)));
        result.put("batchEngine[blacklist1M]", measure(seconds, batch, i -> sink = engine.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, big, data.asOf)));
        if (quick) {
            return result;
        }
        OrderExceptionEngine generated25 = OrderExceptionEngine.builder().addRules(GeneratedPack.of(25)).build();
        OrderExceptionEngine generated250 = OrderExceptionEngine.builder().addRules(GeneratedPack.of(250)).build();
        result.put("batch[generated25]", measure(seconds, batch, i -> sink = generated25.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf)));
        result.put("batch[generated250]", measure(seconds, batch, i -> sink = generated250.evaluate(
                orders.subList(i % batches * batch, i % batches * batch + batch), 0, data.reference, data.asOf)));
        return result;
    }

    /**
     * @param day the day's blacklist, kept in the result so that the same orders are flagged
     * @param entries how many entries each list gets
     * @return a blacklist of {@code entries} phones, address lines and customer ids that no
     *     generated order uses (made-up numbers, streets and ids), plus the day's own
     */
    static Blacklist bigBlacklist(Blacklist day, int entries) {
        java.util.Set<String> phones = new java.util.HashSet<>(day.phones());
        java.util.Set<String> addresses = new java.util.HashSet<>(day.addresses());
        java.util.Set<String> customers = new java.util.HashSet<>(day.customerIds());
        for (int i = 0; i < entries; i++) {
            phones.add(String.format(Locale.ROOT, "+86 199-%04d-%04d", i / 10_000, i % 10_000));
            addresses.add("黑名单路 " + i + " 号");
            customers.add("BL-" + i);
        }
        return new Blacklist(customers, phones, addresses);
    }

    /**
     * The same work on one thread, then on two at once, alternating three times after a warm-up:
     * returns the CPU ns per order summed over both threads (equal to one thread's when nothing
     * is contended), and the best wall-clock orders per second on one and on two threads.
     */
    private static double[] twoThreads(double seconds, int ordersPerCall, IntConsumer call) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long slice = (long) (seconds * 1e9 / 6);
            wall(pool, 2, 3 * slice, ordersPerCall, call);
            double cpu = Double.MAX_VALUE;
            double one = 0;
            double two = 0;
            for (int round = 0; round < 3; round++) {
                one = Math.max(one, wall(pool, 1, slice, ordersPerCall, call)[0]);
                double[] r = wall(pool, 2, slice, ordersPerCall, call);
                two = Math.max(two, r[0]);
                cpu = Math.min(cpu, r[1]);
            }
            return new double[] {cpu, one, two};
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return orders per second (wall) and CPU ns per order, for {@code threads} threads during {@code nanos} */
    private static double[] wall(ExecutorService pool, int threads, long nanos, int ordersPerCall, IntConsumer call) {
        long start = System.nanoTime();
        long end = start + nanos;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = 7 * t;
            futures.add(pool.submit(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long orders = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                    call.accept(i++);
                    orders += ordersPerCall;
                }
                return new long[] {orders, THREADS.getCurrentThreadCpuTime() - cpu};
            }));
        }
        long orders = 0;
        long cpu = 0;
        try {
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                orders += r[0];
                cpu += r[1];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return new double[] {orders / ((System.nanoTime() - start) / 1e9), (double) cpu / orders};
    }

    /**
     * Two cases whose ratio is a target, measured interleaved so that neither gains from coming
     * first or second in the JVM (the compiler's work and its profiles of shared code): both warmed
     * up in turns for the given time each, then ten rounds of a fifth of it each, in turns; the best
     * round of each is kept.
     *
     * @return CPU ns per order of the first case and of the second
     */
    private static double[] measurePair(double seconds, int ordersPerCall, IntConsumer first, IntConsumer second) {
        long budget = (long) (seconds * 1e9);
        int[] i = {0};
        for (int turn = 0; turn < 4; turn++) {
            IntConsumer call = turn % 2 == 0 ? first : second;
            long end = THREADS.getCurrentThreadCpuTime() + budget / 2;
            while (THREADS.getCurrentThreadCpuTime() < end) {
                call.accept(i[0]++);
            }
        }
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < 10; round++) {
            IntConsumer call = round % 2 == 0 ? first : second;
            long start = THREADS.getCurrentThreadCpuTime();
            long end = start + budget / 5;
            int calls = 0;
            long now;
            do {
                call.accept(i[0]++);
                calls++;
                now = THREADS.getCurrentThreadCpuTime();
            } while (now < end);
            best[round % 2] = Math.min(best[round % 2], (double) (now - start) / ((long) calls * ordersPerCall));
        }
        return best;
    }

    /** Warms up for the given time, then keeps the best of five rounds of a fifth of it; returns CPU ns per order. */
    private static double measure(double seconds, int ordersPerCall, IntConsumer call) {
        long budget = (long) (seconds * 1e9);
        int i = 0;
        // the engine's code paths need seconds of work before the JIT is done with them
        long warmUpEnd = THREADS.getCurrentThreadCpuTime() + budget;
        while (THREADS.getCurrentThreadCpuTime() < warmUpEnd) {
            call.accept(i++);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long end = start + budget / 5;
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
