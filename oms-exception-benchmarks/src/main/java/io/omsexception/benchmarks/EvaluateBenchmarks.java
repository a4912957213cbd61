package io.omsexception.benchmarks;

import io.omsexception.BatchResult;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine against the hand-coded baseline on the same orders, one order per call
 * ({@code single*}) and {@value BenchmarkData#BATCH} orders per call ({@code batch*}; the score is
 * per order). Run with 1 and 2 threads; every thread walks its own cursor through the shared
 * orders.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluateBenchmarks {

    /** The engine, the baseline and the orders, shared by the threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        BenchmarkData data;
        OrderExceptionEngine engine;
        HandCodedChecks baseline;

        /** Builds the standard engine and generates the orders. */
        @Setup
        public void setUp() {
            data = new BenchmarkData();
            engine = BenchmarkData.standardEngine();
            baseline = new HandCodedChecks();
        }
    }

    /** Each thread's position in the orders. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
        int nextBatch;

        /** Starts each thread at another place. */
        @Setup
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 7919 % BenchmarkData.ORDERS);
            nextBatch = next / BenchmarkData.BATCH * BenchmarkData.BATCH;
        }

        Order order(List<Order> orders) {
            Order o = orders.get(next);
            next = next + 1 == orders.size() ? 0 : next + 1;
            return o;
        }

        int batchStart() {
            int start = nextBatch;
            nextBatch = start + 2 * BenchmarkData.BATCH > BenchmarkData.ORDERS ? 0 : start + BenchmarkData.BATCH;
            return start;
        }
    }

    /** @return the engine's evaluation of one order */
    @Benchmark
    public OrderEvaluation singleEngine(Shared s, Cursor c) {
        return s.engine.evaluate(c.order(s.data.orders), s.data.reference, s.data.asOf);
    }

    /** @return the baseline's checks of one order */
    @Benchmark
    public HandCodedChecks.Result singleBaseline(Shared s, Cursor c) {
        return s.baseline.check(c.order(s.data.orders), s.data.reference, s.data.asOf);
    }

    /** @return the engine's evaluation of a batch; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public BatchResult batchEngine(Shared s, Cursor c) {
        int from = c.batchStart();
        return s.engine.evaluate(s.data.orders.subList(from, from + BenchmarkData.BATCH), from, s.data.reference, s.data.asOf);
    }

    /** @return the baseline's checks of a batch; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public List<HandCodedChecks.Result> batchBaseline(Shared s, Cursor c) {
        int from = c.batchStart();
        List<HandCodedChecks.Result> results = new ArrayList<>(BenchmarkData.BATCH);
        for (Order order : s.data.orders.subList(from, from + BenchmarkData.BATCH)) {
            results.add(s.baseline.check(order, s.data.reference, s.data.asOf));
        }
        return results;
    }
}
