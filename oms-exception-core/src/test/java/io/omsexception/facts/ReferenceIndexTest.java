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
}
