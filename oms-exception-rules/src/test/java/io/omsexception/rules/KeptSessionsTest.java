package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.testkit.SampleOrders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps its sessions for single orders between calls and deletes each call's facts
 * instead of resetting the session: on the standard packs, a session that has run hundreds of
 * orders gives what a fresh session gives, and batches (on pooled sessions) give the same.
 */
class KeptSessionsTest {

    @Test
    void should_give_on_a_session_kept_through_hundreds_of_single_orders_what_a_fresh_session_gives() {
        // GIVEN the standard packs, and a day with many exceptional orders already run through the engine
        SampleOrders day = SampleOrders.of(11, 600, 0.5, SampleOrders.DEFAULT_AS_OF);
        List<Order> orders = day.stream().toList();
        OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();
        List<OrderEvaluation> batch = engine.evaluate(orders, 0, day.referenceData(), day.asOf()).results();

        for (Order o : orders) {
            // WHEN an order is evaluated on the engine's kept session, and on a fresh one (an
            // engine of the same parameters starts with sessions of its own)
            OrderEvaluation kept = engine.evaluate(o, day.referenceData(), day.asOf());
            OrderEvaluation fresh = engine.withParameters(Map.of()).evaluate(o, day.referenceData(), day.asOf());

            // THEN both give the same findings, evidence and rule names, in the same order
            assertThat(kept).isEqualTo(fresh);
        }
        assertThat(batch).filteredOn(r -> !r.isClean()).hasSizeGreaterThan(orders.size() / 4);
        assertThat(engine.evaluate(orders, 0, day.referenceData(), day.asOf()).results()).isEqualTo(batch);
    }
}
