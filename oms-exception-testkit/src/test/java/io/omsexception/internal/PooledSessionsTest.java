package io.omsexception.internal;

import static io.omsexception.testkit.OmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sessions are kept warm between calls (their facts deleted, not reset): nothing may leak from
 * one call into the next.
 */
class PooledSessionsTest {
    static final String DRL = """
            package pool.rules;
            import io.omsexception.facts.*;
            global Findings findings;

            rule "NO_PHONE: no phone"
                @code("NO_PHONE")
            when
                $o : OrderFacts(contact.phoneBlank)
            then
                findings.raise($o, "shippingAddress.phone", $o.getContact().getPhone());
            end

            rule "BOOM: a rule that throws on one order"
                @code("BOOM")
            when
                $o : OrderFacts(orderId == "SO-0000007")
            then
                throw new IllegalStateException("boom on " + $o.getOrderId());
            end

            rule "SHORT: stock short"
                @code("SHORT")
            when
                $o : OrderFacts()
                $s : SkuFacts(order == $o, available != null, quantity > available)
            then
                findings.raise($o, "skus[" + $s.getSku() + "].ordered", $s.getQuantity());
            end
            """;

    static final RulePack PACK = RulePack.builder("pool").drl("pool.drl", DRL)
            .code("NO_PHONE", Category.INFORMATION, Priority.P2, Department.CUSTOMER_SERVICE, BlockingPolicy.ALWAYS)
            .texts("zh", "NO_PHONE", "补充", "请补充").texts("en", "NO_PHONE", "Ask", "Please add")
            .code("BOOM", Category.RISK, Priority.P1, Department.RISK_CONTROL, BlockingPolicy.ALWAYS)
            .texts("zh", "BOOM", "查", "审核中").texts("en", "BOOM", "Look", "Reviewing")
            .code("SHORT", Category.INVENTORY, Priority.P1, Department.WAREHOUSE, BlockingPolicy.ALWAYS)
            .texts("zh", "SHORT", "补货", "缺货").texts("en", "SHORT", "Restock", "Out of stock")
            .build();

    @Test
    void should_give_the_same_results_on_reused_sessions_after_a_failure_and_on_two_threads() throws Exception {
        // GIVEN orders, one of which makes a rule throw
        SampleOrders day = SampleOrders.of(3, 3_000, 0.3, SampleOrders.DEFAULT_AS_OF);
        List<Order> orders = day.stream().toList();
        ReferenceData reference = day.referenceData();
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(PACK).batchSize(50).build();

        // WHEN the same engine evaluates them again and again, in batches, one by one and on two threads
        BatchResult first = engine.evaluate(new EvaluationRequest(day.asOf(), reference, orders));
        List<Object> single = new ArrayList<>();
        for (Order o : orders) {
            try {
                single.add(engine.evaluate(o, reference, day.asOf()));
            } catch (RuntimeException e) {
                single.add(o.orderId());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BatchResult> a = pool.submit(() -> engine.evaluate(new EvaluationRequest(day.asOf(), reference, orders)));
            Future<BatchResult> b = pool.submit(() -> engine.evaluate(new EvaluationRequest(day.asOf(), reference, orders)));

            // THEN the failing order is an error each time, and every other result is the same each time
            assertThat(first).returnsEveryOrderOnce(orders.size())
                    .hasErrorAt(6).hasField("").hasMessage("evaluation failed: IllegalStateException: boom on SO-0000007");
            assertThat(first.errors()).hasSize(1);
            assertThat(first.results()).filteredOn(r -> !r.isClean()).isNotEmpty();
            assertThat(a.get()).isEqualTo(first);
            assertThat(b.get()).isEqualTo(first);
        } finally {
            pool.shutdownNow();
        }
        assertThat(single).hasSize(orders.size()).contains("SO-0000007");
        List<Object> expected = new ArrayList<>(first.results());
        expected.add(6, "SO-0000007");
        assertThat(single).isEqualTo(expected);
    }
}
