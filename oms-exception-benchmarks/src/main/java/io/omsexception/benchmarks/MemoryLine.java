package io.omsexception.benchmarks;

import io.omsexception.BatchResult;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrders;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The engine's memory line on a large request: streams generated orders through the engine in
 * chunks of 1,000 (as a streaming command line does), keeps only counts, and prints the heap in
 * use after a full collection every tenth of the way. Run it with {@code -Xmx256m}:
 * {@code java -Xmx256m -cp benchmarks.jar io.omsexception.benchmarks.MemoryLine 1000000}.
 * Prints {@code memoryLine orders=... heapAfterGcMiB=[...] maxHeapMiB=... ordersPerSecond=...}.
 */
public final class MemoryLine {
    private MemoryLine() {
    }

    /**
     * @param args the number of orders (default 1,000,000)
     */
    public static void main(String[] args) {
        int count = args.length == 0 ? 1_000_000 : Integer.parseInt(args[0]);
        OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        SampleOrders day = SampleOrders.day(BenchmarkData.SEED, count);
        ReferenceData reference = day.referenceData();
        OffsetDateTime asOf = day.asOf();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> heap = new ArrayList<>();
        Iterator<Order> it = day.iterator();
        List<Order> chunk = new ArrayList<>(1_000);
        int done = 0;
        long flagged = 0;
        io.omsexception.facts.StockAllocation allocation = new io.omsexception.facts.StockAllocation();
        int step = Math.max(1, count / 10);
        long start = System.nanoTime();
        while (it.hasNext()) {
            chunk.clear();
            while (it.hasNext() && chunk.size() < 1_000) {
                chunk.add(it.next());
            }
            BatchResult result = engine.evaluate(chunk, done, reference, asOf, allocation);
            flagged += result.results().stream().filter(r -> !r.isClean()).count();
            done += chunk.size();
            if (done % step < chunk.size()) {
                System.gc();
                heap.add(memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println("memoryLine orders=" + done + " flagged=" + flagged + " heapAfterGcMiB=" + heap
                + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " ordersPerSecond=" + Math.round(done / seconds) + " (generation included)");
    }
}
