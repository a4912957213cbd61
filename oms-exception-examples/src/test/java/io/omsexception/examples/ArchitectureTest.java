package io.omsexception.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the modules, checked on their compiled classes: each module reaches only the
 * modules below it, no public signature shows an internal or a Drools type, and the core and the
 * standard packs know nothing of JSON, handling or reports.
 */
class ArchitectureTest {
    static final String CORE = "io.omsexception";
    static final String[] CORE_PACKAGES = {"io.omsexception", "io.omsexception.model..", "io.omsexception.facts..",
        "io.omsexception.internal..", "io.omsexception.spi.."};
    static final String JSON = "io.omsexception.json..";
    static final String ADAPTERS = "io.omsexception.adapters..";
    static final String STREAMS = "io.omsexception.streams..";
    static final String HANDLING = "io.omsexception.handling..";
    static final String HANDLING_JDBC = "io.omsexception.handling.jdbc..";
    static final String CHANNELS = "io.omsexception.channels..";
    static final String REPORT = "io.omsexception.report..";
    static final String TESTKIT = "io.omsexception.testkit..";
    static final String RULES = "io.omsexception.rules..";
    static final String GENERATED_MODEL = "io.omsexception.rules.(*)..";
    static final String EXAMPLES = "io.omsexception.examples..";
    static final String BENCHMARKS = "io.omsexception.benchmarks..";

    static JavaClasses library;

