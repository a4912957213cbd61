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
    void a_long_text_is_cut_to_its_columns_with_an_ellipsis() {
        assertThat(Text.shorten("short", 10)).isEqualTo("short");
        assertThat(Text.shorten("Check the real stock", 10)).isEqualTo("Check the…");
        assertThat(Text.shorten("核对仓库实际库存与在途采购", 9)).isEqualTo("核对仓库…");
        assertThat(Text.width(Text.shorten("核对仓库实际库存与在途采购", 9))).isEqualTo(9);
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
