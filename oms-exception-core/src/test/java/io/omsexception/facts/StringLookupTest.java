package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link StringLookup} answers exactly what its set answers, with or without the filter in front. */
class StringLookupTest {

    @Test
    void a_large_set_behind_its_filter_finds_every_entry_and_nothing_else() {
        Set<String> entries = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            entries.add("+86 199" + String.format("%08d", i));
        }
        StringLookup lookup = new StringLookup(entries);
        for (String e : entries) {
            assertThat(lookup.contains(e)).as(e).isTrue();
        }
        for (int i = 200_000; i < 400_000; i++) {
            String absent = "+86 199" + String.format("%08d", i);
            assertThat(lookup.contains(absent)).as(absent).isFalse();
        }
        assertThat(lookup.size()).isEqualTo(200_000);
    }

    @Test
    void the_filter_turns_most_misses_away_before_the_set_is_asked() {
        Set<String> entries = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add("BL-" + i);
        }
        CountingSet counting = new CountingSet(entries);
        StringLookup lookup = new StringLookup(counting);
        counting.asked = 0;
        for (int i = 0; i < 100_000; i++) {
            lookup.contains("C-" + i);
        }
        // 12 bits per entry, six in one block: about one miss in a hundred reaches the set
        assertThat(counting.asked).isLessThan(3_000);
    }

    @Test
    void a_small_set_is_asked_directly() {
        CountingSet counting = new CountingSet(Set.of("C-666", "C-777"));
        StringLookup lookup = new StringLookup(counting);
        assertThat(lookup.contains("C-666")).isTrue();
        assertThat(lookup.contains("C-1")).isFalse();
        assertThat(counting.asked).isEqualTo(2);
    }

    private static final class CountingSet extends HashSet<String> {
        int asked;

        CountingSet(Set<String> entries) {
            super(entries);
        }

        @Override
        public boolean contains(Object o) {
            asked++;
            return super.contains(o);
        }
    }
}
