package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class EngineBuildTest {
    static final String HEADER = """
            package host.rules;
            import io.omsexception.facts.*;
            global Findings findings;
            """;

    /** A pack of one DRL whose catalog declares each code as an advisory INFORMATION code. */
    static RulePack pack(String name, String drl, String... codes) {
        RulePackBuilder b = RulePack.builder(name).drl(name + ".drl", drl);
        for (String code : codes) {
            b.code(code, Category.INFORMATION, Priority.P3, Department.CUSTOMER_SERVICE, BlockingPolicy.NEVER)
                    .texts("zh", code, "指引", "消息").texts("en", code, "Guidance", "Message");
        }
        return b.build();
    }

    @Test
    void should_refuse_a_setting_given_twice_naming_it_and_keep_the_first() {
        OrderExceptionEngine.Builder builder = TestRules.builder()
                .clock(java.time.Clock.systemUTC()).batchSize(10).classLoader(getClass().getClassLoader())
                .parameter("payment.timeoutMinutes", "45");

        assertThatThrownBy(() -> builder.clock(java.time.Clock.systemDefaultZone()))
                .isInstanceOf(IllegalStateException.class).hasMessage("clock was already set");
        assertThatThrownBy(() -> builder.batchSize(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("batchSize was already set");
        assertThatThrownBy(() -> builder.classLoader(getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class).hasMessage("classLoader was already set");
        assertThatThrownBy(() -> builder.parameter("payment.timeoutMinutes", "60"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("parameter payment.timeoutMinutes was already set");
        assertThatThrownBy(() -> builder.parameters(java.util.Map.of("payment.timeoutMinutes", "60")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("parameter payment.timeoutMinutes was already set");
        OrderExceptionEngine engine = builder.build();
        assertThat(engine.parameterValues()).containsEntry("payment.timeoutMinutes", "45");
        assertThat(engine.clock()).isEqualTo(java.time.Clock.systemUTC());
    }

    @Test
    void should_refuse_a_refused_value_without_counting_it_as_given() {
        OrderExceptionEngine.Builder builder = TestRules.builder();

        assertThatThrownBy(() -> builder.batchSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize: must be between 1 and 10000 but was 0");
        assertThat(builder.batchSize(10)).isSameAs(builder);
    }

    @Test
    void should_list_every_drl_error_with_file_line_and_column() {
        String drl = HEADER + """
                rule "BROKEN_ONE: unknown fact type"
                    @code("BROKEN_ONE")
                when
                    $o : NoSuchFact()
                then
                end
                """;

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules("host", drl).build());

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("host.drl:"));
        assertThat(e.problems().get(0)).matches("host\\.drl:\\d+:\\d+ .*NoSuchFact.*");
        assertThat(e.getMessage()).contains("NoSuchFact");
    }

    @Test
    void should_name_the_file_of_a_syntax_error_read_from_a_folder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.drl"), HEADER + "rule \"GOOD: fine\" @code(\"GOOD\")\n"
                + "when\n  $o : OrderFacts(contact.phoneBlank)\nthen\n  findings.raise($o);\nend\n");
        Files.writeString(dir.resolve("bad.drl"), HEADER + "rule \"BAD: no end\"\nwhen\n  $o : OrderFacts(\nthen\n");

        RulePackException e = catchThrowableOfType(RulePackException.class,
                () -> OrderExceptionEngine.builder().addRules(dir).build());

        assertThat(e.problems()).allSatisfy(p -> assertThat(p).startsWith(dir.resolve("bad.drl") + ":"));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("whn\n  $o : OrderFacts()\nthen\nend",
                        "shop.drl:5:1 mismatched input 'whn' in rule \"X: y\""),
                Arguments.of("when\n  $o : OrderFacts(openRefund ==)\nthen\nend",
                        "shop.drl:6:32 no viable alternative at input ')' in rule \"X: y\""),
                Arguments.of("when\n  $o : OrderFacts(noSuchField)\nthen\nend",
                        "shop.drl:6:19 Unable to parse left part of expression: noSuchField"),
                Arguments.of("when\n  $o : OrderFacts()\nthen\n  findings.raise($o, undefinedVar);\nend",
                        "shop.drl:8:22 undefinedVar cannot be resolved to a variable"),
                Arguments.of("when\n  $o : OrderFacts(\nthen\n",
                        "shop.drl:9:1 unexpected end of file: is a rule missing its 'end'?"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void should_point_at_the_drl_line_and_column_of_each_mistake(String body, String expected) {
        String drl = HEADER + "rule \"X: y\" @code(\"X\")\n" + body + "\n";

        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules("shop", drl).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage(expected);
    }

    @Test
    void should_refuse_an_unknown_parameter_read_by_a_rule_with_its_position() {
        String drl = HEADER + """
                rule "PARAM: unknown"
                    @code("PARAM")
                when
                    $p : Parameters()
                    $o : OrderFacts(secondsSinceCreated > $p.seconds("payment.timeoutMinutez"))
                then
                    findings.raise($o);
                end
                """;

        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(pack("host", drl, "PARAM")).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("host.drl:8:55 unknown parameter 'payment.timeoutMinutez': declare it with the pack "
                        + "or the builder's defineParameter");
    }

    @Test
    void should_accept_a_host_parameter_once_defined() {
        String drl = HEADER + """
                rule "HEAVY: heavy line"
                    @code("HEAVY")
                when
                    $p : Parameters()
                    $o : OrderFacts()
                    $l : LineFacts(order == $o, weightKg != null, weightKg > $p.decimal("host.maxWeightKg"))
                then
                    findings.raise($o, $l.getPath() + ".weightKg", $l.getWeightKg());
                end
                """;

        OrderExceptionEngine engine = OrderExceptionEngine.builder().addRules(pack("host", drl, "HEAVY"))
                .defineParameter(ParameterDefinition.decimal("host.maxWeightKg", "5", "the heaviest line"))
                .parameter("host.maxWeightKg", "7.5")
                .build();
        RulePack declaring = RulePack.builder("declaring").drl("declaring.drl", drl)
                .code("HEAVY", Category.LOGISTICS, Priority.P3, Department.LOGISTICS, BlockingPolicy.NEVER)
                .texts("zh", "HEAVY", "确认", "处理中").texts("en", "HEAVY", "Confirm", "In progress")
                .parameter(ParameterDefinition.decimal("host.maxWeightKg", "5", "the heaviest line"))
                .build();

        assertThat(engine.parameterValues()).containsEntry("host.maxWeightKg", "7.5");
        assertThat(engine.definitions()).extracting(ExceptionDefinition::code).containsExactly("HEAVY");
        assertThat(OrderExceptionEngine.builder().addRules(declaring).build().parameterValues())
                .containsEntry("host.maxWeightKg", "5");
    }

    @Test
    void should_refuse_unknown_or_invalid_parameter_overrides() {
        assertThatThrownBy(() -> TestRules.builder().parameter("payment.timeoutMinutes", "half an hour").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter payment.timeoutMinutes: must be a whole number but was 'half an hour'");
        assertThatThrownBy(() -> TestRules.builder().parameter("payment.timeoutMinutez", "5").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parameter payment.timeoutMinutez: unknown; known parameters are payment.timeoutMinutes, ");
        assertThatThrownBy(() -> TestRules.builder().parameter("payment.amountTolerance", "1,5").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter payment.amountTolerance: must be a decimal number but was '1,5'");
    }

    @Test
    void should_fail_fast_on_bad_builder_arguments() {
        assertThatThrownBy(() -> OrderExceptionEngine.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no rule packs: call withStandardRules() or addRules(...)");
        assertThatThrownBy(() -> OrderExceptionEngine.builder().batchSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize: must be between 1 and 10000 but was 0");
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(Path.of("no/such/rules")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules no/such/rules: no such file or folder");
        assertThatThrownBy(() -> OrderExceptionEngine.builder().withStandardRules())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no standard rule packs on the class path: add the dependency io.omsexception:oms-exception-rules");
    }
}
