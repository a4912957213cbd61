package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.model.EvaluationRequest;
import io.omsexception.testkit.SampleOrders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrecompiledRulesTest {
    static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");
    static final String HOST_DRL = """
            package host.rules;
            import io.omsexception.facts.*;
            global Findings findings;

            rule "HEAVY_ORDER: more than 3 units on one line"
                @code("HEAVY_ORDER")
            when
                $o : OrderFacts()
                $l : LineFacts(order == $o, quantity > 1)
            then
                findings.raise($o, $l.getPath() + ".quantity", $l.getQuantity());
            end
            """;
    /** The host pack: its DRL with the catalog of its one code. */
    static final RulePack HOST = RulePack.builder("host").drl("host.drl", HOST_DRL)
            .code("HEAVY_ORDER", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
            .texts("zh", "HEAVY_ORDER", "确认配送范围", "处理中")
            .texts("en", "HEAVY_ORDER", "Confirm the delivery range", "In progress")
            .build();

    static int declaredRules(List<RulePack> packs) {
        int n = 0;
        for (RulePack p : packs) {
            for (RulePack.Source s : p.sources()) {
                Matcher m = RULE.matcher(s.content());
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void should_hand_over_every_standard_pack_precompiled_with_its_drl() {
        List<RulePack> packs = new StandardRules().rulePacks();

        assertThat(packs).extracting(RulePack::name).containsExactlyElementsOf(StandardRules.PACKS);
        assertThat(packs).allSatisfy(p -> {
            assertThat(p.isPrecompiled()).as(p.name()).isTrue();
            assertThat(p.modelClasses()).allSatisfy(c -> assertThat(c).startsWith("io.omsexception.rules." + p.name() + "."));
            assertThat(p.sources()).isNotEmpty();
            assertThat(p.codes()).as(p.name()).isNotEmpty();
            assertThat(p.texts()).as(p.name()).containsOnlyKeys("zh", "en");
            assertThat(p.parameters()).as(p.name()).isNotEmpty();
        });
    }

    @Test
    void should_load_exactly_the_rules_the_drl_declares() {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().withStandardRules().build();

        assertThat(engine.ruleCount()).isEqualTo(declaredRules(StandardRules.drlPacks())).isPositive();
    }

    @Test
    void should_give_identical_results_precompiled_and_compiled_at_start_up() {
        // GIVEN the standard packs loaded from the build-time model and compiled from their DRL now
        OrderExceptionEngine precompiled = OrderExceptionEngine.builder().withStandardRules().build();
        OrderExceptionEngine.Builder drl = OrderExceptionEngine.builder();
        StandardRules.drlPacks().forEach(drl::addRules);
        OrderExceptionEngine compiled = drl.build();
        EvaluationRequest day = SampleOrders.of(7, 20_000, 0.5, SampleOrders.DEFAULT_AS_OF).request();

        // WHEN both evaluate 20,000 generated orders, half of them exceptional
        BatchResult a = precompiled.evaluate(day);
        BatchResult b = compiled.evaluate(day);

        // THEN they define the same codes and find exactly the same
        assertThat(precompiled.definitions()).isEqualTo(compiled.definitions());
        assertThat(precompiled.ruleCount()).isEqualTo(compiled.ruleCount());
        assertThat(a.errors()).isEmpty();
        assertThat(a.results()).hasSize(20_000).filteredOn(r -> !r.isClean()).hasSizeGreaterThan(1_000);
        assertThat(a.results()).isEqualTo(b.results());
    }

    @Test
    void should_run_host_drl_next_to_the_precompiled_packs_in_one_knowledge_base() {
        // GIVEN the precompiled packs plus host DRL, and the same all compiled from DRL
        OrderExceptionEngine mixed = OrderExceptionEngine.builder().withStandardRules().addRules(HOST).build();
        OrderExceptionEngine.Builder drl = OrderExceptionEngine.builder();
        StandardRules.drlPacks().forEach(drl::addRules);
        OrderExceptionEngine compiled = drl.addRules(HOST).build();
        EvaluationRequest day = SampleOrders.of(11, 5_000, 0.5, SampleOrders.DEFAULT_AS_OF).request();

        // WHEN both evaluate the same orders
        List<OrderEvaluation> a = mixed.evaluate(day).results();
        List<OrderEvaluation> b = compiled.evaluate(day).results();

        // THEN the host rule fires beside the standard ones, with the same results either way
        assertThat(mixed.ruleCount()).isEqualTo(declaredRules(StandardRules.drlPacks()) + 1);
        assertThat(mixed.definition("HEAVY_ORDER")).isPresent();
        assertThat(a).anySatisfy(r -> assertThat(r.codes()).contains("HEAVY_ORDER"));
        assertThat(a).isEqualTo(b);
    }
}