    @BeforeAll
    static void importTheLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE);
    }

    @Test
    void should_import_every_module() {
        Set<String> packages = new LinkedHashSet<>();
        library.forEach(c -> packages.add(c.getPackageName()));
        assertThat(packages).contains("io.omsexception", "io.omsexception.model", "io.omsexception.json",
                "io.omsexception.handling", "io.omsexception.handling.jdbc", "io.omsexception.report", "io.omsexception.testkit",
                "io.omsexception.rules", "io.omsexception.examples", "io.omsexception.adapters",
                "io.omsexception.channels", "io.omsexception.streams");
    }

    @Test
    void should_keep_the_core_free_of_every_other_module_and_of_jackson() {
        noClasses().that().resideInAnyPackage(CORE_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(JSON, HANDLING, CHANNELS, REPORT, TESTKIT, RULES,
                        EXAMPLES, BENCHMARKS, "com.fasterxml.jackson..")
                .check(library);
    }

    @Test
    void should_let_the_standard_packs_reach_the_core_only() {
        noClasses().that().resideInAPackage(RULES)
                .should().dependOnClassesThat().resideInAnyPackage(JSON, HANDLING, REPORT, TESTKIT, EXAMPLES,
                        "com.fasterxml.jackson..")
                .check(library);
    }

    @Test
    void should_let_json_and_handling_reach_the_core_only() {
        noClasses().that().resideInAPackage(JSON)
                .should().dependOnClassesThat().resideInAnyPackage(HANDLING, REPORT, TESTKIT, RULES, EXAMPLES)
                .check(library);
        noClasses().that().resideInAPackage(HANDLING).and().resideOutsideOfPackage(HANDLING_JDBC)
                .should().dependOnClassesThat().resideInAnyPackage(JSON, CHANNELS, REPORT, TESTKIT, RULES, EXAMPLES,
                        "com.fasterxml.jackson..", "org.kie..", "org.drools..")
                .check(library);
    }

    @Test
    void should_let_the_jdbc_store_reach_the_core_handling_json_and_report_only() {
        noClasses().that().resideInAPackage(HANDLING_JDBC)
                .should().dependOnClassesThat().resideInAnyPackage(CHANNELS, ADAPTERS, STREAMS, TESTKIT, RULES, EXAMPLES,
                        "org.kie..", "org.drools..")
                .check(library);
        noClasses().that().resideOutsideOfPackages(HANDLING_JDBC, EXAMPLES, BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(HANDLING_JDBC)
                .check(library);
    }

    @Test
    void should_let_the_channels_reach_the_core_and_handling_only_and_nothing_but_the_examples_reach_them() {
        noClasses().that().resideInAPackage(CHANNELS)
                .should().dependOnClassesThat().resideInAnyPackage(JSON, ADAPTERS, REPORT, TESTKIT, RULES, EXAMPLES,
                        "com.fasterxml.jackson..", "org.kie..", "org.drools..")
                .check(library);
        noClasses().that().resideOutsideOfPackages(CHANNELS, EXAMPLES)
                .should().dependOnClassesThat().resideInAPackage(CHANNELS)
                .check(library);
    }

    @Test
    void should_let_the_adapters_reach_the_core_and_json_only() {
        noClasses().that().resideInAPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage(HANDLING, REPORT, TESTKIT, RULES, EXAMPLES,
                        "org.kie..", "org.drools..")
                .check(library);
        noClasses().that().resideOutsideOfPackages(ADAPTERS, STREAMS, EXAMPLES)
                .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
                .check(library);
    }

    @Test
    void should_let_the_streams_reach_the_core_json_and_adapters_only() {
        noClasses().that().resideInAPackage(STREAMS)
                .should().dependOnClassesThat().resideInAnyPackage(HANDLING, REPORT, TESTKIT, RULES, EXAMPLES, BENCHMARKS,
                        "org.kie..", "org.drools..")
                .check(library);
        noClasses().that().resideOutsideOfPackages(STREAMS, EXAMPLES, BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(STREAMS)
                .check(library);
    }

    @Test
    void should_let_the_report_reach_the_core_and_json_only() {
        noClasses().that().resideInAPackage(REPORT)
                .should().dependOnClassesThat().resideInAnyPackage(HANDLING, TESTKIT, RULES, EXAMPLES)
                .check(library);
    }

    @Test
    void should_let_nothing_but_the_examples_and_benchmarks_reach_the_testkit() {
        noClasses().that().resideOutsideOfPackages(TESTKIT, EXAMPLES, BENCHMARKS)
                .should().dependOnClassesThat().resideInAPackage(TESTKIT)
                .check(library);
    }

    @Test
    void should_keep_internal_packages_to_their_own_module() {
        noClasses().that().resideOutsideOfPackages(CORE_PACKAGES)
                .should().dependOnClassesThat().resideInAPackage("io.omsexception.internal..")
                .check(library);
        noClasses().that().resideOutsideOfPackage("io.omsexception.json..")
                .should().dependOnClassesThat().resideInAPackage("io.omsexception.json.internal..")
                .allowEmptyShould(true)
                .check(library);
    }

    @Test
    void should_reach_drools_only_from_the_core_internals_and_the_packs() {
        noClasses().that().resideOutsideOfPackages("io.omsexception.internal..", RULES, BENCHMARKS)
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(library);
    }

    @Test
    void should_show_no_internal_drools_or_jackson_type_in_a_public_signature() {
        // the standard packs' own packages hold the executable model generated from their DRL
        classes().that().arePublic().and().resideOutsideOfPackages("..internal..", GENERATED_MODEL, EXAMPLES, BENCHMARKS)
                .should(exposeOnly(type -> !type.getPackageName().contains(".internal")
                        && !type.getPackageName().startsWith("org.kie")
                        && !type.getPackageName().startsWith("org.drools")))
                .check(library);
        classes().that().arePublic().and().resideInAnyPackage(CORE_PACKAGES).and().resideOutsideOfPackage("..internal..")
                .should(exposeOnly(type -> !type.getPackageName().startsWith("com.fasterxml")))
                .check(library);
    }

    @Test
    void should_count_in_the_readme_the_public_types_of_every_module() throws java.io.IOException {
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        library.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> !c.getPackageName().contains(".internal"))
                .filter(c -> !c.getPackageName().startsWith("io.omsexception.rules."))
                .forEach(c -> counted.merge(moduleOf(c), 1, Integer::sum));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
        java.util.Map<String, Integer> documented = new java.util.TreeMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern
                .compile("(?m)^\\| `(oms-exception-[a-z]+(?:-[a-z]+)*)` \\|.*\\| (\\d+)[^|]*\\|$").matcher(readme);
        while (row.find()) {
            documented.put(row.group(1), Integer.parseInt(row.group(2)));
        }
        // the benchmarks are not on this module's class path: their row is not checked here
        assertThat(documented).containsKey("oms-exception-benchmarks");
        documented.remove("oms-exception-benchmarks");
        assertThat(documented).isEqualTo(counted);
    }

    static String moduleOf(JavaClass type) {
        String uri = type.getSource().orElseThrow().getUri().toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(oms-exception-[a-z]+(?:-[a-z]+)*)").matcher(uri);
        String module = null;
        while (m.find()) {
            module = m.group(1);
        }
        return module;
    }

    static ArchCondition<JavaClass> exposeOnly(Predicate<JavaClass> allowed) {
        return new ArchCondition<>("expose only allowed types in public signatures") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Stream<JavaClass> superTypes = Stream.concat(type.getRawSuperclass().stream(),
                        type.getRawInterfaces().stream());
                superTypes.filter(t -> !allowed.test(t)).forEach(t -> events.add(SimpleConditionEvent.violated(type,
                        type.getName() + " extends or implements " + t.getName())));
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (!isVisible(unit.getModifiers())) {
                        continue;
                    }
                    List<JavaClass> used = new ArrayList<>(unit.getRawParameterTypes());
                    used.add(unit.getRawReturnType());
                    used.addAll(unit.getThrowsClause().getTypes());
                    for (JavaClass t : used) {
                        if (!allowed.test(t.getBaseComponentType())) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " shows " + t.getName()));
                        }
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (isVisible(field.getModifiers()) && !allowed.test(field.getRawType().getBaseComponentType())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " shows "
                                + field.getRawType().getName()));
                    }
                }
            }
        };
    }

    static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
