package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void a_text_in_chinese_and_english_reads_as_before() {
        // GIVEN
        LocalizedText t = new LocalizedText("请付款", "Please pay");
        // WHEN / THEN
        assertThat(t.zh()).isEqualTo("请付款");
        assertThat(t.en()).isEqualTo("Please pay");
        assertThat(t.in("zh")).isEqualTo("请付款");
        assertThat(t.in("ZH")).isEqualTo("请付款");
        assertThat(t.in("en")).isEqualTo("Please pay");
        assertThat(t.in("fr")).isEqualTo("Please pay");
        assertThat(t.in(null)).isEqualTo("Please pay");
        assertThat(t.languages()).containsExactly("zh", "en");
        assertThat(t).hasToString("LocalizedText[zh=请付款, en=Please pay]");
    }

    @Test
    void a_third_language_is_kept_after_chinese_and_english_and_read_by_its_code() {
        // GIVEN texts given in any order, one language in upper case
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ja", "お支払いください");
        texts.put("en", "Please pay");
        texts.put("DE", "Bitte bezahlen");
        texts.put("zh", "请付款");
        // WHEN
        LocalizedText t = LocalizedText.of(texts);
        // THEN zh and en come first, the others alphabetically, in lower case
        assertThat(t.languages()).containsExactly("zh", "en", "de", "ja");
        assertThat(t.in("ja")).isEqualTo("お支払いください");
        assertThat(t.text("de")).contains("Bitte bezahlen");
        assertThat(t.text("fr")).isEmpty();
        assertThat(t.asMap()).containsExactly(Map.entry("zh", "请付款"), Map.entry("en", "Please pay"),
                Map.entry("de", "Bitte bezahlen"), Map.entry("ja", "お支払いください"));
        assertThat(t).isNotEqualTo(new LocalizedText("请付款", "Please pay"));
        assertThat(LocalizedText.of(Map.of("zh", "请付款", "en", "Please pay")))
                .isEqualTo(new LocalizedText("请付款", "Please pay"))
                .hasSameHashCodeAs(new LocalizedText("请付款", "Please pay"));
    }

    @Test
    void chinese_and_english_are_required_and_language_codes_checked() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of("zh", "请付款", "ja", "お支払いください")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a localized text needs zh and en but has [ja, zh]");
        assertThatThrownBy(() -> LocalizedText.of(Map.of("zh", "a", "en", "b", "english!", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language 'english!': must be a language code such as zh, en, ja or zh_tw");
        assertThatThrownBy(() -> LocalizedText.of(Map.of("zh", "a", "en", "b", "ja", "c", "JA", "d")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language ja: given twice");
        assertThatThrownBy(() -> new LocalizedText(null, "b")).isInstanceOf(NullPointerException.class);
    }
}
