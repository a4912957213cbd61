package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omsexception.facts.FactInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's parameters.properties, read beside its DRL (formerly the examples' PackParameters). */
class PackParametersTest {
    @TempDir
    Path dir;

    private RulePack pack(String parameters) throws IOException {
        Files.writeString(dir.resolve("shop.drl"), "package shop;\n");
        Files.writeString(dir.resolve("parameters.properties"), parameters);
        return RulePack.fromPath(dir);
    }

    private String file() {
        return dir.resolve("parameters.properties").toString();
    }

    @Test
    void comments_above_a_name_describe_it_and_a_type_comment_sets_its_type() throws IOException {
        // GIVEN
        RulePack pack = pack("""
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
                # Remote regions of the shop.
                # type: LIST
                # feeds: OrderFacts.remoteRegions
                shop.remote=新疆
                """);
        // THEN
        String declared = "declared in " + file();
        assertThat(pack.problems()).isEmpty();
        assertThat(pack.parameters()).containsExactly(
                new ParameterDefinition("shop.maxKg", ParameterType.DECIMAL, "5", "The heaviest order, in kilograms."),
                new ParameterDefinition("shop.maxLines", ParameterType.INTEGER, "12", declared),
                new ParameterDefinition("shop.ratio", ParameterType.DECIMAL, "0.25", declared),
                new ParameterDefinition("shop.regions", ParameterType.LIST, "新疆, 西藏", declared),
                new ParameterDefinition("shop.carrier", ParameterType.TEXT, "SF", declared),
                new ParameterDefinition("shop.remote", ParameterType.LIST, "新疆", "Remote regions of the shop.",
                        FactInput.REMOTE_REGIONS));
    }

    @Test
    void a_line_without_a_value_names_its_file_and_line() throws IOException {
        assertThat(pack("# x\nshop.maxKg\n").problems())
                .containsExactly(file() + ":2: expected name=default but was 'shop.maxKg'");
    }

    @Test
    void an_unknown_type_is_refused_with_the_known_ones() throws IOException {
        assertThat(pack("# type: weight\nshop.maxKg=5\n").problems()).containsExactly(
                file() + ":1: unknown type 'WEIGHT'; use one of [INTEGER, DECIMAL, MINUTES, HOURS, DAYS, LIST, TEXT, BOOLEAN]");
    }

    @Test
    void a_default_that_does_not_parse_names_its_line() throws IOException {
        assertThat(pack("# type: INTEGER\nshop.maxLines=many\n").problems())
                .containsExactly(file() + ":2: parameter shop.maxLines: must be a whole number but was 'many'");
    }

    @Test
    void an_unknown_fact_input_or_one_of_another_type_is_refused_with_its_line() throws IOException {
        assertThat(pack("# feeds: OrderFacts.remote\nshop.remote=新疆\n# feeds: OrderFacts.remoteRegions\nshop.max=4\n").problems())
                .containsExactly(file() + ":1: unknown fact input 'OrderFacts.remote'; use one of [OrderFacts.remoteRegions, "
                                + "OrderFacts.fakeAddressPhrases, OrderFacts.fakeAddressWords, OrderFacts.ruralMarkers, "
                                + "OrderFacts.citiesWithoutDistricts, OrderFacts.processingHours, OrderFacts.allocateAcrossRequest, "
                                + "OrderFacts.repeatedCharacterMin]",
                        file() + ":4: parameter shop.max: feeds OrderFacts.remoteRegions, which needs a LIST parameter, "
                                + "but is INTEGER");
    }

    @Test
    void building_an_engine_with_a_malformed_parameters_file_lists_its_problems() throws IOException {
        // GIVEN a pack whose parameters file has two malformed lines
        RulePack pack = pack("shop.maxKg\n# type: DAYS\nshop.wait=-1\n");
        // WHEN / THEN
        assertThatThrownBy(() -> OrderExceptionEngine.builder().addRules(pack).build())
                .isInstanceOf(RulePackException.class)
                .hasMessage("2 problems in the rule packs:\n" + file() + ":1: expected name=default but was 'shop.maxKg'\n"
                        + file() + ":3: parameter shop.wait: must not be negative but was '-1'");
    }

    @Test
    void a_drl_file_and_its_folder_take_the_folders_parameters_and_other_folders_declare_none() throws Exception {
        // GIVEN two DRL files beside a parameters file, and one in a folder without
        Files.writeString(dir.resolve("a.drl"), "package a;\n");
        Files.writeString(dir.resolve("b.drl"), "package b;\n");
        Files.writeString(dir.resolve("parameters.properties"), "shop.a=1\nshop.b=2\n");
        Path other = Files.createDirectory(dir.resolve("other"));
        // WHEN
        RulePack file = RulePack.fromPath(dir.resolve("a.drl"));
        RulePack folder = RulePack.fromPath(dir);
        RulePack alone = RulePack.fromPath(Files.writeString(other.resolve("c.drl"), "package c;\n"));
        // THEN
        assertThat(file.parameters()).extracting(ParameterDefinition::name).containsExactly("shop.a", "shop.b");
        assertThat(folder.parameters()).extracting(ParameterDefinition::name).containsExactly("shop.a", "shop.b");
        assertThat(folder.sources()).hasSize(2);
        assertThat(alone.parameters()).isEmpty();
    }
}
