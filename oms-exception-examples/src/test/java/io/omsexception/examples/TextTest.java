package io.omsexception.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void chinese_characters_take_two_columns() {
        assertThat(Text.width("abc")).isEqualTo(3);
        assertThat(Text.width("新疆")).isEqualTo(4);
        assertThat(Text.width("A新，")).isEqualTo(5);
    }

    @Test
    void table_columns_line_up_with_mixed_widths() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Text.printTable(out, List.of(List.of("A", "B", "C"), List.of("新疆", "x", "end"), List.of("abcde", "yy", "z")));
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                "A      B   C",
                "-----  --  ---",
                "新疆   x   end",
                "abcde  yy  z");
    }
}
