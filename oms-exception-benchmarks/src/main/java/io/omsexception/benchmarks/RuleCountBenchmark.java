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
 * How the cost per order grows with the number of rules: the standard packs, and generated packs
 * of 25 and 250 rules of the same kinds with different thresholds (see {@link GeneratedPack}),
 * each on its own, in batches of {@value BenchmarkData#BATCH} orders; the score is per order.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class RuleCountBenchmark {

    /** Which rules: {@code standard}, {@code generated25} or {@code generated250}. */
    @Param({"standard", "generated25", "generated250"})
    public String pack;

    BenchmarkData data;
    OrderExceptionEngine engine;
    int next;

    /** Builds the engine of the chosen pack. */
    @Setup
    public void setUp() {
        data = new BenchmarkData();
        engine = switch (pack) {
            case "standard" -> BenchmarkData.standardEngine();
            case "generated25" -> OrderExceptionEngine.builder().addRules(GeneratedPack.of(25)).build();
            case "generated250" -> OrderExceptionEngine.builder().addRules(GeneratedPack.of(250)).build();
            default -> throw new IllegalArgumentException(pack);
        };
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
