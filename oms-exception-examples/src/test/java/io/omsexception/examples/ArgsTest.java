package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static Args parse(String... args) {
        return Args.parse("evaluate", List.of(args), Set.of("--pretty", "--help"), Set.of("--output", "--rules", "--param"),
                Set.of("--rules", "--param"), 1);
    }

    @Test
    void positionals_options_repeatable_options_and_flags_are_told_apart() {
        // WHEN
        Args a = parse("req.json", "--rules", "a.drl", "--pretty", "--rules=b", "--param", "x.y=1", "--output=out.json");
        // THEN
        assertThat(a.positionals()).containsExactly("req.json");
        assertThat(a.values("--rules")).containsExactly("a.drl", "b");
        assertThat(a.values("--param")).containsExactly("x.y=1");
        assertThat(a.value("--output")).contains("out.json");
        assertThat(a.flag("--pretty")).isTrue();
        assertThat(a.flag("--help")).isFalse();
        assertThat(a.values("--nothing")).isEmpty();
    }

    @Test
    void h_is_help_and_a_double_dash_ends_the_options() {
        Args a = parse("-h", "--", "--weird-file-name.json");
        assertThat(a.flag("--help")).isTrue();
        assertThat(a.positionals()).containsExactly("--weird-file-name.json");
    }

    @Test
    void an_unknown_option_is_refused_by_name() {
        assertThatThrownBy(() -> parse("req.json", "--ouput", "x"))
                .isInstanceOf(UsageException.class)
                .hasMessage("evaluate: unknown option '--ouput' (see evaluate --help)");
    }

    @Test
    void an_option_without_its_value_is_refused() {
        assertThatThrownBy(() -> parse("req.json", "--output"))
                .isInstanceOf(UsageException.class).hasMessage("evaluate: option --output needs a value");
        assertThatThrownBy(() -> parse("req.json", "--output", "--pretty"))
                .isInstanceOf(UsageException.class).hasMessage("evaluate: option --output needs a value");
    }

    @Test
    void a_single_option_given_twice_is_refused() {
        assertThatThrownBy(() -> parse("req.json", "--output", "a", "--output", "b"))
                .isInstanceOf(UsageException.class).hasMessage("evaluate: option --output is given twice");
    }

    @Test
    void a_flag_with_a_value_is_refused() {
        assertThatThrownBy(() -> parse("req.json", "--pretty=yes"))
                .isInstanceOf(UsageException.class).hasMessage("evaluate: option --pretty takes no value");
    }

    @Test
    void too_many_plain_arguments_are_refused() {
        assertThatThrownBy(() -> parse("a.json", "b.json"))
                .isInstanceOf(UsageException.class)
                .hasMessage("evaluate: unexpected argument 'b.json' (see evaluate --help)");
    }

    @Test
    void numbers_are_checked_against_their_minimum() {
        Args a = Args.parse("generate", List.of("--orders", "1_000"), Set.of(), Set.of("--orders", "--seed"), Set.of(), 0);
        assertThat(a.number("generate", "--orders", 0, 5)).isEqualTo(1_000);
        assertThat(a.number("generate", "--seed", 0, 7)).isEqualTo(7);
        Args bad = Args.parse("generate", List.of("--orders", "-3"), Set.of(), Set.of("--orders"), Set.of(), 0);
        assertThatThrownBy(() -> bad.number("generate", "--orders", 0, 5))
                .isInstanceOf(UsageException.class)
                .hasMessage("generate: --orders must be a whole number of at least 0 but was '-3'");
    }
}
