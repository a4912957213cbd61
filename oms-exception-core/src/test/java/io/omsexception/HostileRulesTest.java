package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Host rules run under a guard: loops end, findings stay on their order, and the engine stays usable. */
class HostileRulesTest {
    private static final List<Order> ORDERS = List.of(TestRules.order("SO-1").build(), TestRules.order("SO-2").build(),
            TestRules.order("SO-3").build());

    private static RulePack pack(String when, String then) {
        return EngineBuildTest.pack("host", EngineBuildTest.HEADER + """
                rule "HOSTILE: a rule gone wrong"
                    @code("HOSTILE")
                when
                %s
                then
                %s
                end
                rule "FINE: every order"
                    @code("FINE")
                when
                    $o : OrderFacts()
                then
                    findings.raise($o);
                end
                """.formatted(when, then), "HOSTILE", "FINE");
    }

    private static BatchResult evaluate(OrderExceptionEngine engine, List<Order> orders) {
        return engine.evaluate(orders, 0, ReferenceData.NONE, TestRules.AS_OF);
    }

    private static List<String> errors(BatchResult batch) {
        return batch.errors().stream().map(e -> e.index() + " " + e.orderId() + ": " + e.message()).toList();
    }

    @Test
    void an_update_loop_ends_at_the_firing_limit_and_the_orders_of_its_batch_come_back_as_errors_naming_the_rule() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $o : OrderFacts(orderId == \"SO-2\")",
                "    update($o);")).maxRuleFirings(100).build();

        BatchResult batch = evaluate(engine, ORDERS);

        String message = "evaluation failed: rule \"HOSTILE: a rule gone wrong\" fired more than 100 times on order SO-2";
        assertThat(batch.results()).isEmpty();
        assertThat(errors(batch)).containsExactly("0 SO-1: " + message, "1 SO-2: " + message, "2 SO-3: " + message);
        assertThat(batch.errors()).allSatisfy(e -> assertThat(e.field()).isEmpty());
    }

    @Test
    void an_update_loop_is_named_after_the_rule_that_updates_not_after_a_rule_it_re_triggers_first() {
        RulePack bystander = EngineBuildTest.pack("bystander", """
                package host.bystander;
                import io.omsexception.facts.*;
                rule "BYSTANDER: fires first on every change of an order"
                    @code("BYSTANDER")
                    salience 10
                when
                    $o : OrderFacts()
                then
                end
                """, "BYSTANDER");
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $o : OrderFacts(orderId == \"SO-2\")",
                "    update($o);")).addRules(bystander).maxRuleFirings(100).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(errors(batch)).first().asString().isEqualTo(
                "0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" fired more than 100 times on order SO-2");
    }

    @Test
    void after_a_broken_batch_the_engine_evaluates_the_next_batch_normally() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $o : OrderFacts(orderId == \"SO-2\")",
                "    update($o);")).maxRuleFirings(100).batchSize(1).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(batch.results()).extracting(OrderEvaluation::orderId).containsExactly("SO-1", "SO-3");
        assertThat(batch.results().get(0).codes()).containsExactly("FINE");
        assertThat(errors(batch)).containsExactly(
                "1 SO-2: evaluation failed: rule \"HOSTILE: a rule gone wrong\" fired more than 100 times on order SO-2");
        assertThat(evaluate(engine, List.of(ORDERS.get(0))).results()).hasSize(1);
    }

    @Test
    void a_rule_that_re_triggers_itself_on_inserted_facts_is_stopped_by_the_firing_limit() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $s : String()",
                "    insert($s + \"x\");")).maxRuleFirings(50).build();
        RulePack seed = EngineBuildTest.pack("seed", """
                package host.seed;
                import io.omsexception.facts.*;
                rule "SEED: one string per order"
                    @code("SEED")
                when
                    $o : OrderFacts()
                then
                    insert($o.getOrderId());
                end
                """, "SEED");
        OrderExceptionEngine seeded = OrderExceptionEngine.builder().addRules(pack("    $s : String()",
                "    insert($s + \"x\");")).addRules(seed).maxRuleFirings(50).build();

        assertThat(evaluate(engine, ORDERS).results()).hasSize(3);
        assertThat(errors(evaluate(seeded, ORDERS))).first().asString()
                .isEqualTo("0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" inserted more than 50 facts");
    }

    @Test
    void an_insert_loop_inside_one_consequence_is_stopped_at_the_insert_limit() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $o : OrderFacts(orderId == \"SO-1\")",
                "    int i = 0; while (i < Integer.MAX_VALUE) { insert(new int[1000]); i++; }")).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(errors(batch)).hasSize(3).first().asString()
                .isEqualTo("0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" inserted more than 10000 facts");
    }

    @Test
    void a_batch_that_outruns_its_time_budget_comes_back_as_errors_naming_the_rule_about_to_fire() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $o : OrderFacts(orderId == \"SO-2\")",
                "    update($o);")).timeBudget(Duration.ofMillis(1)).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(errors(batch)).containsExactly(
                "0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" was about to fire after the time budget "
                        + "of 1 ms of its batch was spent",
                "1 SO-2: evaluation failed: rule \"HOSTILE: a rule gone wrong\" was about to fire after the time budget "
                        + "of 1 ms of its batch was spent",
                "2 SO-3: evaluation failed: rule \"HOSTILE: a rule gone wrong\" was about to fire after the time budget "
                        + "of 1 ms of its batch was spent");
    }

    @Test
    void a_finding_raised_on_another_order_than_the_one_matched_is_refused() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("""
                    $a : OrderFacts(orderId == "SO-1")
                    $b : OrderFacts(orderId == "SO-2")""", "    findings.raise($b);")).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(errors(batch)).first().asString().isEqualTo("0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" "
                + "matched the facts of two orders, SO-1 and SO-2, and raised a finding: a finding is about the one order "
                + "whose facts its rule matched");
        // one by one, no order reaches another: the results do not depend on the batch
        OrderExceptionEngine single = OrderExceptionEngine.builder().addRules(pack("""
                    $a : OrderFacts(orderId == "SO-1")
                    $b : OrderFacts(orderId == "SO-2")""", "    findings.raise($b);")).batchSize(1).build();
        assertThat(evaluate(single, ORDERS).results()).allSatisfy(r -> assertThat(r.codes()).containsExactly("FINE"));
    }

    @Test
    void a_finding_raised_from_a_match_of_no_order_is_refused() {
        RulePack keeper = EngineBuildTest.pack("keeper", """
                package host.keeper;
                import io.omsexception.facts.*;
                rule "KEEP: remember the order"
                    @code("KEEP")
                when
                    $o : OrderFacts(orderId == "SO-3")
                then
                    insert(new java.util.ArrayList(java.util.List.of($o)));
                end
                """, "KEEP");
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("    $l : java.util.ArrayList()",
                "    findings.raise((OrderFacts) $l.get(0));")).addRules(keeper).build();

        BatchResult batch = evaluate(engine, ORDERS);

        assertThat(errors(batch)).first().asString().isEqualTo("0 SO-1: evaluation failed: rule \"HOSTILE: a rule gone wrong\" "
                + "raised a finding on order SO-3 but matched the facts of no order");
    }

    @Test
    void exit_clock_reads_and_endless_loops_in_a_pack_are_refused_with_their_positions() {
        String drl = EngineBuildTest.HEADER + """
                rule "HOSTILE: a rule gone wrong"
                    @code("HOSTILE")
                when
                    $o : OrderFacts()
                then
                    // System.exit in a comment, and "System.exit(1)" in a string, are not calls
                    if ($o.getOrderId().equals("System.exit(1)")) { System.exit(42); }
                    java.util.Date d = new Date(); long t = System.currentTimeMillis();
                    Object n = java.time.Instant.now(); Object l = LocalDateTime.now();
                    while (true) { Runtime.getRuntime().halt(1); }
                end
                """;

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(EngineBuildTest.pack("host", drl, "HOSTILE")).build());

        String clock = " reads the clock; rules are evaluated as of the request's asOf: use the facts' durations "
                + "(secondsSinceCreated...) or Parameters";
        assertThat(e.problems()).containsExactly(
                "host.drl:10:53 System.exit would end or reach the host's process; a rule only reports findings",
                "host.drl:11:24 new Date()" + clock,
                "host.drl:11:45 System.currentTimeMillis" + clock,
                "host.drl:12:26 Instant.now" + clock,
                "host.drl:12:52 LocalDateTime.now" + clock,
                "host.drl:13:5 while (true) may never return; a consequence that does not return cannot be stopped",
                "host.drl:13:20 Runtime.getRuntime would end or reach the host's process; a rule only reports findings");
    }

    @Test
    void a_package_name_with_a_java_keyword_is_a_problem_with_its_position_not_a_stack_trace() {
        String drl = """
                package shop.new;
                import io.omsexception.facts.*;
                global Findings findings;
                rule "HOSTILE: a rule gone wrong"
                    @code("HOSTILE")
                when
                    $o : OrderFacts()
                then
                    findings.raise($o);
                end
                """;

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(EngineBuildTest.pack("host", drl, "HOSTILE")).build());

        assertThat(e.problems()).containsExactly("host.drl:1:9 package name 'shop.new' is not a Java package name: 'new' is "
                + "a Java keyword (rename it, for example 'news')");
    }

    @Test
    void the_guard_limits_are_checked_and_taken_once() {
        OrderExceptionEngine.Builder b = OrderExceptionEngine.builder().maxRuleFirings(5).timeBudget(Duration.ofSeconds(1));

        assertThat(catchThrowableOfType(IllegalStateException.class, () -> b.maxRuleFirings(6)))
                .hasMessage("maxRuleFirings was already set");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> b.timeBudget(Duration.ofSeconds(2))))
                .hasMessage("timeBudget was already set");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> OrderExceptionEngine.builder().maxRuleFirings(0)))
                .hasMessage("maxRuleFirings: must be at least 1 but was 0");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> OrderExceptionEngine.builder().timeBudget(Duration.ZERO)))
                .hasMessage("timeBudget: must be a positive duration but was PT0S");
    }
}
