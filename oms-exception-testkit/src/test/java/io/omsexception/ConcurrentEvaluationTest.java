package io.omsexception;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrders;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentEvaluationTest {

    @Test
    void should_give_two_threads_sharing_one_engine_exactly_the_sequential_results() throws Exception {
        // GIVEN one engine and 10,000 generated orders
        OrderExceptionEngine engine = TestRules.builder().build();
        SampleOrders day = SampleOrders.of(42, 10_000, 0.3, SampleOrders.DEFAULT_AS_OF);
        List<Order> orders = day.stream().toList();
        ReferenceData reference = day.referenceData();
        OffsetDateTime asOf = day.asOf();
        BatchResult sequential = engine.evaluate(new EvaluationRequest(asOf, reference, orders));

        // WHEN two threads evaluate them at once, one in batches and one order by order
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<OrderEvaluation>> batched = pool.submit(() -> engine.evaluate(
                    new EvaluationRequest(asOf, reference, orders)).results());
            Future<List<OrderEvaluation>> single = pool.submit(() -> {
                List<OrderEvaluation> results = new ArrayList<>(orders.size());
                for (Order order : orders) {
                    results.add(engine.evaluate(order, reference, asOf));
                }
                return results;
            });

            // THEN both see exactly what one thread saw
            assertThat(sequential).hasNoErrors().returnsEveryOrderOnce(10_000);
            assertThat(sequential.results()).filteredOn(r -> !r.isClean()).hasSizeGreaterThan(1_000);
            assertThat(batched.get()).isEqualTo(sequential.results());
            assertThat(single.get()).isEqualTo(sequential.results());
        } finally {
            pool.shutdownNow();
        }
    }
}
