package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpperSnakeCaseTest {

    @ParameterizedTest
    @ValueSource(strings = {"PAYMENT_TIMEOUT", "A", "P1", "CROSS_BORDER_2", "LEGAL"})
    void should_accept_capitals_and_digits_in_words_joined_by_single_underscores(String name) {
        assertThat(UpperSnakeCase.matches(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "payment_timeout", "Payment", "_A", "A_", "A__B", "1A", "A-B", "A B", "ＡＢ"})
    void should_refuse_anything_else(String name) {
        assertThat(UpperSnakeCase.matches(name)).isFalse();
    }

    @Test
    void should_refuse_null_and_names_longer_than_64_characters() {
        assertThat(UpperSnakeCase.matches(null)).isFalse();
        assertThat(UpperSnakeCase.matches("A".repeat(64))).isTrue();
        assertThat(UpperSnakeCase.matches("A".repeat(65))).isFalse();
    }
}
