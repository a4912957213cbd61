package io.omsexception.benchmarks;

import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrders;
import java.time.OffsetDateTime;
import java.util.List;

/** The orders every benchmark evaluates: a generated day like the demo's, about 4% exceptional. */
public final class BenchmarkData {
    /** The seed of the generated day. */
    public static final long SEED = 20_261_122L;
    /** Distinct orders cycled through. */
    public static final int ORDERS = 20_000;
    /** Orders per batch call (one engine call, as many sessions as the engine's batch size gives). */
    public static final int BATCH = 1_000;

    final List<Order> orders;
    final ReferenceData reference;
    final OffsetDateTime asOf;

    BenchmarkData() {
        SampleOrders day = SampleOrders.day(SEED, ORDERS);
        this.orders = day.stream().toList();
        this.reference = day.referenceData();
        this.asOf = day.asOf();
    }

    static OrderExceptionEngine standardEngine() {
        return OrderExceptionEngine.builder().withStandardRules().build();
    }
}
