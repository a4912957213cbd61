package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.BlockingPolicy;
import io.omsexception.Category;
import io.omsexception.Department;
import io.omsexception.ExceptionDefinition;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.Priority;
import io.omsexception.RulePack;
import io.omsexception.RulePackException;
import io.omsexception.testkit.GoldenCase;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The standard packs at the DRL10 language level (Drools 10's ANTLR4 parser; DRL6 is still the
 * default). Drools picks the parser from the builder option {@link LanguageLevelOption}, property
 * {@code drools.lang.level} (default {@code DrlParser.DEFAULT_LANGUAGE_LEVEL}: DRL6, or DRL10 when
 * {@code drools.drl.antlr4.parser.enabled=true}); {@code DrlParser} hands DRL10 to
 * {@code DRL10ParserWrapper}. The engine's KieBuilder reads the property from the system
 * properties when no kmodule.xml sets it.
 */
class Drl10LanguageLevelTest {
    /** DRL6 accepts a half constraint ({@code && < 100}); DRL10 dropped that syntax. */
    static final String DRL6_ONLY_RULE = """
            package canary;
            import io.omsexception.facts.*;
            rule "a DRL6-only half constraint"
            when
                $o : OrderFacts(lineCount > 0 && < 100)
            then
            end
            """;

    /**
     * The same half constraint in a rule with metadata ({@code @code}), as a pack. Observed with Drools 10.2.0:
     * once a rule carries an annotation with a value, {@code DrlParser} at DRL10 no longer reports
     * the half constraint; the executable-model build at DRL10 still refuses it. So parsing alone
     * is not proof, and the standard packs are also compiled at DRL10 below.
     */
    static final String DRL6_ONLY_PACK = """
            package canary;
            import io.omsexception.facts.*;
            global Findings findings;
            rule "CANARY_HALF_CONSTRAINT: a DRL6-only half constraint"
                @code("CANARY_HALF_CONSTRAINT")
            when
                $o : OrderFacts(lineCount > 0 && < 100)
            then
                findings.raise($o);
            end
            """;
    /** The canary pack: its DRL with the catalog of its one code. */
    static final RulePack CANARY = RulePack.builder("canary").drl("canary.drl", DRL6_ONLY_PACK)
            .code("CANARY_HALF_CONSTRAINT", Category.RISK, Priority.P4, Department.RISK_CONTROL, BlockingPolicy.NEVER)
            .texts("zh", "CANARY_HALF_CONSTRAINT", "测试", "测试").texts("en", "CANARY_HALF_CONSTRAINT", "test", "test")
            .build();

    @Test
    void the_DRL10_parser_rejects_syntax_that_DRL6_accepts_so_the_level_really_switches_parsers() {
        // GIVEN a rule with a half constraint
        // WHEN it is parsed at both levels
        DrlSources.Parsed drl6 = DrlSources.parse(DRL6_ONLY_RULE, LanguageLevelOption.DRL6);
        DrlSources.Parsed drl10 = DrlSources.parse(DRL6_ONLY_RULE, LanguageLevelOption.DRL10);
        // THEN only DRL10 refuses it
        assertThat(drl6.errors()).isEmpty();
        assertThat(drl10.errors()).isNotEmpty();
    }

    @Test
    void every_standard_drl_file_parses_at_the_DRL10_level_to_the_same_rules_and_metadata_as_at_DRL6() {
        for (DrlSources.Source source : DrlSources.standard()) {
            // GIVEN a standard pack file
            // WHEN it is parsed by the DRL10 parser and by the DRL6 parser
            DrlSources.Parsed drl10 = DrlSources.parse(source.text(), LanguageLevelOption.DRL10);
            DrlSources.Parsed drl6 = DrlSources.parse(source.text(), LanguageLevelOption.DRL6);
            // THEN DRL10 reports no error and reads the same package, rules and metadata
            assertThat(drl10.errors()).as(source.resource()).isEmpty();
            assertThat(drl6.errors()).as(source.resource()).isEmpty();
            assertThat(drl10.descr().getName()).isEqualTo("io.omsexception.rules." + source.pack());
            assertThat(drl10.descr().getRules()).as(source.resource()).isNotEmpty();
            assertThat(metadata(drl10.descr().getRules())).as(source.resource())
                    .isEqualTo(metadata(drl6.descr().getRules()));
        }
    }

    private static Map<String, Map<String, String>> metadata(List<RuleDescr> rules) {
        return rules.stream().collect(Collectors.toMap(RuleDescr::getName, r -> r.getAnnotations().stream()
                .collect(Collectors.toMap(AnnotationDescr::getName, a -> String.valueOf(a.getSingleValueStripped())))));
    }

    @Test
    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    void the_standard_packs_compile_to_the_executable_model_at_the_DRL10_level_and_give_the_golden_results() {
        // GIVEN the engine's KieBuilder running at the DRL10 level
        // WHEN the standard packs are built, and a DRL6-only pack for contrast
        OrderExceptionEngine drl10 = atDrl10(() -> OrderExceptionEngine.builder().withStandardRules().build());
        Supplier<OrderExceptionEngine> canary = () -> OrderExceptionEngine.builder().addRules(CANARY).build();
        // THEN the level took effect: the half constraint is refused at DRL10 and accepted by default
        // (DRL6), and the parser alone lets it through in an annotated rule
        assertThatThrownBy(() -> atDrl10(canary)).isInstanceOf(RulePackException.class);
        assertThat(canary.get().ruleCount()).isEqualTo(1);
        assertThat(DrlSources.parse(DRL6_ONLY_PACK, LanguageLevelOption.DRL10).errors()).isEmpty();
        // AND the DRL10 build has the same codes, attributes and rules as the default build
        OrderExceptionEngine drl6 = GoldenCasesTest.engine(Map.of());
        assertThat(drl10.definitions()).extracting(ExceptionDefinition::code).hasSize(StandardPacksLintTest.CATALOG.size());
        assertThat(drl10.definitions()).isEqualTo(drl6.definitions());
        assertThat(drl10.ruleCount()).isEqualTo(drl6.ruleCount());
        // AND it gives the expected findings of every golden case that keeps the default parameters
        List<GoldenCase> defaults = GoldenCasesTest.cases().stream().filter(c -> c.parameters().isEmpty()).toList();
        assertThat(defaults).hasSizeGreaterThan(20);
        defaults.forEach(c -> c.check(drl10));
    }

    private static <T> T atDrl10(Supplier<T> build) {
        String earlier = System.getProperty(LanguageLevelOption.PROPERTY_NAME);
        System.setProperty(LanguageLevelOption.PROPERTY_NAME, LanguageLevelOption.DRL10.name());
        try {
            return build.get();
        } finally {
            if (earlier == null) {
                System.clearProperty(LanguageLevelOption.PROPERTY_NAME);
            } else {
                System.setProperty(LanguageLevelOption.PROPERTY_NAME, earlier);
            }
        }
    }
}
