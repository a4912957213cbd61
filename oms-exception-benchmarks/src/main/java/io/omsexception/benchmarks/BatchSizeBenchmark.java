package io.omsexception.benchmarks;

import io.omsexception.BatchResult;
import io.omsexception.OrderExceptionEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's orders per session ({@code Builder.batchSize}) against throughput, on batches of
 * {@value BenchmarkData#BATCH} orders; the score is per order. Not part of the summary run: the
 * data behind the default, for {@code java -cp benchmarks.jar org.openjdk.jmh.Main BatchSize}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class BatchSizeBenchmark {

    /** Orders per session. */
    @Param({"1", "10", "100", "1000"})
    public int batchSize;

    BenchmarkData data;
    OrderExceptionEngine engine;
    int next;

    /** Builds the standard engine with the chosen batch size. */
    @Setup
    public void setUp() {
        data = new BenchmarkData();
        engine = io.omsexception.OrderExceptionEngine.builder().withStandardRules().batchSize(batchSize).build();
    }

    /** @return the evaluation of a batch; the score is per order */
    @Benchmark
    @OperationsPerInvocation(BenchmarkData.BATCH)
    public BatchResult batch() {
        int from = next;
        next = from + 2 * BenchmarkData.BATCH > BenchmarkData.ORDERS ? 0 : from + BenchmarkData.BATCH;
        return engine.evaluate(data.orders.subList(from, from + BenchmarkData.BATCH), from, data.reference, data.asOf);
    }
}
