package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.model.Order;
import io.omsexception.model.ReferenceData;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Suppressions applied in dependency order, cycles refused at build time, and codes without a customer message. */
class SuppressionAndInternalCodesTest {
    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-22T10:00:00+08:00");
    /** Three rules that fire on every order: A, B and C. */
    private static final String DRL = EngineBuildTest.HEADER + """
            rule "A: always" @code("A") when $o : OrderFacts() then findings.raise($o); end
            rule "B: always" @code("B") when $o : OrderFacts() then findings.raise($o); end
            rule "C: always" @code("C") when $o : OrderFacts() then findings.raise($o); end
            """;

    private static RulePackBuilder pack() {
        RulePackBuilder b = RulePack.builder("chain").drl("chain.drl", DRL);
        for (String code : new String[] {"A", "B", "C"}) {
            b.code(code, Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                    .texts("zh", code, "指引", "消息").texts("en", code, "Guidance", "Message");
        }
        return b;
    }

    private static OrderEvaluation evaluate(RulePack pack) {
        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack).build();
        return engine.evaluate(Order.builder("SO-1", AS_OF.minusHours(1)).build(), ReferenceData.NONE, AS_OF);
    }

    @Test
    void a_withdrawn_code_withdraws_nothing_so_suppression_follows_the_dependency_order() {
        // GIVEN C withdraws B and B withdraws A, all three raised
        RulePack pack = pack().suppressedBy("A", "B").suppressedBy("B", "C").build();
        // WHEN the order is evaluated
        OrderEvaluation result = evaluate(pack);
        // THEN B is withdrawn by C, and A stays since its only suppressor was withdrawn
        assertThat(result.codes()).containsExactly("A", "C");
    }

    @Test
    void a_code_with_several_suppressors_is_withdrawn_by_any_of_them() {
        // GIVEN A is withdrawn by B or C, and C withdraws B
        RulePack pack = pack().suppressedBy("A", "B", "C").suppressedBy("B", "C").build();
        // WHEN the order is evaluated THEN C withdraws both
        assertThat(evaluate(pack).codes()).containsExactly("C");
    }

    @Test
    void a_suppression_cycle_is_refused_when_the_engine_is_built() {
        // GIVEN A withdrawn by B, B by C and C by A
        RulePack pack = pack().suppressedBy("A", "B").suppressedBy("B", "C").suppressedBy("C", "A").build();
        // WHEN the engine is built THEN it is refused, naming the cycle
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(pack).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("suppression cycle: A is suppressed by B, B is suppressed by C, C is suppressed by A "
                        + "(chain/codes.properties); a withdrawn code withdraws nothing, so a cycle has no answer: "
                        + "remove one of these suppressedBy");
    }

    @Test
    void an_internal_code_has_guidance_and_no_customer_message() {
        // GIVEN an internal code with guidance only
        RulePack pack = RulePack.builder("internal").drl("internal.drl", EngineBuildTest.HEADER + """
                rule "NOTE: always" @code("NOTE") when $o : OrderFacts() then findings.raise($o); end
                """)
                .code("NOTE", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
                .internal("NOTE").guidance("zh", "NOTE", "备注快递").guidance("en", "NOTE", "Note the courier").build();
        // WHEN the order is evaluated
        Finding f = evaluate(pack).findings().get(0);
        // THEN the finding has the guidance and no customer message
        assertThat(f.guidance()).isEqualTo(new LocalizedText("备注快递", "Note the courier"));
        assertThat(f.customerMessage()).isNull();
    }

    @Test
    void an_internal_code_given_a_customer_message_is_refused_naming_the_text() {
        // GIVEN an internal code whose texts still carry a customer message
        RulePackBuilder b = RulePack.builder("internal").drl("internal.drl", EngineBuildTest.HEADER + """
                rule "NOTE: always" @code("NOTE") when $o : OrderFacts() then findings.raise($o); end
                """)
                .code("NOTE", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
                .internal("NOTE").texts("zh", "NOTE", "备注快递", "消息").guidance("en", "NOTE", "Note the courier");
        // WHEN the engine is built THEN it is refused
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(b.build()).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("internal/texts_zh.properties: NOTE.customer: NOTE is internal (NOTE.internal=true in "
                        + "internal/codes.properties): it has no customer message");
    }

    @Test
    void an_internal_setting_given_twice_is_refused() {
        RulePackBuilder b = pack().internal("A");
        assertThatThrownBy(() -> b.internal("A")).isInstanceOf(IllegalStateException.class)
                .hasMessage("internal A: given twice");
    }
}
