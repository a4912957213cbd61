package io.omsexception.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanners of {@link Text} and {@link Keywords} give what the library's earlier
 * expression and JDK calls gave, on texts built from the pieces that matter to each (digits,
 * separators, white space of every kind, {@code ext}, line breaks, capitals, CJK): the earlier code
 * is kept here as the oracle. Seeded, so a failure names a text that can be replayed.
 */
class TextScannersTest {
    private static final Pattern EXTENSION = Pattern.compile("(.*\\d)\\s*(-|_|,|，|#|转|(?i:ext)\\.?)\\s*(\\d{1,6})\\s*");
    private static final String[] PHONE_PIECES = {"1", "3", "8", "0", "5", "9", "13800138000", "0571", "-", "_", ",", "，",
        "#", "转", "ext", "EXT", "Ext.", "eXt", ".", " ", "\t", "\n", "\r", "\u000B", "+86", "0086", "a", "（", "）", "(", ")",
        "\u3000", "\u2028", "\u0085", "t", "T", "x", "1234", "1234567"};
    private static final String[] TEXT_PIECES = {"测试", "地址", "无效", "Test", "TEST", "order", " ", "\u3000", "\t", "x",
        "XXX", "ａ", "Ａ", "İ", "ß", "Σ", "ς", "号", "1", "-", "fake address", "Fake", "\u2003", "\u00A0", "\u1680"};

    @Test
    void the_extension_scanner_splits_every_phone_as_the_earlier_expression_did() {
        Random random = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            String phone = compose(random, PHONE_PIECES, 1 + random.nextInt(8));
            Text.Extension scanned = Text.splitExtension(phone);
            Text.Extension expected = byExpression(phone);
            assertThat(scanned).as("phone %s", escaped(phone)).isEqualTo(expected);
        }
    }

    @Test
    void the_extension_scanner_handles_the_marketplace_forms() {
        assertThat(Text.splitExtension("13800138000-1234")).isEqualTo(new Text.Extension("13800138000", "1234"));
        assertThat(Text.splitExtension("+86 138 0013 8000 转 56")).isEqualTo(new Text.Extension("+86 138 0013 8000", "56"));
        assertThat(Text.splitExtension("13800138000 EXT. 9")).isEqualTo(new Text.Extension("13800138000", "9"));
        // a dash between digit groups of a landline is no extension
        assertThat(Text.splitExtension("0571-8888-1234")).isNull();
        assertThat(Text.splitExtension("13800138000-1234567")).isNull();
    }

    @Test
    void blankness_is_what_string_is_blank_gives() {
        Random random = new Random(23);
        for (int n = 0; n < 100_000; n++) {
            String text = compose(random, TEXT_PIECES, random.nextInt(4));
            assertThat(Text.isBlank(text)).as("text %s", escaped(text)).isEqualTo(text.isBlank());
        }
        assertThat(Text.isBlank(null)).isTrue();
    }

    @Test
    void keyword_search_finds_what_lower_casing_every_keyword_found() {
        List<String> phrases = List.of("测试地址", "test order", "fake address", "Fake", "XXX", "ａ", "İ", "Σ", "ß");
        List<String> words = List.of("测试", "无效", "test", "xxx", "ＡＡ", "ς", "Test");
        Keywords prepared = new Keywords(phrases);
        Keywords preparedWords = new Keywords(words);
        Random random = new Random(29);
        for (int n = 0; n < 100_000; n++) {
            String text = compose(random, TEXT_PIECES, 1 + random.nextInt(5));
            assertThat(prepared.findIn(text)).as("text %s", escaped(text)).isEqualTo(findByLowerCasing(text, phrases));
            assertThat(preparedWords.equalTo(text)).as("text %s", escaped(text)).isEqualTo(equalIgnoringCase(text, words));
        }
    }

    @Test
    void a_prefix_is_the_first_keyword_in_list_order_the_text_starts_with() {
        List<String> regions = List.of("新疆", "西藏", "西", "内蒙古", "T", "te");
        List<String> withEmpty = List.of("西藏", "", "新疆");
        Keywords prepared = new Keywords(regions);
        Keywords preparedWithEmpty = new Keywords(withEmpty);
        Random random = new Random(31);
        String[] pieces = {"新疆", "西藏", "西", "内蒙古", "自治区", "T", "te", "Test", " ", "东莞"};
        for (int n = 0; n < 50_000; n++) {
            String text = compose(random, pieces, random.nextInt(3));
            assertThat(prepared.prefixOf(text)).as("text %s", escaped(text)).isEqualTo(firstPrefix(text, regions));
            assertThat(preparedWithEmpty.prefixOf(text)).as("text %s", escaped(text)).isEqualTo(firstPrefix(text, withEmpty));
        }
    }

    @Test
    void lower_casing_leaves_what_has_no_case_untouched_and_lower_cases_the_rest() {
        assertThat(Keywords.lowerCase("浙江省杭州市 test 1 号")).isSameAs(Keywords.lowerCase("浙江省杭州市 test 1 号"))
                .isEqualTo("浙江省杭州市 test 1 号");
        assertThat(Keywords.lowerCase("Test ORDER")).isEqualTo("test order");
        assertThat(Keywords.lowerCase("ＡＢ")).isEqualTo("ａｂ");
        assertThat(Keywords.lowerCase("İ")).isEqualTo("İ".toLowerCase(Locale.ROOT));
    }

    private static String compose(Random random, String[] pieces, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    private static Text.Extension byExpression(String phone) {
        if (Text.isBlank(phone)) {
            return null;
        }
        Matcher m = EXTENSION.matcher(phone.strip());
        if (!m.matches()) {
            return null;
        }
        boolean mainIsMobile = Text.isCnMobile(Text.withoutChinaPrefix(Text.stripSeparators(m.group(1))));
        return mainIsMobile || !m.group(2).equals("-") ? new Text.Extension(m.group(1), m.group(3)) : null;
    }

    private static List<String> findByLowerCasing(String text, List<String> keywords) {
        if (text.isBlank()) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String keyword : keywords) {
            String k = keyword.toLowerCase(Locale.ROOT);
            boolean latin = k.chars().allMatch(c -> c <= 0x7F);
            if (!k.isEmpty() && (latin ? containsWord(lower, k) : lower.contains(k)) && !found.contains(keyword)) {
                found.add(keyword);
            }
        }
        return found;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) > 0x7F)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) > 0x7F)) {
                return true;
            }
        }
        return false;
    }

    private static String equalIgnoringCase(String text, List<String> words) {
        if (text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (String w : words) {
            if (t.equalsIgnoreCase(w)) {
                return w;
            }
        }
        return null;
    }

    private static String firstPrefix(String text, List<String> keywords) {
        for (String k : keywords) {
            if (text.startsWith(k)) {
                return k;
            }
        }
        return null;
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
