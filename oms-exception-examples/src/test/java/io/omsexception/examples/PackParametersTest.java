package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.ParameterDefinition;
import io.omsexception.ParameterType;
import io.omsexception.RulePack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackParametersTest {
    private static List<ParameterDefinition> read(String text) {
        return PackParameters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.properties");
    }

    @Test
    void comments_above_a_name_describe_it_and_a_type_comment_sets_its_type() {
        // GIVEN
        List<ParameterDefinition> list = read("""
                # file header, ended by the blank line

                # The heaviest order,
                # in kilograms.
                # type: DECIMAL
                shop.maxKg = 5
                shop.maxLines=12
                shop.ratio=0.25
                # type: list
                shop.regions=新疆, 西藏
                shop.carrier=SF
                """);
        // THEN
        assertThat(list).containsExactly(
                new ParameterDefinition("shop.maxKg", ParameterType.DECIMAL, "5", "The heaviest order, in kilograms."),
                new ParameterDefinition("shop.maxLines", ParameterType.INTEGER, "12", "declared in p.properties"),
                new ParameterDefinition("shop.ratio", ParameterType.DECIMAL, "0.25", "declared in p.properties"),
                new ParameterDefinition("shop.regions", ParameterType.LIST, "新疆, 西藏", "declared in p.properties"),
                new ParameterDefinition("shop.carrier", ParameterType.TEXT, "SF", "declared in p.properties"));
    }

    @Test
    void a_line_without_a_value_names_its_file_and_line() {
        assertThatThrownBy(() -> read("# x\nshop.maxKg\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p.properties:2: expected name=default but was 'shop.maxKg'");
    }

    @Test
    void an_unknown_type_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> read("# type: weight\nshop.maxKg=5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p.properties:1: unknown type 'WEIGHT'; use one of [INTEGER, DECIMAL, MINUTES, HOURS, DAYS, LIST, TEXT]");
    }

    @Test
    void a_default_that_does_not_parse_names_its_line() {
        assertThatThrownBy(() -> read("# type: INTEGER\nshop.maxLines=many\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p.properties:2: parameter shop.maxLines: must be a whole number but was 'many'");
    }

    @Test
    void a_drl_file_takes_the_properties_file_of_its_name_and_a_folder_all_of_them(@TempDir Path dir) throws Exception {
        // GIVEN
        Files.writeString(dir.resolve("a.drl"), "package a;\n");
        Files.writeString(dir.resolve("a.properties"), "shop.a=1\n");
        Files.writeString(dir.resolve("b.drl"), "package b;\n");
        Files.writeString(dir.resolve("b.properties"), "shop.b=2\n");
        // WHEN
        RulePack file = PackParameters.load(dir.resolve("a.drl"));
        RulePack folder = PackParameters.load(dir);
        RulePack alone = PackParameters.load(Files.writeString(dir.resolve("c.drl"), "package c;\n"));
        // THEN
        assertThat(file.parameters()).extracting(ParameterDefinition::name).containsExactly("shop.a");
        assertThat(folder.parameters()).extracting(ParameterDefinition::name).containsExactly("shop.a", "shop.b");
        assertThat(alone.parameters()).isEmpty();
    }
}
