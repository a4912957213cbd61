package io.omsexception.benchmarks;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.rules.StandardRules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Building an engine in a warm JVM: the standard packs loaded from their precompiled model, the
 * same packs compiled from DRL, and the precompiled packs plus a host pack of 25 generated rules
 * compiled at run time. The cold case (a fresh JVM) is {@link ColdStart}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    /** @return the standard engine, loaded from the precompiled model */
    @Benchmark
    public OrderExceptionEngine precompiled() {
        return OrderExceptionEngine.builder().withStandardRules().build();
    }

    /** @return the standard engine, compiled from DRL */
    @Benchmark
    public OrderExceptionEngine drl() {
        OrderExceptionEngine.Builder builder = OrderExceptionEngine.builder();
        StandardRules.drlPacks().forEach(builder::addRules);
        return builder.build();
    }

    /** @return the precompiled standard engine with 25 rules of host DRL */
    @Benchmark
    public OrderExceptionEngine precompiledPlusHostDrl() {
        return OrderExceptionEngine.builder().withStandardRules().addRules(GeneratedPack.of(25)).build();
    }
}
