package io.omsexception.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.ExceptionDefinition;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import io.omsexception.testkit.SampleOrders;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A ratio against a baseline that computes something else means nothing: the hand-coded checks
 * must find exactly what the engine finds. Only the codes the engine defines are compared, so the
 * check tightens by itself as the standard packs grow to the whole catalog.
 */
class BaselineAgreementTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().withStandardRules().build();
    static final HandCodedChecks BASELINE = new HandCodedChecks();

    record Seen(String code, io.omsexception.Priority priority, boolean blocking) {
    }

    /** Evaluates the orders both ways, in chunks, and returns the disagreements (at most 20). */
    static List<String> disagreements(SampleOrders day, Set<String> engineCodes, TreeMap<String, Integer> raised) {
        ReferenceData reference = day.referenceData();
        OffsetDateTime asOf = day.asOf();
        List<String> differences = new ArrayList<>();
        Iterator<Order> it = day.iterator();
        List<Order> chunk = new ArrayList<>(1_000);
        int first = 0;
        while (it.hasNext()) {
            chunk.clear();
            while (it.hasNext() && chunk.size() < 1_000) {
                chunk.add(it.next());
            }
            List<OrderEvaluation> results = ENGINE.evaluate(chunk, first, reference, asOf).results();
            assertThat(results).hasSize(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                HandCodedChecks.Result expected = BASELINE.check(chunk.get(i), reference, asOf);
                expected.codes().forEach(c -> raised.merge(c, 1, Integer::sum));
                List<Seen> want = expected.hits().stream().filter(h -> engineCodes.contains(h.code()))
                        .map(h -> new Seen(h.code(), h.priority(), h.blocking())).toList();
                List<Seen> got = results.get(i).findings().stream()
                        .map(f -> new Seen(f.code(), f.priority(), f.blocking())).toList();
                if (!want.equals(got) && differences.size() < 20) {
                    differences.add(chunk.get(i).orderId() + ": baseline " + want + " engine " + got + " order " + chunk.get(i));
                }
            }
            first += chunk.size();
        }
        return differences;
    }

    @Test
    void should_agree_with_the_engine_on_100000_generated_orders_for_every_code_the_engine_defines() {
        Set<String> engineCodes = ENGINE.definitions().stream().map(ExceptionDefinition::code)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeMap<String, Integer> raised = new TreeMap<>();

        List<String> differences = new ArrayList<>(disagreements(SampleOrders.day(2026, 100_000), engineCodes, raised));
        // plus a sample where every order is exceptional, so that rarer codes and pairs occur often
        differences.addAll(disagreements(SampleOrders.of(2027, 20_000, 1.0, SampleOrders.DEFAULT_AS_OF), engineCodes, raised));

        System.out.println("baseline agreement: engine defines " + engineCodes.size() + " codes " + engineCodes
                + "; baseline raised " + raised);
        assertThat(differences).as("orders where the baseline and the engine disagree").isEmpty();
        assertThat(HandCodedChecks.CODES).as("the engine's codes are catalog codes").containsAll(engineCodes);
        assertThat(raised.keySet()).as("every catalog code occurs in the sample").containsAll(HandCodedChecks.CODES);
    }
}
