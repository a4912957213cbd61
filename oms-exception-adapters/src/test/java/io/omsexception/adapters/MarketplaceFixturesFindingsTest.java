package io.omsexception.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.BatchResult;
import io.omsexception.Finding;
import io.omsexception.OrderEvaluation;
import io.omsexception.OrderExceptionEngine;
import io.omsexception.model.ReferenceData;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard rules raise on each fixture exactly the codes of its {@code NAME.findings} file
 * ({@code asOf TIME}, then one line per order: {@code ORDER_ID: CODE, CODE}, nothing after the colon
 * when no code is raised). The expected codes are those of catalog v2 (masked and encrypted values
 * unknown, virtual numbers with an extension valid, platform subsidies, ship-by deadlines): this
 * class needs the v2 rules, so the module's build leaves it out until they are merged; run it with
 * {@code -Dtest=MarketplaceFixturesFindingsTest}.
 */
class MarketplaceFixturesFindingsTest {
    static final OrderExceptionEngine ENGINE = OrderExceptionEngine.builder().withStandardRules().build();

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    record Expected(OffsetDateTime asOf, Map<String, List<String>> codes) {
        static Expected of(Fixtures.Fixture fixture) {
            List<String> lines = Fixtures.read(fixture.findings()).lines().filter(l -> !l.isBlank()).toList();
            OffsetDateTime asOf = OffsetDateTime.parse(lines.get(0).substring("asOf ".length()));
            Map<String, List<String>> codes = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                String rest = line.substring(colon + 1).strip();
                codes.put(line.substring(0, colon), rest.isEmpty() ? List.of()
                        : Arrays.stream(rest.split(",")).map(String::strip).sorted().toList());
            }
            return new Expected(asOf, codes);
        }
    }

    static Map<String, List<String>> raised(Fixtures.Fixture fixture, OffsetDateTime asOf) {
        List<AdaptedOrder> read = Marketplaces.read(Marketplaces.adapter(fixture.platform()), fixture.text());
        BatchResult result = Marketplaces.evaluate(ENGINE, read, ReferenceData.NONE, asOf);
        assertThat(result.errors()).isEmpty();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (OrderEvaluation e : result.results()) {
            codes.put(e.orderId(), e.findings().stream().map(Finding::code).sorted().collect(Collectors.toList()));
        }
        return codes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void should_raise_on_every_fixture_exactly_its_expected_codes(Fixtures.Fixture fixture) {
        Expected expected = Expected.of(fixture);

        assertThat(raised(fixture, expected.asOf())).isEqualTo(expected.codes());
    }

    @Test
    void should_raise_no_phone_invalid_on_a_masked_encrypted_or_virtual_phone_of_the_fixtures() {
        for (Fixtures.Fixture f : Fixtures.all()) {
            for (AdaptedOrder o : Marketplaces.read(Marketplaces.adapter(f.platform()), f.text())) {
                String phone = o.order().shippingAddress() == null ? null : o.order().shippingAddress().phone();
                if (phone != null && (phone.contains("**") || phone.contains("-") && phone.startsWith("1"))) {
                    OrderEvaluation e = ENGINE.evaluate(o.order(), ReferenceData.NONE, Expected.of(f).asOf());
                    assertThat(e.findings()).as("%s %s", f, phone).noneMatch(x -> x.code().equals("PHONE_INVALID"));
                }
            }
        }
    }
}
