package io.omsexception.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void should_show_a_value_in_quotes_as_it_is_when_it_is_short_and_plain() {
        assertThat(Texts.quoted("PAYED")).isEqualTo("'PAYED'");
        assertThat(Texts.quoted("龙井 250g")).isEqualTo("'龙井 250g'");
        assertThat(Texts.quoted("😀")).isEqualTo("'😀'");
    }

    @Test
    void should_escape_what_would_break_a_log_line_or_a_document() {
        assertThat(Texts.quoted("SO-1\nINFO forged")).isEqualTo("'SO-1\\u000AINFO forged'");
        assertThat(Texts.quoted("\u001b[31mSO-1")).isEqualTo("'\\u001B[31mSO-1'");
        assertThat(Texts.quoted("a\u2028b\u0085c\u007fd")).isEqualTo("'a\\u2028b\\u0085c\\u007Fd'");
        assertThat(Texts.quoted("AB\uD800")).isEqualTo("'AB\\uD800'");
        assertThat(Texts.quoted("\uDC00x")).isEqualTo("'\\uDC00x'");
        assertThat(Texts.quoted("\uFFFF\uFDD0")).isEqualTo("'\\uFFFF\\uFDD0'");
        assertThat(Texts.quoted("\uD83F\uDFFF")).isEqualTo("'\\uD83F\\uDFFF'");
    }

    @Test
    void should_cut_a_long_value_and_give_its_length() {
        assertThat(Texts.quoted("a".repeat(61))).isEqualTo("'" + "a".repeat(60) + "...' (61 characters)");
        assertThat(Texts.quoted("a".repeat(60))).isEqualTo("'" + "a".repeat(60) + "'");
        assertThat(Texts.quoted("a".repeat(59) + "😀b")).isEqualTo("'" + "a".repeat(59) + "...' (62 characters)");
    }
}
