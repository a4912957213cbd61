package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.omsexception.model.Blacklist;
import io.omsexception.model.ReferenceData;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceIndexTest {
    static final ReferenceData REFERENCE = ReferenceData.of(null, Blacklist.of(List.of("C-666"),
            List.of("+86 139-0000-0000", "0086 137 0000 0000", "   ", "n/a"), List.of("  某某路1号 ", "幸福里")));

    @Test
    void should_match_a_phone_in_its_normalised_form_whatever_the_entry_was_written_like() {
        ReferenceIndex index = ReferenceIndex.of(REFERENCE);

        assertThat(index.isPhoneBlacklisted(Text.normalisePhone("13900000000"))).isTrue();
        assertThat(index.isPhoneBlacklisted(Text.normalisePhone("137-0000-0000"))).isTrue();
        assertThat(index.isPhoneBlacklisted(Text.normalisePhone("13800000000"))).isFalse();
    }

    @Test
    void should_never_match_a_blank_or_digitless_phone_even_when_the_blacklist_holds_blank_entries() {
        ReferenceIndex index = ReferenceIndex.of(REFERENCE);

        assertThat(index.isPhoneBlacklisted(null)).isFalse();
        assertThat(index.isPhoneBlacklisted("")).isFalse();
        assertThat(index.isPhoneBlacklisted(Text.normalisePhone("n/a"))).isFalse();
    }

    @Test
    void should_match_an_address_line_trimmed_on_both_sides() {
        ReferenceIndex index = ReferenceIndex.of(REFERENCE);

        assertThat(index.isAddressBlacklisted(" 某某路1号")).isTrue();
        assertThat(index.isAddressBlacklisted("幸福里 ")).isTrue();
        assertThat(index.isAddressBlacklisted("某某路2号")).isFalse();
        assertThat(index.isAddressBlacklisted(null)).isFalse();
        assertThat(index.reference()).isSameAs(REFERENCE);
    }

    @Test
    void should_match_a_customer_id_exactly_as_given() {
        ReferenceIndex index = ReferenceIndex.of(REFERENCE);

        assertThat(index.isCustomerBlacklisted("C-666")).isTrue();
        assertThat(index.isCustomerBlacklisted("c-666")).isFalse();
        assertThat(index.isCustomerBlacklisted(" C-666")).isFalse();
        assertThat(index.isCustomerBlacklisted(null)).isFalse();
    }

    @Test
    void should_find_every_entry_of_a_long_run_of_similar_values_and_none_next_to_it() {
        List<String> ids = new java.util.ArrayList<>();
        List<String> phones = new java.util.ArrayList<>();
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("BL-" + i);
            phones.add(String.format(java.util.Locale.ROOT, "+86 199-%04d-%04d", i / 10_000, i % 10_000));
            lines.add("黑名单路 " + i + " 号");
        }
        ReferenceIndex index = ReferenceIndex.of(ReferenceData.of(null, Blacklist.of(ids, phones, lines)));

        for (int i = 0; i < 20_000; i += 997) {
            assertThat(index.isCustomerBlacklisted("BL-" + i)).as("BL-%d", i).isTrue();
            assertThat(index.isPhoneBlacklisted(Text.normalisePhone(phones.get(i)))).as(phones.get(i)).isTrue();
            assertThat(index.isAddressBlacklisted(lines.get(i))).as(lines.get(i)).isTrue();
        }
        assertThat(index.isCustomerBlacklisted("BL-20000")).isFalse();
        assertThat(index.isPhoneBlacklisted(Text.normalisePhone("19900020000"))).isFalse();
        assertThat(index.isAddressBlacklisted("黑名单路 20000 号")).isFalse();
    }
}
